#pragma once
// Writing output files so that a reader never sees a half-written one.
#include <string>
#include <string_view>

namespace geokg {

// Writes content to a temporary file in the target's directory (creating missing parent
// directories), flushes it to disk and renames it over path; on any failure the temporary file
// is removed, path is left as it was, and Error(PATH, reason) is thrown. A path that names an
// existing file that is no regular file (/dev/null, a named pipe) is written in place.
void write_file_atomically(const std::string& path, const std::string& content);

// The same, written piece by piece: the temporary file is opened (and any problem with the
// path reported, as Error) when the object is made, `append` adds to it, `commit` renames it
// over the path; destroyed without a commit, it is removed and the path left as it was.
class OutputFile {
public:
    explicit OutputFile(const std::string& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    void append(std::string_view content);
    void commit();

private:
    std::string path_;
    std::string temporary_; // empty when writing a special file in place, or after commit
    int fd_ = -1;
};

} // namespace geokg
