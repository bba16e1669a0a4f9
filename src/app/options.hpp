#pragma once
// The command line parsed: the subcommand and its options.
#include "app/exit_status.hpp"
#include "input/document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace geokg {

enum class Command { Extract, Explain, Merge, Validate, Lint, Help };

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
    bool quiet = false;    // -q: no progress line
    bool records = false;  // extract --records: each document's analysis record in the graph
    std::size_t every = 0; // extract --every N: N documents at a time (0: all at once)
    std::string every_text;
    bool keep_going = false; // --keep-going: input skipped or repaired does not make exit 1
    ReadSettings read;       // --max-document-size, --duplicates
    std::string max_document_text, duplicates_text;
};

// The arguments after the program name. On a usage error, prints it (with a hint to
// --help) and returns nullopt.
std::optional<Options> parse_options(const std::vector<std::string>& args);

// The usage text, with the exit-status table.
std::string usage_text();

// The ontology directory: --ontology, else $GEOKG_ONTOLOGY, else ./ontology when present,
// else the one geokg was built with.
std::string ontology_dir(const Options& options);

// Where the lexicon's compiled form is cached: $GEOKG_CACHE_DIR when set (empty: no cache),
// else $XDG_CACHE_HOME/geokg, else $HOME/.cache/geokg, else no cache ("").
std::string lexicon_cache_dir();

} // namespace geokg
