#pragma once
// A document's analysis record as bytes, and back: what `extract --records` writes into the
// graph (gk:analysisRecord) and `geokg merge` reads, so that shards analysed apart are
// resolved and assembled as one run over all their documents would be. The record holds
// what resolution reads (the document, its sentences' mentions, times and relations), not
// what only `geokg explain` shows, nor where its input lay (Document::source); its mentions point
// into the lexicon by index, so it carries the fingerprint of the ontology it was made with.
#include "extract/records.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace geokg {

std::string serialize_record(const DocumentRecord& record, std::string_view ontology_fingerprint);

// The record, or why the bytes are none that this geokg can use: not a record, another
// version of the layout, made with another ontology, or with an index out of its sentence or
// out of `lexicon` (the lexicon of the ontology whose fingerprint is given).
std::variant<DocumentRecord, std::string> deserialize_record(std::string_view bytes,
                                                             std::string_view ontology_fingerprint,
                                                             const Lexicon& lexicon);

} // namespace geokg
