#pragma once
// Directories the tests write into: fresh for each name, and removed when the test program
// ends, so that no run leaves anything in the temporary directory.
#include <filesystem>
#include <string>

namespace geokg::testing {

// An empty directory "geokg-NAME-PID" under the temporary directory (emptied if it exists),
// removed with everything in it when the test program exits.
std::filesystem::path scratch_dir(const std::string& name);

} // namespace geokg::testing
