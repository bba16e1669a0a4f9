#pragma once
// The command line parsed: the subcommand and its options.
#include "app/exit_status.hpp"
#include "input/document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geokg {

enum class Command { Extract, Explain, Merge, Validate, Lint, Timeline };

struct Options {
    Command command = Command::Extract;
    std::string output;    // -o FILE
    std::string format;    // -f FORMAT
    std::string base;      // --base IRI
    std::string ontology;  // --ontology DIR
    std::string report;    // validate --report FILE
    unsigned jobs = 1;     // -j N: threads that analyse documents
    std::string jobs_text; // -j as given, checked into `jobs`
    std::vector<std::string> inputs;
    bool defaults = false; // no arguments at all: corpus/ into out/corpus.ttl
    bool quiet = false;    // -q: no progress line, no notes
    bool verbose = false;  // -v: what was read, and each stage with the time
    bool records = false;  // extract --records: each document's analysis record in the graph
    std::size_t every = 0; // extract --every N: N documents at a time (0: all at once)
    std::string every_text;
    bool keep_going = false; // --keep-going: input skipped or repaired does not make exit 1
    ReadSettings read;       // --max-document-size, --duplicates
    std::string max_document_text, duplicates_text;
};

// What the command line says: the options to run with, or, when it was answered already
// (--help, --version: Ok) or wrong (a usage error, said on stderr: Usage), no options.
struct CommandLine {
    std::optional<Options> options;
    ExitStatus status = ExitStatus::Ok;
};

// The arguments after the program name (Debian's CLI11): a subcommand (extract when the first
// word is none; a mistyped one is an error with a suggestion), its options (--opt=value,
// -oFILE, --), its inputs.
CommandLine parse_command_line(const std::vector<std::string>& args);

// The ontology directory: --ontology, else $GEOKG_ONTOLOGY, else ./ontology when present,
// else the installed one (PREFIX/share/geokg/ontology beside PREFIX/bin/geokg), else the
// one geokg was built with.
std::string ontology_dir(const Options& options);

// Where the lexicon's compiled form is cached: $GEOKG_CACHE_DIR when set (empty: no cache),
// else $XDG_CACHE_HOME/geokg, else $HOME/.cache/geokg, else no cache ("").
std::string lexicon_cache_dir();

} // namespace geokg
