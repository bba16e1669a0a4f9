#include "app/cli.hpp"

#include "app/commands.hpp"
#include "app/options.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace geokg {

int run_cli(int argc, char** argv) {
    const CommandLine line = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!line.options)
        return exit_code(line.status);
    const Options& options = *line.options;
    switch (options.command) {
    case Command::Validate:
        return exit_code(run_validate(options));
    case Command::Lint:
        return exit_code(run_lint(options));
    case Command::Merge:
        return exit_code(run_merge(options));
    case Command::Extract:
    case Command::Explain:
    case Command::Timeline:
        break;
    }
    return exit_code(run_extract(options));
}

} // namespace geokg
