#pragma once
// The command line: `geokg [extract|explain|validate|lint] ...`.
namespace geokg {

// Parses the arguments and runs the subcommand; returns its exit status (app/exit_status.hpp).
int run_cli(int argc, char** argv);

} // namespace geokg
