#pragma once
// Running the geokg binary as users and pipelines do: its exit status, stdout and stderr.
#include <filesystem>
#include <string>

namespace geokg::testing {

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs geokg with `args` (shell words) in `dir`; stdin from /dev/null unless given.
Run run_geokg(const std::string& args, const std::filesystem::path& dir,
              const std::string& stdin_file = "/dev/null");

} // namespace geokg::testing
