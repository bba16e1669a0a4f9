#include "app/options.hpp"

#include "lexicon/lexicon.hpp"
#include "rdf/format.hpp"
#include "rdf/iri.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>
#include <thread>

namespace geokg {
namespace {

constexpr const char* usage = R"(usage: geokg [COMMAND] [OPTIONS] INPUT...

Commands:
  extract   read news articles and write an RDF graph (the default command)
  explain   print, for each fact, its sentences, the rule that matched and how
            each name was resolved; then the sentences that matched no rule
  merge     combine graphs written by 'extract --records' (shards of one
            archive, or an archive and a day's reports) into the graph one run
            over all their documents gives: geokg merge [-o FILE] FILE...
            (.ttl, .nt, .nq, .trig; - reads N-Quads from stdin)
  validate  check RDF files (.ttl, .nt, .nq, .trig) against the ontology:
            geokg validate [--ontology DIR] [--report FILE] FILE...
            one line per finding on stderr; --report FILE writes a SHACL
            validation report (Turtle)
  lint      check the ontology itself: geokg lint [--ontology DIR]
With no arguments at all, geokg extracts corpus/ into out/corpus.ttl.

Options:
  -o FILE            write the graph to FILE (atomically) instead of stdout
  -f FORMAT          turtle, ntriples, nquads or trig (default: from -o's
                     extension, else turtle)
  --base IRI         base of minted resources (default https://w3id.org/geokg/id/)
  --ontology DIR     the ontology and gazetteer to read (default: ./ontology if
                     present, else the one geokg was built with)
  -j, --jobs N       analyse documents in N threads (default 1; 0: one per
                     processor); the output is the same for every N
  -q, --quiet        no progress line (shown on stderr only when it is a
                     terminal)
  --records          extract: write each document's analysis record
                     (gk:analysisRecord) into the graph, for geokg merge
  --every N          extract: read, extract and write N documents at a time,
                     each part a run of its own: memory stays that of N
                     documents, and an endless stdin is written as it comes
  --keep-going       input skipped or repaired (a bad JSON line, a binary file,
                     text that was not UTF-8) is reported but exits 0
  --max-document-size SIZE
                     skip a document (file or JSON line) of more bytes, read
                     no further than that (default 64M; K, M, G suffixes)
  --duplicates WHAT  a document under an id read before, with other content:
                     skip (default: the later one, reported, exit 1), keep (as
                     ID~HASH, noted) or refuse (nothing written, exit 3); an
                     identical repeat is dropped with a note
  -h, --help         this text

INPUT is a .txt or .md file, a .jsonl file, a directory, or - for stdin.
)";

std::nullopt_t usage_error(const std::string& message) {
    std::cerr << "geokg: " << message << "\n"
              << "geokg: try 'geokg --help'\n";
    return std::nullopt;
}

// Which options a command takes.
bool takes(Command command, const std::string& option) {
    const bool extracting = command == Command::Extract || command == Command::Explain;
    if (option == "--ontology")
        return true;
    if (option == "--report")
        return command == Command::Validate;
    if (option == "--records" || option == "--every")
        return command == Command::Extract;
    if (option == "--keep-going" || option == "--max-document-size" || option == "--duplicates")
        return extracting;
    return extracting || command == Command::Merge; // -o, -f, --base, -j, -q
}

std::string& slot_of(Options& o, const std::string& option) {
    if (option == "-o" || option == "--output")
        return o.output;
    if (option == "-f" || option == "--format")
        return o.format;
    if (option == "--base")
        return o.base;
    if (option == "--report")
        return o.report;
    if (option == "-j" || option == "--jobs")
        return o.jobs_text;
    if (option == "--every")
        return o.every_text;
    if (option == "--max-document-size")
        return o.max_document_text;
    if (option == "--duplicates")
        return o.duplicates_text;
    return o.ontology;
}

bool is_value_option(const std::string& a) {
    return a == "-o" || a == "--output" || a == "-f" || a == "--format" || a == "--base" ||
           a == "--ontology" || a == "--report" || a == "-j" || a == "--jobs" || a == "--every" ||
           a == "--max-document-size" || a == "--duplicates";
}

// "512", "64K", "64M", "2G" (powers of 1024), or nothing.
std::optional<std::size_t> parse_size(const std::string& text) {
    std::size_t n = 0;
    const char* end = text.data() + text.size();
    auto [at, ec] = std::from_chars(text.data(), end, n);
    if (ec != std::errc() || n == 0)
        return std::nullopt;
    int shift = 0;
    if (at != end) {
        const std::string unit(at, end);
        shift = unit == "K" || unit == "k"   ? 10
                : unit == "M" || unit == "m" ? 20
                : unit == "G" || unit == "g" ? 30
                                             : -1;
        if (shift < 0)
            return std::nullopt;
    }
    if (n > (std::numeric_limits<std::size_t>::max() >> shift))
        return std::nullopt;
    return n << shift;
}

// Checks what the options say together: inputs, --base, the format.
std::optional<Options> checked(Options o) {
    if (o.command == Command::Lint && !o.inputs.empty())
        return usage_error("lint takes no files: it checks the ontology");
    if (o.command == Command::Lint || o.command == Command::Help)
        return o;
    if (o.defaults) {
        o.inputs = {"corpus"};
        o.output = "out/corpus.ttl";
        if (!std::filesystem::is_directory("corpus"))
            return usage_error("no corpus/ here: run geokg from the project's top directory, "
                               "or give inputs");
    }
    if (o.inputs.empty())
        return usage_error(o.command == Command::Validate ? "no file to validate"
                           : o.command == Command::Merge  ? "no graph to merge"
                                                          : "no input given");
    if (o.base.empty())
        o.base = default_base_iri;
    if (!is_valid_iri(o.base) || (o.base.back() != '/' && o.base.back() != '#'))
        return usage_error("--base must be an absolute IRI ending in '/' or '#': " + o.base);
    if (!o.format.empty() && !format_from_name(o.format))
        return usage_error("unknown format '" + o.format + "'");
    if (!o.jobs_text.empty()) {
        unsigned n = 0;
        const char* end = o.jobs_text.data() + o.jobs_text.size();
        auto [at, ec] = std::from_chars(o.jobs_text.data(), end, n);
        if (ec != std::errc() || at != end || n > 1024)
            return usage_error("-j takes a number of threads from 0 to 1024, not '" + o.jobs_text +
                               "'");
        o.jobs = n == 0 ? std::max(1U, std::thread::hardware_concurrency()) : n;
    }
    if (!o.every_text.empty()) {
        std::size_t n = 0;
        const char* end = o.every_text.data() + o.every_text.size();
        auto [at, ec] = std::from_chars(o.every_text.data(), end, n);
        if (ec != std::errc() || at != end || n == 0)
            return usage_error("--every takes a number of documents from 1, not '" + o.every_text +
                               "'");
        o.every = n;
    }
    if (!o.max_document_text.empty()) {
        const auto bytes = parse_size(o.max_document_text);
        if (!bytes)
            return usage_error("--max-document-size takes a number of bytes from 1, with K, M "
                               "or G after it or not, not '" +
                               o.max_document_text + "'");
        o.read.max_document_bytes = *bytes;
    }
    if (!o.duplicates_text.empty()) {
        if (o.duplicates_text == "skip")
            o.read.duplicates = DuplicatePolicy::Skip;
        else if (o.duplicates_text == "keep")
            o.read.duplicates = DuplicatePolicy::Keep;
        else if (o.duplicates_text == "refuse")
            o.read.duplicates = DuplicatePolicy::Refuse;
        else
            return usage_error("--duplicates takes skip, keep or refuse, not '" +
                               o.duplicates_text + "'");
    }
    return o;
}

} // namespace

std::optional<Options> parse_options(const std::vector<std::string>& args) {
    Options o;
    o.defaults = args.empty();
    std::size_t i = 0;
    if (!args.empty()) {
        static const std::pair<const char*, Command> commands[] = {{"extract", Command::Extract},
                                                                   {"explain", Command::Explain},
                                                                   {"merge", Command::Merge},
                                                                   {"validate", Command::Validate},
                                                                   {"lint", Command::Lint}};
        for (const auto& [name, command] : commands)
            if (args[0] == name) {
                o.command = command;
                i = 1;
            }
    }
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            o.command = Command::Help;
            return o;
        }
        if (a == "-q" || a == "--quiet" || a == "--records" || a == "--keep-going") {
            if (!takes(o.command, a))
                return usage_error("option " + a + " does not go with this command");
            (a == "--records" ? o.records : a == "--keep-going" ? o.keep_going : o.quiet) = true;
            continue;
        }
        if (is_value_option(a)) {
            if (!takes(o.command, a))
                return usage_error("option " + a + " does not go with this command");
            if (i + 1 >= args.size())
                return usage_error("option " + a + " needs a value");
            slot_of(o, a) = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option '" + a + "'");
        } else {
            o.inputs.push_back(a);
        }
    }
    return checked(std::move(o));
}

std::string usage_text() {
    return std::string(usage) + "\n" + exit_status_help;
}

std::string lexicon_cache_dir() {
    if (const char* dir = std::getenv("GEOKG_CACHE_DIR"))
        return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::string(xdg) + "/geokg";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/geokg";
    return "";
}

std::string ontology_dir(const Options& options) {
    if (!options.ontology.empty())
        return options.ontology;
    if (const char* env = std::getenv("GEOKG_ONTOLOGY"); env && *env)
        return env;
    if (std::filesystem::exists("ontology/geokg.ttl"))
        return "ontology";
    return GEOKG_ONTOLOGY_DIR;
}

} // namespace geokg
