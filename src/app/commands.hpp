#pragma once
// The subcommands, each from parsed options to an exit status; messages go to stderr as
// "geokg: WHERE: WHAT", data to stdout or the output file.
#include "app/exit_status.hpp"
#include "app/options.hpp"

namespace geokg {

ExitStatus run_extract(const Options& options); // extract and explain
ExitStatus run_merge(const Options& options);
ExitStatus run_validate(const Options& options);
ExitStatus run_lint(const Options& options);

} // namespace geokg
