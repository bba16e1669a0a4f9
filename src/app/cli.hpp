#pragma once
// The command line: `geokg [extract|explain] ...`.
namespace geokg {

// Exit codes: 0 ok, 1 failure (bad input, invalid graph), 2 bad usage.
int run_cli(int argc, char** argv);

} // namespace geokg
