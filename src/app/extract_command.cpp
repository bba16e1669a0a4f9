// `geokg extract` and `geokg explain`: the ontology, the inputs, the extraction, the output.
#include "app/commands.hpp"
#include "app/explain.hpp"
#include "app/graph_output.hpp"
#include "app/progress.hpp"
#include "extract/pipeline.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_cache.hpp"
#include "lexicon/lexicon_index.hpp"

#include <iostream>

namespace geokg {
namespace {

void report(const Error& e) {
    std::cerr << "geokg: " << e.what() << "\n";
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
        if (o.records)
            settings.records_of = ontology_fingerprint(ontology_dir(o));
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
