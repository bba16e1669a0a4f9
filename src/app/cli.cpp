#include "app/cli.hpp"

#include "app/explain.hpp"
#include "app/output_file.hpp"
#include "check/lint.hpp"
#include "check/shacl_report.hpp"
#include "check/validate.hpp"
#include "extract/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/iri.hpp"
#include "rdf/writer.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace geokg {
namespace {

const char* usage = R"(usage: geokg [COMMAND] [OPTIONS] INPUT...

Commands:
  extract   read news articles and write an RDF graph (the default command)
  explain   print, for each fact, its sentences, the rule that matched and how
            each name was resolved
  validate  check RDF files (.ttl, .nt, .nq, .trig) against the ontology:
            geokg validate [--ontology DIR] [--report FILE] FILE...
            one line per finding on stderr; exit 0 valid, 1 findings, 2 unreadable
            input; --report FILE writes a SHACL validation report (Turtle)
  lint      check the ontology itself: geokg lint [--ontology DIR]
With no arguments at all, geokg extracts corpus/ into out/corpus.ttl.

Options:
  -o FILE            write the graph to FILE (atomically) instead of stdout
  -f FORMAT          turtle, ntriples, nquads or trig (default: from -o's
                     extension, else turtle)
  --base IRI         base of minted resources (default https://w3id.org/geokg/id/)
  --ontology DIR     the ontology and gazetteer to read (default: ./ontology if
                     present, else the one geokg was built with)
  -h, --help         this text

INPUT is a .txt or .md file, a .jsonl file, a directory, or - for stdin.
)";

struct Options {
    std::string command = "extract";
    std::string output;
    std::string format;
    std::string base = default_base_iri;
    std::string ontology;
    std::vector<std::string> inputs;
};

int usage_error(const std::string& message) {
    std::cerr << "geokg: " << message << "\n"
              << "geokg: try 'geokg --help'\n";
    return 2;
}

std::string ontology_dir(const Options& o) {
    if (!o.ontology.empty())
        return o.ontology;
    if (const char* env = std::getenv("GEOKG_ONTOLOGY"); env && *env)
        return env;
    if (std::filesystem::exists("ontology/geokg.ttl"))
        return "ontology";
    return GEOKG_ONTOLOGY_DIR;
}

// `validate` and `lint`: their own small option sets.
int run_checks(const std::vector<std::string>& args) {
    // Today's codes until one table maps outcomes to exit codes: 2 unreadable, 1 findings.
    const auto exit_code = [](const auto& r) {
        return !r.errors.empty() ? 2 : r.findings.empty() ? 0 : 1;
    };
    Options o;
    std::string report;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::cout << usage;
            return 0;
        } else if (a == "--ontology" || (a == "--report" && args[0] == "validate")) {
            if (i + 1 >= args.size())
                return usage_error("option " + a + " needs a " +
                                   (a == "--report" ? "file name" : "directory"));
            (a == "--report" ? report : o.ontology) = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option '" + a + "'");
        } else if (args[0] == "lint") {
            return usage_error("lint takes no files: it checks the ontology");
        } else {
            o.inputs.push_back(a);
        }
    }
    if (args[0] == "lint") {
        LintResult r = lint_ontology(ontology_dir(o));
        for (const auto& e : r.errors)
            std::cerr << "geokg: " << e.what() << "\n";
        for (const auto& f : r.findings)
            std::cerr << "geokg: " << format_finding(f) << "\n";
        return exit_code(r);
    }
    if (o.inputs.empty())
        return usage_error("no file to validate");
    ValidationResult r = validate_files(o.inputs, ontology_dir(o));
    for (const auto& e : r.errors)
        std::cerr << "geokg: " << e.what() << "\n";
    for (const auto& f : r.findings)
        std::cerr << "geokg: " << format_finding(f) << "\n";
    if (!report.empty() && r.errors.empty()) {
        try {
            write_file_atomically(report, shacl_report_turtle(r.findings));
        } catch (const std::exception& e) {
            std::cerr << "geokg: " << e.what() << "\n";
            return 2;
        }
    }
    return exit_code(r);
}

} // namespace

int run_cli(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "validate" || args[0] == "lint"))
        return run_checks(args);
    Options o;
    bool defaults = args.empty();
    std::size_t i = 0;
    if (!args.empty() && (args[0] == "extract" || args[0] == "explain")) {
        o.command = args[0];
        i = 1;
    }
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size())
                return std::nullopt;
            (void)name;
            return args[++i];
        };
        if (a == "-h" || a == "--help") {
            std::cout << usage;
            return 0;
        } else if (a == "-o" || a == "--output") {
            auto v = value("-o");
            if (!v)
                return usage_error("option " + a + " needs a file name");
            o.output = *v;
        } else if (a == "-f" || a == "--format") {
            auto v = value("-f");
            if (!v)
                return usage_error("option " + a + " needs a format");
            o.format = *v;
        } else if (a == "--base") {
            auto v = value("--base");
            if (!v)
                return usage_error("option --base needs an IRI");
            o.base = *v;
        } else if (a == "--ontology") {
            auto v = value("--ontology");
            if (!v)
                return usage_error("option --ontology needs a directory");
            o.ontology = *v;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usage_error("unknown option '" + a + "'");
        } else {
            o.inputs.push_back(a);
        }
    }
    if (defaults) {
        o.inputs = {"corpus"};
        o.output = "out/corpus.ttl";
        if (!std::filesystem::is_directory("corpus"))
            return usage_error("no corpus/ here: run geokg from the project's top directory, or "
                               "give inputs");
    }
    if (o.inputs.empty())
        return usage_error("no input given");
    if (!is_valid_iri(o.base) || (o.base.back() != '/' && o.base.back() != '#'))
        return usage_error("--base must be an absolute IRI ending in '/' or '#': " + o.base);

    RdfFormat format = RdfFormat::Turtle;
    if (!o.format.empty()) {
        auto f = format_from_name(o.format);
        if (!f)
            return usage_error("unknown format '" + o.format + "'");
        format = *f;
    } else if (!o.output.empty()) {
        if (auto f = format_from_extension(o.output))
            format = *f;
    }

    LexiconIndex index;
    try {
        index = build_lexicon_index(load_lexicon(ontology_dir(o)));
    } catch (const Error& e) {
        std::cerr << "geokg: " << e.what() << "\n";
        return 1;
    }

    ReadResult read = read_inputs(o.inputs);
    for (const auto& e : read.errors)
        std::cerr << "geokg: " << e.where << ": " << e.what << "\n";

    if (read.documents.empty() && !read.errors.empty()) {
        std::cerr << "geokg: no document could be read; nothing written\n";
        return 1;
    }
    Extraction x;
    try {
        x = extract(std::move(read.documents), index, o.base);
    } catch (const Error& e) {
        std::cerr << "geokg: " << e.what() << "\n";
        return 1;
    }
    if (o.command == "explain") {
        print_explanation(x, std::cout);
        return read.errors.empty() ? 0 : 1;
    }
    std::string text;
    try {
        text = write_graph_to_string(x.graph, format, output_prefixes(o.base));
        if (o.output.empty())
            std::cout << text << std::flush;
        else
            write_file_atomically(o.output, text);
    } catch (const std::exception& e) {
        std::cerr << "geokg: " << e.what() << "\n";
        return 1;
    }
    if (!o.output.empty())
        std::cerr << "geokg: wrote " << o.output << ": " << x.stats.documents << " documents, "
                  << x.events.size() << " events, " << x.graph.statements.size() << " statements\n";
    return read.errors.empty() ? 0 : 1;
}

} // namespace geokg
