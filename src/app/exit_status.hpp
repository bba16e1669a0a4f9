#pragma once
// The one table of exit statuses, for every subcommand; `geokg --help` and the README
// print it.
namespace geokg {

enum class ExitStatus : int {
    Ok = 0,       // everything read, written and, for validate and lint, clean
    Problems = 1, // done, with problems reported: some input skipped or repaired, or an
                  // input that held nothing (the rest written), or findings in a graph or
                  // the ontology
    Usage = 2,    // the command line is wrong; nothing done
    Failure = 3,  // nothing done: the ontology, every input, a file to check or the output
                  // could not be read or written
};

inline constexpr const char* exit_status_help =
    "Exit status:\n"
    "  0  success: every input read and written; validate and lint found nothing\n"
    "  1  done, with problems reported on stderr: some input skipped or repaired, or\n"
    "     an input that held no document (the rest is written; --keep-going: 0), or\n"
    "     validate/lint findings\n"
    "  2  usage error: nothing done\n"
    "  3  failure: the ontology, every input, a file to check or the output could not\n"
    "     be read or written; no output file is written\n";

inline int exit_code(ExitStatus status) {
    return static_cast<int>(status);
}

} // namespace geokg
