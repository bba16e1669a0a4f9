// `geokg extract` and `geokg explain`: the ontology, the inputs, the extraction, the output.
#include "app/commands.hpp"
#include "app/explain.hpp"
#include "app/graph_output.hpp"
#include "app/graph_picture.hpp"
#include "app/output_file.hpp"
#include "app/process_end.hpp"
#include "app/progress.hpp"
#include "app/timeline.hpp"
#include "extract/parallel.hpp"
#include "extract/pipeline.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_cache.hpp"
#include "lexicon/lexicon_index.hpp"
#include "rdf/writer.hpp"

#include <iostream>
#include <optional>

namespace geokg {
namespace {

// What reading found, in the order it was found: problems, then notes (not with -q).
void report_reading(const ReadResult& read, const Options& o) {
    for (const auto& e : read.errors)
        report(e);
    if (!o.quiet)
        for (const auto& n : read.notes)
            report(n);
}

// The reader's parallel loop: extract/parallel's threads, as many as -j says.
ParallelFor parallel_for(unsigned jobs) {
    return [jobs](std::size_t n, const std::function<void(std::size_t)>& fn) {
        for_each_index(n, jobs, fn);
    };
}

// `extract --every N`: the inputs read N documents at a time, each part extracted as a run
// of its own and written before the next is read, so memory stays that of N documents
// however long the input (an endless stdin). The output file, if any, is opened first and
// renamed into place at the end.
ExitStatus extract_every(const Options& o, const LexiconIndex& index,
                         const std::string& records_of) {
    std::optional<OutputFile> file;
    ExtractSettings settings;
    settings.jobs = o.jobs;
    settings.records_of = records_of;
    try {
        open_output(o, file);
    } catch (const Error& e) {
        report(e);
        return ExitStatus::Failure;
    }
    Progress progress(!o.quiet && Progress::stderr_is_terminal(), o.verbose, 0, 0);
    settings.on_document = [&](std::size_t size) { progress.document_done(size); };
    DocumentStream stream(o.inputs, parallel_for(o.jobs), o.read);
    std::size_t problems = 0, unread = 0, parts = 0, documents = 0, sentences = 0, events = 0,
                statements = 0;
    try {
        for (bool more = true; more;) {
            ReadResult part = stream.next(o.every);
            more = part.documents.size() == o.every;
            progress.finish();
            report_reading(part, o);
            problems += part.errors.size();
            unread += part.errors.size() - part.empty_inputs;
            if (part.documents.empty())
                break;
            const Extraction x = extract(std::move(part.documents), index, o.base, settings);
            const std::string text =
                write_graph_to_string(x.graph, output_format(o), output_prefixes(o.base));
            if (file)
                file->append(text);
            else
                write_to_stdout(text);
            ++parts;
            documents += x.stats.documents;
            sentences += x.stats.sentences;
            events += x.events.size();
            statements += x.graph.statements.size();
        }
        progress.finish();
        if (documents == 0 && unread > 0 && !o.keep_going) {
            std::cerr << "geokg: no document could be read; nothing written\n";
            return ExitStatus::Failure;
        }
        if (file) {
            file->commit();
            if (!o.quiet)
                std::cerr << "geokg: wrote " << o.output << ": " << documents << " documents in "
                          << parts << " parts of up to " << o.every << ", " << sentences
                          << " sentences, " << events << " events, " << statements
                          << " statements\n";
        }
    } catch (const Error& e) {
        progress.finish();
        report(e);
        return ExitStatus::Failure;
    }
    return problems == 0 || o.keep_going ? ExitStatus::Ok : ExitStatus::Problems;
}

} // namespace

ExitStatus run_extract(const Options& o) {
    LexiconIndex index;
    std::string records_of; // the ontology's fingerprint, with --records
    if (o.verbose)
        std::cerr << "geokg: ontology " << ontology_dir(o) << "\n";
    try {
        index = build_lexicon_index(load_lexicon_cached(ontology_dir(o), lexicon_cache_dir(),
                                                        o.records ? &records_of : nullptr));
    } catch (const Error& e) {
        report(e);
        return ExitStatus::Failure;
    }
    if (o.every > 0)
        return extract_every(o, index, records_of);
    std::optional<OutputFile> file;
    ReadResult read;
    try {
        if (o.command != Command::Explain)
            open_output(o, file);
        read = read_inputs(o.inputs, parallel_for(o.jobs), o.read);
    } catch (const Error& e) {
        report(e);
        return ExitStatus::Failure;
    }
    report_reading(read, o);
    // Inputs that could not be read, and none that could: nothing is written. (Inputs read
    // and found empty give an empty graph.)
    if (read.documents.empty() && read.errors.size() > read.empty_inputs && !o.keep_going) {
        std::cerr << "geokg: no document could be read; nothing written\n";
        return ExitStatus::Failure;
    }
    const ExitStatus done =
        read.errors.empty() || o.keep_going ? ExitStatus::Ok : ExitStatus::Problems;
    std::size_t bytes = 0;
    for (const auto& d : read.documents)
        bytes += d.text.size();
    if (o.verbose)
        std::cerr << "geokg: read " << read.documents.size() << " documents, " << bytes
                  << " bytes of text, from " << o.inputs.size() << " input(s)\n";
    Progress progress(!o.quiet && Progress::stderr_is_terminal(), o.verbose, read.documents.size(),
                      bytes);
    ExtractSettings settings;
    settings.jobs = o.jobs;
    settings.explain = o.command == Command::Explain;
    settings.on_document = [&](std::size_t size) { progress.document_done(size); };
    settings.on_stage = [&](const std::string& what) { progress.stage(what); };
    settings.records_of = records_of;
    try {
        const Extraction& x =
            keep_until_exit(extract(std::move(read.documents), index, o.base, settings));
        if (o.command == Command::Explain) {
            progress.finish();
            print_explanation(x, std::cout);
        } else if (o.command == Command::Timeline) {
            progress.finish();
            const bool svg = picture_format_of(o.format, o.output) == PictureFormat::Svg;
            const std::string text = svg ? timeline_svg(x) : timeline_text(x);
            if (file) {
                file->append(text);
                file->commit();
            } else {
                write_to_stdout(text);
            }
        } else {
            write_output(o, x, progress, file);
        }
    } catch (const Error& e) {
        progress.finish();
        report(e);
        return ExitStatus::Failure;
    }
    return done;
}

} // namespace geokg
