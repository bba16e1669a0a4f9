#pragma once
// Resolution: mentions to entities, within a document and across documents. People are
// found from the text (a title and a capitalized name), never from a list; spellings of one
// name are merged by a general rule (spacing, a one-letter difference in a surname).
#include "extract/time_expressions.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"
#include "extract/relations.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace geokg {

struct Entity {
    std::string key; // relative to the base IRI: "person/mark-esper", "country/TUN"
    EntityClass entity_class = EntityClass::Person;
    std::string class_iri;            // for gazetteer entries: the type as declared
    std::string label;                // the canonical name
    std::set<std::string> alt_labels; // every other surface form seen
    std::string country;              // ISO alpha-3: of a position, or a place's country
    std::string located_in;           // key
    std::set<std::string> positions;  // persons: position keys held
};

// How one mention was resolved.
struct Resolution {
    std::string entity; // key, or empty when unresolved
    std::string how;    // "gazetteer", "name", "surname", "misspelling", "role", "pronoun", ...
};

struct SentenceRecord {
    TextSpan span; // bytes in the document text
    SentenceAnalysis analysis;
    std::vector<Resolution> resolved; // one per mention
};

struct DocumentRecord {
    Document document;
    std::optional<CivilDate> date;
    std::vector<SentenceRecord> sentences;
};

struct KnowledgeBase {
    std::map<std::string, Entity> entities;
};

// Fills every SentenceRecord::resolved and returns the entities mentioned.
KnowledgeBase resolve_entities(std::vector<DocumentRecord>& documents, const LexiconIndex& index);

// Levenshtein distance over code points, for misspelt names.
std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace geokg
