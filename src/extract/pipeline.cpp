#include "extract/pipeline.hpp"

#include "text/clean.hpp"
#include "text/sentence_split.hpp"

#include "extract/parallel.hpp"
#include "extract/record_form.hpp"
#include "text/base64.hpp"

#include <algorithm>

namespace geokg {

namespace {

// Later stages need mentions and relations, not tokens: the analyses of every document are
// held until resolution, so what they do not read is freed, and the rest takes no more
// room than it needs.
// (Assigning {} would keep a vector's capacity: swapping with an empty one frees it.)
template <typename T> void release(T& container) {
    T().swap(container);
}

void keep_for_resolution(SentenceAnalysis& a, bool explain) {
    release(a.tokens);
    if (!explain) {
        release(a.abstracted);
        release(a.removed);
        release(a.dropped);
    }
    a.mentions.shrink_to_fit();
}

} // namespace

DocumentRecord analyze_document(Document document, const LexiconIndex& index, bool explain) {
    DocumentRecord record;
    record.document = std::move(document);
    record.date = parse_iso_date(record.document.date);
    std::string_view text = record.document.text;
    auto kept = clean_text(text);
    const auto spans = split_sentences(text, kept);
    record.sentences.reserve(spans.size());
    for (const auto& span : spans) {
        SentenceRecord s;
        s.span = span;
        s.analysis = analyze_sentence(text.substr(span.begin, span.size()), index);
        keep_for_resolution(s.analysis, explain);
        record.sentences.push_back(std::move(s));
    }
    if (!record.document.title.empty()) {
        record.title.analysis = analyze_sentence(record.document.title, index);
        release(record.title.analysis.relations);
        keep_for_resolution(record.title.analysis, explain);
    }
    return record;
}

namespace {

// Each document analysed on its own into its own slot: the order of the records is the
// documents', whatever the threads' order.
std::vector<DocumentRecord> analyze_documents(std::vector<Document> documents,
                                              const LexiconIndex& index,
                                              const ExtractSettings& settings) {
    std::vector<DocumentRecord> records(documents.size());
    for_each_index(documents.size(), settings.jobs, [&](std::size_t k) {
        const std::size_t bytes = documents[k].text.size();
        records[k] = analyze_document(std::move(documents[k]), index, settings.explain);
        if (settings.on_document)
            settings.on_document(bytes);
    });
    return records;
}

} // namespace

Extraction extract(std::vector<Document> documents, const LexiconIndex& index,
                   const std::string& base, const ExtractSettings& settings) {
    std::sort(documents.begin(), documents.end(),
              [](const Document& a, const Document& b) { return a.id < b.id; });
    return resolve_and_emit(analyze_documents(std::move(documents), index, settings), index, base,
                            settings);
}

Extraction resolve_and_emit(std::vector<DocumentRecord> records, const LexiconIndex& index,
                            const std::string& base, const ExtractSettings& settings) {
    Extraction out;
    out.documents = std::move(records);
    for (const auto& r : out.documents) {
        out.stats.sentences += r.sentences.size();
        for (const auto& s : r.sentences)
            if (!s.analysis.relations.empty())
                ++out.stats.sentences_with_relations;
    }
    out.stats.documents = out.documents.size();
    auto stage = [&](const std::string& what) {
        if (settings.on_stage)
            settings.on_stage(what);
    };
    stage("resolving names");
    out.resolved = resolve_entities(out.documents, index, settings.jobs);
    stage("assembling events");
    Assembly assembly = assemble_events(out.documents, out.resolved, index);
    out.events = std::move(assembly.events);
    out.dropped = std::move(assembly.dropped);
    out.knowledge = out.resolved.knowledge;
    out.knowledge.entities.merge(assembly.entities.entities);
    out.direct = direct_triples(out.events, out.knowledge, index.lexicon);
    stage("building the graph");
    // Each document's record serialized, deflated and encoded in threads, each into its slot.
    std::vector<std::string> literals;
    if (!settings.records_of.empty()) {
        literals.resize(out.documents.size());
        for_each_index(out.documents.size(), settings.jobs, [&](std::size_t k) {
            literals[k] = base64_encode(serialize_record(out.documents[k], settings.records_of));
        });
    }
    out.graph = build_graph(out.documents, out.knowledge, out.events, out.direct, index.lexicon,
                            base, std::move(literals));
    return out;
}

} // namespace geokg
