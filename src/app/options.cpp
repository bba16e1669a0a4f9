#include "app/options.hpp"
#include "app/graph_picture.hpp"

#include "extract/resolve.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/format.hpp"
#include "rdf/iri.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>
#include <thread>

namespace geokg {
namespace {

namespace fs = std::filesystem;

struct CommandName {
    const char* name;
    Command command;
    const char* about;
    const char* examples;
};

const CommandName command_names[] = {
    {"extract", Command::Extract, "read news articles and write an RDF graph (the default)",
     "INPUT is a .txt or .md file, a .jsonl file, a directory, or - for standard input.\n"
     "'geokg INPUT...' is 'geokg extract INPUT...'.\n\n"
     "Examples:\n"
     "  geokg extract corpus/ -o out/corpus.ttl\n"
     "  geokg extract -j 0 -f nquads archive.jsonl > archive.nq\n"
     "  zcat feed.jsonl.gz | geokg extract --every 500 -f nquads - > feed.nq\n"
     "  geokg extract --records -f nquads shard-1.jsonl > shard-1.nq   (for geokg merge)\n"},
    {"explain", Command::Explain, "show why each fact exists, and which sentences made none",
     "For each fact: its sentences, the rule that matched and how each name was resolved;\n"
     "then every sentence that matched no rule.\n\n"
     "Examples:\n"
     "  geokg explain corpus/2024-03-04-okafor-arrives-in-kenya.md\n"},
    {"merge", Command::Merge, "combine graphs written with 'extract --records'",
     "Shards of one archive, or an archive and a day's reports, into the graph one run over\n"
     "all their documents gives. GRAPH is a .ttl, .nt, .nq or .trig file, or - for N-Quads\n"
     "on standard input.\n\n"
     "Examples:\n"
     "  geokg merge -o archive.nq shard-*.nq\n"
     "  geokg merge -o archive.nq archive.nq today.nq\n"},
    {"validate", Command::Validate, "check RDF files against the ontology",
     "FILE is .ttl, .nt, .nq or .trig. One line per finding on stderr; --report FILE also\n"
     "writes a SHACL validation report (Turtle).\n\n"
     "Examples:\n"
     "  geokg validate out/corpus.ttl\n"
     "  geokg validate --report report.ttl archive.nq\n"},
    {"lint", Command::Lint, "check the ontology itself, and that extraction can use it",
     "Examples:\n"
     "  geokg lint --ontology my-ontology/\n"},
    {"timeline", Command::Timeline, "the events day by day, reported and planned side by side",
     "As text (the default), or as an SVG picture with -o FILE.svg or -f svg. Dates are as\n"
     "precise as the text makes them; undated events come last.\n\n"
     "Examples:\n"
     "  geokg timeline corpus/\n"
     "  geokg timeline corpus/ -o tour.svg\n"},
};

std::nullopt_t usage_error(const std::string& message, const std::string& command = {}) {
    std::cerr << "geokg: " << message << "\n"
              << "geokg: try 'geokg " << (command.empty() ? "" : command + " ") << "--help'\n";
    return std::nullopt;
}

const CommandName* command_named(const std::string& name) {
    for (const auto& c : command_names)
        if (name == c.name)
            return &c;
    return nullptr;
}

// The subcommand a mistyped word was meant to be ("extact", "valdate", "mrege"), or null:
// within two edits of one, or the start of one, and naming no file.
const CommandName* meant_command(const std::string& word) {
    std::error_code ec;
    if (word.empty() || word[0] == '-' || fs::exists(word, ec))
        return nullptr;
    for (const auto& c : command_names) {
        const std::string name = c.name;
        if (word.size() >= 3 && name.rfind(word, 0) == 0)
            return &c;
        if (edit_distance(word, name) <= 2)
            return &c;
    }
    return nullptr;
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

// Checks what the options say together: inputs, --base, the format, the numbers.
std::optional<Options> checked(Options o) {
    const std::string command = command_names[static_cast<std::size_t>(o.command)].name;
    const auto error = [&](const std::string& message) { return usage_error(message, command); };
    if (o.command == Command::Lint)
        return o;
    if (o.defaults) {
        o.inputs = {"corpus"};
        o.output = "out/corpus.ttl";
        if (!fs::is_directory("corpus"))
            return error("no corpus/ here: run geokg from the project's top directory, or give "
                         "inputs");
    }
    if (o.inputs.empty())
        return error(o.command == Command::Validate ? "no file to validate"
                     : o.command == Command::Merge  ? "no graph to merge"
                                                    : "no input given");
    if (o.base.empty())
        o.base = default_base_iri;
    if (!is_valid_iri(o.base) || (o.base.back() != '/' && o.base.back() != '#'))
        return error("--base must be an absolute IRI ending in '/' or '#': " + o.base);
    if (o.command == Command::Timeline && !o.format.empty() && o.format != "text" &&
        o.format != "svg")
        return error("unknown timeline format '" + o.format + "' (text or svg)");
    if (o.command != Command::Timeline) {
        if (!o.format.empty() && !format_from_name(o.format) && !picture_format_from_name(o.format))
            return error("unknown format '" + o.format +
                         "' (turtle, ntriples, nquads or trig; dot, svg or png for a picture)");
        const bool picture = picture_format_of(o.format, o.output).has_value();
        if (picture && !o.every_text.empty())
            return error("--every writes RDF part by part, not a picture");
        // serdi's and rapper's -o is the output format: here it is the file.
        if (!o.output.empty() && format_from_name(o.output) &&
            fs::path(o.output).extension().empty() && !fs::exists(o.output))
            return error("-o names the output file, not its format: '-f " + o.output +
                         "' writes that format to stdout, '-o FILE." +
                         std::string(extension_of(*format_from_name(o.output))) + "' to a file");
    }
    if (!o.jobs_text.empty()) {
        unsigned n = 0;
        const char* end = o.jobs_text.data() + o.jobs_text.size();
        auto [at, ec] = std::from_chars(o.jobs_text.data(), end, n);
        if (ec != std::errc() || at != end || n > 1024)
            return error("-j takes a number of threads from 0 to 1024, not '" + o.jobs_text + "'");
        o.jobs = n == 0 ? std::max(1U, std::thread::hardware_concurrency()) : n;
    }
    if (!o.every_text.empty()) {
        std::size_t n = 0;
        const char* end = o.every_text.data() + o.every_text.size();
        auto [at, ec] = std::from_chars(o.every_text.data(), end, n);
        if (ec != std::errc() || at != end || n == 0)
            return error("--every takes a number of documents from 1, not '" + o.every_text + "'");
        o.every = n;
    }
    if (!o.max_document_text.empty()) {
        const auto bytes = parse_size(o.max_document_text);
        if (!bytes)
            return error("--max-document-size takes a number of bytes from 1, with K, M or G "
                         "after it or not, not '" +
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
            return error("--duplicates takes skip, keep or refuse, not '" + o.duplicates_text +
                         "'");
    }
    if (o.quiet && o.verbose)
        return error("-q and -v say opposite things: give one");
    return o;
}

// Each subcommand's options, bound to `o`.
void add_options(CLI::App& sub, Command c, Options& o) {
    const bool extracting =
        c == Command::Extract || c == Command::Explain || c == Command::Timeline;
    const bool writing = c == Command::Extract || c == Command::Merge;
    if (writing) {
        sub.add_option("-o,--output", o.output,
                       "write the graph to FILE (replaced whole, or not at all) instead of "
                       "stdout")
            ->type_name("FILE");
        sub.add_option("-f,--format", o.format,
                       "turtle, ntriples, nquads or trig (default: from -o's extension, else "
                       "turtle); dot, svg or png draw the graph (svg and png with Graphviz)")
            ->type_name("FORMAT");
    }
    if (writing || extracting) {
        sub.add_option("--base", o.base,
                       "base IRI of minted resources (default https://w3id.org/geokg/id/)")
            ->type_name("IRI");
        sub.add_option("-j,--jobs", o.jobs_text,
                       "work in N threads (default 1; 0: one per processor); the output is the "
                       "same for every N")
            ->type_name("N");
    }
    sub.add_option("--ontology", o.ontology,
                   "the ontology and gazetteer to read (default: ./ontology if present, else "
                   "the installed one)")
        ->type_name("DIR");
    if (writing || extracting) {
        sub.add_flag("-q,--quiet", o.quiet, "no progress line, no notes: problems only");
        sub.add_flag("-v,--verbose", o.verbose,
                     "also say what was read and each stage as it starts, with the time");
    }
    if (c == Command::Extract) {
        sub.add_flag("--records", o.records,
                     "write each document's analysis record (gk:analysisRecord) into the graph, "
                     "for geokg merge");
        sub.add_option("--every", o.every_text,
                       "read, extract and write N documents at a time, each part a run of its "
                       "own: memory stays that of N documents, and an endless stdin is written "
                       "as it comes")
            ->type_name("N");
    }
    if (extracting) {
        sub.add_flag("--keep-going", o.keep_going,
                     "input skipped or repaired (a bad JSON line, a binary file, text that was "
                     "not UTF-8) is reported, and the exit status stays 0");
        sub.add_option("--max-document-size", o.max_document_text,
                       "skip a document (a file, a JSON line) of more bytes, read no further "
                       "than that (default 64M; K, M, G)")
            ->type_name("SIZE");
        sub.add_option("--duplicates", o.duplicates_text,
                       "a document under an id read before, with other content: skip (the "
                       "default: the later one, reported, exit 1), keep (as ID~HASH, noted) or "
                       "refuse (nothing written, exit 3); an identical repeat is dropped with "
                       "a note")
            ->type_name("WHAT");
    }
    if (c == Command::Validate)
        sub.add_option("--report", o.report, "also write a SHACL validation report (Turtle)")
            ->type_name("FILE");
    if (c == Command::Timeline) {
        sub.add_option("-o,--output", o.output, "write the timeline to FILE instead of stdout")
            ->type_name("FILE");
        sub.add_option("-f,--format", o.format, "text or svg (default: from -o's extension)")
            ->type_name("FORMAT");
    }
    if (c != Command::Lint)
        sub.add_option("inputs", o.inputs,
                       c == Command::Merge      ? "graphs written with --records (- : stdin)"
                       : c == Command::Validate ? "RDF files to check"
                                                : "files, directories, or - for stdin")
            ->type_name(c == Command::Merge      ? "GRAPH"
                        : c == Command::Validate ? "FILE"
                                                 : "INPUT");
}

// An option left over: of another subcommand, or of none.
std::string leftover_message(const std::string& arg, const CLI::App& app, Command c) {
    std::string name = arg.substr(0, arg.find('='));
    std::vector<std::string> owners;
    for (const auto& other : command_names)
        if (other.command != c) {
            const CLI::App* sub = app.get_subcommand(other.name);
            for (const CLI::Option* opt : sub->get_options())
                if (opt->check_name(name))
                    owners.push_back(other.name);
        }
    if (owners.empty())
        return "unknown option '" + name + "'";
    std::string list;
    for (std::size_t k = 0; k < owners.size(); ++k)
        list += (k == 0 ? "" : k + 1 == owners.size() ? " and " : ", ") + owners[k];
    return "option " + name + " does not go with " +
           command_names[static_cast<std::size_t>(c)].name + " (only with " + list + ")";
}

} // namespace

CommandLine parse_command_line(const std::vector<std::string>& given) {
    Options o;
    std::vector<std::string> args = given;
    o.defaults = args.empty();
    if (o.defaults)
        return {checked(std::move(o)), ExitStatus::Ok};
    const bool top_level = args[0] == "-h" || args[0] == "--help" || args[0] == "--version";
    if (!top_level && command_named(args[0]) == nullptr) {
        if (const CommandName* meant = meant_command(args[0])) {
            usage_error("unknown command '" + args[0] + "': did you mean '" + meant->name + "'?");
            return {std::nullopt, ExitStatus::Usage};
        }
        args.insert(args.begin(), "extract"); // the default command
    }

    CLI::App app("geokg turns news about international affairs into an RDF knowledge graph.\n"
                 "With no arguments at all, it extracts corpus/ into out/corpus.ttl.",
                 "geokg");
    app.set_version_flag("--version", std::string("geokg ") + GEOKG_VERSION);
    app.require_subcommand(1, 1);
    app.footer(std::string("Each command has its own help: geokg COMMAND --help.\n\n") +
               exit_status_help);
    for (const auto& c : command_names) {
        CLI::App* sub = app.add_subcommand(c.name, c.about);
        sub->allow_extras();
        sub->footer(std::string(c.examples) + "\n" + exit_status_help);
    }
    // Every subcommand's options bound to `o`: only the chosen one's are read.
    for (const auto& c : command_names)
        add_options(*app.get_subcommand(c.name), c.command, o);

    std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 reads from the back
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
        app.exit(e);
        return {std::nullopt, ExitStatus::Ok};
    } catch (const CLI::CallForVersion& e) {
        app.exit(e);
        return {std::nullopt, ExitStatus::Ok};
    } catch (const CLI::ParseError& e) {
        const CLI::App* sub = nullptr;
        for (const auto& c : command_names)
            if (app.get_subcommand(c.name)->parsed())
                sub = app.get_subcommand(c.name);
        std::string what = e.what();
        if (!what.empty())
            what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
        usage_error(what, sub ? sub->get_name() : std::string());
        return {std::nullopt, ExitStatus::Usage};
    }
    const CLI::App* sub = nullptr;
    for (const auto& c : command_names)
        if (app.get_subcommand(c.name)->parsed()) {
            o.command = c.command;
            sub = app.get_subcommand(c.name);
        }
    // Left over: what follows "--" is input, whatever it looks like; an option of another
    // command, or of none, is an error.
    bool after_dashes = false;
    for (const std::string& extra : sub->remaining()) {
        if (after_dashes || extra == "--") {
            if (after_dashes)
                o.inputs.push_back(extra);
            after_dashes = true;
            continue;
        }
        if (extra.size() > 1 && extra[0] == '-') {
            usage_error(leftover_message(extra, app, o.command), sub->get_name());
            return {std::nullopt, ExitStatus::Usage};
        }
        o.inputs.push_back(extra);
    }
    if (o.command == Command::Lint && !o.inputs.empty()) {
        usage_error("lint takes no files: it checks the ontology", "lint");
        return {std::nullopt, ExitStatus::Usage};
    }
    std::optional<Options> done = checked(std::move(o));
    return {std::move(done), done ? ExitStatus::Ok : ExitStatus::Usage};
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
    if (fs::exists("ontology/geokg.ttl"))
        return "ontology";
    // Installed (cmake --install): PREFIX/bin/geokg beside PREFIX/share/geokg/ontology.
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / GEOKG_INSTALLED_ONTOLOGY;
        if (fs::exists(installed / "geokg.ttl", ec))
            return installed.string();
    }
    return GEOKG_ONTOLOGY_DIR;
}

} // namespace geokg
