#pragma once
// Emission: entities, events, direct triples and their provenance as RDF statements,
// following the ontology contract (../shared/spec/ONTOLOGY.md).
#include "extract/events.hpp"
#include "extract/resolve.hpp"
#include "rdf/graph.hpp"
#include "rdf/writer.hpp"

#include <string>
#include <vector>

namespace geokg {

// The document's IRI: {base}doc/{id, percent-encoded}.
std::string document_iri(const Document& document, const std::string& base);

// The NIF IRI of a sentence: the document IRI with "#char=BEGIN,END" in code points.
std::string sentence_iri(const DocumentRecord& record, const TextSpan& sentence,
                         const std::string& base);

// The graph of an extraction. Throws Error when the ontology does not declare a term it
// would write. With `records_of` (the fingerprint of the ontology the lexicon was read
// from), each document also gets its analysis record (gk:analysisRecord, record_form).
Graph build_graph(const std::vector<DocumentRecord>& documents, const KnowledgeBase& kb,
                  const std::vector<Event>& events, const std::vector<DirectTriple>& direct,
                  const Lexicon& lexicon, const std::string& base,
                  std::string_view records_of = {});

std::vector<Prefix> output_prefixes(const std::string& base);

} // namespace geokg
