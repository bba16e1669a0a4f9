#pragma once
// The subcommands, each from parsed options to an exit status; messages go to stderr as
// "geokg: WHERE: WHAT", data to stdout or the output file.
#include "app/exit_status.hpp"
#include "app/options.hpp"
#include "text/error.hpp"

#include <iostream>

namespace geokg {

// A problem on stderr, as every subcommand says it: "geokg: WHERE: WHAT".
inline void report(const Error& error) {
    std::cerr << "geokg: " << error.what() << "\n";
}

ExitStatus run_extract(const Options& options); // extract and explain
ExitStatus run_merge(const Options& options);
ExitStatus run_validate(const Options& options);
ExitStatus run_lint(const Options& options);

} // namespace geokg
