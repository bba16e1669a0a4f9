#pragma once
// The whole extraction, stage after stage: documents in, RDF statements out.
#include "extract/emit.hpp"
#include "extract/events.hpp"
#include "extract/records.hpp"
#include "extract/resolve.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon_index.hpp"

#include <functional>
#include <string>
#include <vector>

namespace geokg {

struct ExtractionStats {
    std::size_t documents = 0;
    std::size_t sentences = 0;
    std::size_t sentences_with_relations = 0;
};

struct Extraction {
    std::vector<DocumentRecord> documents; // sorted by id
    Resolved resolved;                     // how each mention was resolved
    KnowledgeBase knowledge;               // every entity: resolved, and agreements signed
    std::vector<Event> events;
    std::vector<DroppedReading> dropped; // relations that made no event, and why
    std::vector<DirectTriple> direct;
    Graph graph;
    ExtractionStats stats;
};

struct ExtractSettings {
    unsigned jobs = 1;    // threads that analyse documents; the result is the same for any
    bool explain = false; // keep what only `geokg explain` shows: the text each sentence's
                          // grammar saw, the words it left out, the readings it dropped
    // Told of each document analysed (its text's size in bytes), from any thread, and of
    // each stage after analysis begins: for a progress line.
    std::function<void(std::size_t)> on_document;
    std::function<void(const std::string&)> on_stage;
    // When not empty, the fingerprint of the ontology the lexicon was read from: each
    // document's analysis record is written into the graph too (`extract --records`).
    std::string records_of;
};

// Documents are processed in order of their ids, so that the output does not depend on
// the order of the input.
Extraction extract(std::vector<Document> documents, const LexiconIndex& index,
                   const std::string& base, const ExtractSettings& settings = {});

// The stages after analysis, over records sorted by document id (each id once): what
// `extract` does with the records it made, and `geokg merge` with the records it read.
Extraction resolve_and_emit(std::vector<DocumentRecord> records, const LexiconIndex& index,
                            const std::string& base, const ExtractSettings& settings = {});

// Clean, split and analyse one document (no resolution).
DocumentRecord analyze_document(Document document, const LexiconIndex& index, bool explain = false);

} // namespace geokg
