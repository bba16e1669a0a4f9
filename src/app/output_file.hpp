#pragma once
// Writing output files so that a reader never sees a half-written one.
#include <string>

namespace geokg {

// Writes content to a temporary file in the target's directory (creating missing parent
// directories), flushes it to disk and renames it over path; on any failure the temporary file
// is removed, path is left as it was, and Error(PATH, reason) is thrown. A path that names an
// existing file that is no regular file (/dev/null, a named pipe) is written in place.
void write_file_atomically(const std::string& path, const std::string& content);

} // namespace geokg
