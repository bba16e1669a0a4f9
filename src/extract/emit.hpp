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

// An event's label, as the graph gives it: "Visit of Ana Dorr to Ghana, 2024-03-05",
// "Planned meeting of ...", with the entities' labels; without its status and date when
// asked ("Visit of Ana Dorr to Ghana"), for views that show them apart.
std::string event_label(const Event& event, const KnowledgeBase& knowledge,
                        bool with_status_and_date = true);

// The document's IRI: {base}doc/{document_name(id)}.
std::string document_iri(const Document& document, const std::string& base);

// A document's name in its IRI: short and stable. An id of ASCII letters, digits and
// "-_.~" (64 at most, a letter or digit first) as it is ("brief-2024-03-04", "seed-000");
// any other (a URL, a path, spaces) is its last path segment as a slug of 40 characters at
// most, then "-" and 12 hex digits of a 64-bit FNV-1a hash of the whole id
// ("trump-effect-a-running-list-of-new-u-s-3fa9c1b25e7d"). Its source stays in
// dcterms:source.
std::string document_name(const std::string& id);

// The NIF IRI of a sentence: the document IRI with "#char=BEGIN,END" in code points.
std::string sentence_iri(const DocumentRecord& record, const TextSpan& sentence,
                         const std::string& base);

// The graph of an extraction. Throws Error when the ontology does not declare a term it
// would write. `records`, when not empty, holds each document's analysis record as its
// xsd:base64Binary form (extract/record_form, text/base64), written as gk:analysisRecord.
Graph build_graph(const std::vector<DocumentRecord>& documents, const KnowledgeBase& kb,
                  const std::vector<Event>& events, const std::vector<DirectTriple>& direct,
                  const Lexicon& lexicon, const std::string& base,
                  std::vector<std::string> records = {});

std::vector<Prefix> output_prefixes(const std::string& base);

} // namespace geokg
