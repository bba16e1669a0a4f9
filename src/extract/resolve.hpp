#pragma once
// Resolution: mentions to entities, within a document and across documents. People are
// found from the text (a title and a capitalized name), never from a list; spellings of one
// name are merged by a general rule (spacing, a one-letter difference in a surname).
#include "extract/records.hpp"
#include "extract/relations.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace geokg {

// An entity of the graph: a gazetteer entry that the text names, a person, position or
// place found in the text, or an agreement signed.
struct Entity {
    std::string key; // relative to the base IRI: "person/mark-esper", "country/TUN"
    EntityClass entity_class = EntityClass::Person;
    std::string class_iri;            // for gazetteer entries: the type as declared
    std::string label;                // the canonical name
    std::set<std::string> alt_labels; // every other surface form seen
    std::string country;              // ISO alpha-3: of a position, or a place's country
    std::string organization;         // of a position held in an organization: its key
    std::string target;               // of an envoy's position: the state he is sent to
    std::string located_in;           // key
    std::set<std::string> positions;  // persons: position keys held
};

struct KnowledgeBase {
    std::map<std::string, Entity> entities;

    const Entity* find(const std::string& key) const {
        auto it = entities.find(key);
        return it == entities.end() ? nullptr : &it->second;
    }
    bool is(const std::string& key, EntityClass entity_class) const {
        const Entity* e = find(key);
        return e && e->entity_class == entity_class;
    }
};

// How one mention was resolved.
struct Resolution {
    Resolution() = default;
    Resolution(std::string entity_key, std::string how_resolved)
        : entity(std::move(entity_key)), how(std::move(how_resolved)) {}

    std::string entity; // key, or empty when unresolved
    std::string how;    // "gazetteer", "name", "surname", "misspelling", "role", "pronoun", ...
    std::vector<std::string> members; // a group ("the two ministers"): the entities it is
};

// What resolution makes: the entities, how each mention was resolved, and the person each
// document is most about.
struct Resolved {
    KnowledgeBase knowledge;
    // [document][sentence][mention], parallel to the records.
    std::vector<std::vector<std::vector<Resolution>>> mentions;
    // Per document: each person's states as that document gives them (the countries of the
    // offices it names him with), ISO alpha-3. What a document says of a person's state does
    // not change with the rest of the batch.
    std::vector<std::map<std::string, std::set<std::string>>> states;
    // [document][mention] of each document's title (DocumentRecord::title).
    std::vector<std::vector<Resolution>> title_mentions;
    // Per document: the person most often named as an agent (then most often named at all),
    // or empty. Unqualified roles ("the defence minister") and tour legs stand for them.
    std::vector<std::string> main_people;

    const std::vector<Resolution>& of(std::size_t document, std::size_t sentence) const {
        return mentions[document][sentence];
    }
};

Resolved resolve_entities(const std::vector<DocumentRecord>& documents, const LexiconIndex& index,
                          unsigned jobs = 1);

// The entity a gazetteer entry is, before the text adds spellings to it.
Entity entity_of(const GazetteerEntry& entry);

// Levenshtein distance over code points, for misspelt names.
std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace geokg
