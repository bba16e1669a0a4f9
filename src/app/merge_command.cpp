// `geokg merge`: graphs written by `extract --records` read back into their documents'
// analysis records, and the stages after analysis run over all of them: the reduce of a
// sharded extraction, and the incremental update of an archive's graph.
#include "app/commands.hpp"
#include "app/graph_output.hpp"
#include "app/process_end.hpp"
#include "app/progress.hpp"
#include "extract/parallel.hpp"
#include "extract/pipeline.hpp"
#include "extract/record_form.hpp"
#include "lexicon/lexicon_cache.hpp"
#include "lexicon/lexicon_index.hpp"
#include "rdf/namespaces.hpp"
#include "rdf/reader.hpp"
#include "text/base64.hpp"
#include "text/hash.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

namespace geokg {
namespace {

// The documents' records read so far, one per id, and what was said about them.
struct Gathered {
    struct Kept {
        DocumentRecord record;
        std::string file;       // where it was read first
        std::uint64_t hash = 0; // of its bytes: a repeat is the same record when equal
        std::size_t size = 0;
    };
    std::map<std::string, Kept> by_id;
    std::size_t repeats = 0;     // the same record read again (dropped)
    std::vector<Error> problems; // a different record under an id already read (dropped)
};

RdfFormat input_format(const std::string& path) {
    if (path == "-")
        return RdfFormat::NQuads;
    if (auto f = format_from_extension(path))
        return *f;
    throw Error(path, "cannot tell its RDF syntax from its name: " + known_extensions());
}

// Reads one graph's records into `out`. Throws Error when the file cannot be read whole,
// holds a record this geokg cannot use, or names a document without its record: a merge
// that missed part of a shard would be a wrong graph, not a smaller one.
void gather(const std::string& path, const std::string& fingerprint, const Lexicon& lexicon,
            unsigned jobs, Gathered& out) {
    const std::string record_property = std::string(ns::gk) + "analysisRecord";
    const std::string type = std::string(ns::rdf) + "type";
    const std::string context = std::string(ns::nif) + "Context";
    std::set<std::string> documents;                           // IRIs typed nif:Context
    std::set<std::string> with_records;                        // IRIs with a record
    std::vector<std::pair<std::string, std::string>> literals; // (document IRI, Base64)
    read_statements(path, input_format(path), [&](Statement&& s) {
        if (s.predicate.value == type && s.object.value == context) {
            documents.insert(s.subject.value);
        } else if (s.predicate.value == record_property) {
            literals.emplace_back(std::move(s.subject.value), std::move(s.object.value));
        }
    });
    // Decoded in threads, each into its slot; then taken in the file's order.
    struct Decoded {
        std::variant<DocumentRecord, std::string> record = std::string();
        std::uint64_t hash = 0;
        std::size_t size = 0;
    };
    std::vector<Decoded> decoded(literals.size());
    for_each_index(literals.size(), jobs, [&](std::size_t k) {
        auto bytes = base64_decode(literals[k].second);
        std::string().swap(literals[k].second);
        if (!bytes) {
            decoded[k].record = std::string("its analysis record is no Base64");
            return;
        }
        Fnv1a64 hash;
        hash.add(*bytes);
        decoded[k] = {deserialize_record(*bytes, fingerprint, lexicon), hash.value(),
                      bytes->size()};
        if (auto* why = std::get_if<std::string>(&decoded[k].record))
            *why += "; extract its documents again with --records";
    });
    for (std::size_t k = 0; k < literals.size(); ++k) {
        const std::string where = path + ": <" + literals[k].first + ">";
        if (auto* why = std::get_if<std::string>(&decoded[k].record))
            throw Error(where, *why);
        with_records.insert(literals[k].first);
        DocumentRecord& record = std::get<DocumentRecord>(decoded[k].record);
        record.document.source = where;
        const std::string id = record.document.id;
        auto [it, inserted] = out.by_id.try_emplace(id);
        if (inserted) {
            it->second = {std::move(record), path, decoded[k].hash, decoded[k].size};
        } else if (it->second.hash == decoded[k].hash && it->second.size == decoded[k].size) {
            ++out.repeats;
        } else {
            out.problems.emplace_back(where, "a different record of document \"" + id +
                                                 "\" was read from " + it->second.file +
                                                 "; this one is skipped");
        }
    }
    std::size_t missing = 0;
    std::string first_missing;
    for (const auto& d : documents)
        if (!with_records.count(d) && missing++ == 0)
            first_missing = d;
    if (missing > 0)
        throw Error(path, std::to_string(missing) + " document(s) without an analysis record, <" +
                              first_missing +
                              "> the first: it was not written by 'geokg extract --records'");
}

} // namespace

ExitStatus run_merge(const Options& o) {
    LexiconIndex index;
    std::string fingerprint;
    try {
        const std::string dir = ontology_dir(o);
        index = build_lexicon_index(load_lexicon_cached(dir, lexicon_cache_dir(), &fingerprint));
    } catch (const Error& e) {
        report(e);
        return ExitStatus::Failure;
    }
    std::optional<OutputFile> file;
    Gathered gathered;
    try {
        open_output(o, file);
        for (const auto& path : o.inputs)
            gather(path, fingerprint, index.lexicon, o.jobs, gathered);
    } catch (const Error& e) {
        report(e);
        std::cerr << "geokg: nothing written\n";
        return ExitStatus::Failure;
    }
    for (const auto& e : gathered.problems)
        report(e);
    if (gathered.repeats > 0)
        std::cerr << "geokg: " << gathered.repeats
                  << " document(s) read more than once, with the same record: kept once\n";
    std::vector<DocumentRecord> records;
    records.reserve(gathered.by_id.size());
    for (auto& [id, kept] : gathered.by_id) // in order of id, as extract orders them
        records.push_back(std::move(kept.record));
    gathered.by_id.clear();
    Progress progress(!o.quiet && Progress::stderr_is_terminal(), o.verbose, records.size(), 0);
    ExtractSettings settings;
    settings.jobs = o.jobs;
    settings.records_of = fingerprint;
    settings.on_stage = [&](const std::string& what) { progress.stage(what); };
    try {
        const Extraction& x =
            keep_until_exit(resolve_and_emit(std::move(records), index, o.base, settings));
        write_output(o, x, progress, file);
    } catch (const Error& e) {
        progress.finish();
        report(e);
        return ExitStatus::Failure;
    }
    return gathered.problems.empty() ? ExitStatus::Ok : ExitStatus::Problems;
}

} // namespace geokg
