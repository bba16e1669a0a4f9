// `geokg extract` and `geokg explain`: the ontology, the inputs, the extraction, the output.
#include "app/commands.hpp"
#include "app/explain.hpp"
#include "app/output_file.hpp"
#include "app/progress.hpp"
#include "extract/pipeline.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_cache.hpp"
#include "lexicon/lexicon_index.hpp"
#include "rdf/format.hpp"
#include "rdf/writer.hpp"

#include <iostream>

namespace geokg {
namespace {

void report(const Error& e) {
    std::cerr << "geokg: " << e.what() << "\n";
}

RdfFormat output_format(const Options& o) {
    if (!o.format.empty())
        return *format_from_name(o.format); // checked when the options were parsed
    if (!o.output.empty())
        if (auto f = format_from_extension(o.output))
            return *f;
    return RdfFormat::Turtle;
}

// The graph, to the output file (whole or not at all) or stdout.
void write_output(const Options& o, const Extraction& x, Progress& progress) {
    progress.stage("writing");
    const std::string text =
        write_graph_to_string(x.graph, output_format(o), output_prefixes(o.base));
    progress.finish();
    if (o.output.empty()) {
        std::cout << text << std::flush;
        if (!std::cout)
            throw Error("-", "cannot write to standard output");
        return;
    }
    write_file_atomically(o.output, text);
    std::cerr << "geokg: wrote " << o.output << ": " << x.stats.documents << " documents, "
              << x.stats.sentences << " sentences, " << x.events.size() << " events, "
              << x.graph.statements.size() << " statements\n";
}

} // namespace

ExitStatus run_extract(const Options& o) {
    LexiconIndex index;
    try {
        index = build_lexicon_index(load_lexicon_cached(ontology_dir(o), lexicon_cache_dir()));
    } catch (const Error& e) {
        report(e);
        return ExitStatus::Failure;
    }
    ReadResult read = read_inputs(o.inputs);
    for (const auto& e : read.errors)
        report(e);
    if (read.documents.empty() && !read.errors.empty()) {
        std::cerr << "geokg: no document could be read; nothing written\n";
        return ExitStatus::Failure;
    }
    const ExitStatus done = read.errors.empty() ? ExitStatus::Ok : ExitStatus::Problems;
    std::size_t bytes = 0;
    for (const auto& d : read.documents)
        bytes += d.text.size();
    Progress progress(!o.quiet && Progress::stderr_is_terminal(), read.documents.size(), bytes);
    ExtractSettings settings;
    settings.jobs = o.jobs;
    settings.explain = o.command == Command::Explain;
    settings.on_document = [&](std::size_t size) { progress.document_done(size); };
    settings.on_stage = [&](const std::string& what) { progress.stage(what); };
    try {
        const Extraction x = extract(std::move(read.documents), index, o.base, settings);
        if (o.command == Command::Explain) {
            progress.finish();
            print_explanation(x, std::cout);
        } else {
            write_output(o, x, progress);
        }
    } catch (const Error& e) {
        progress.finish();
        report(e);
        return ExitStatus::Failure;
    }
    return done;
}

} // namespace geokg
