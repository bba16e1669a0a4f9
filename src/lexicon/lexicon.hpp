#pragma once
// The ontology as data: gazetteer entries, office titles and relation trigger words,
// read from ontology/*.ttl with Sord at start-up (src/lexicon.cpp is the only reader).
#include <stdexcept>
#include <string>
#include <vector>

namespace geokg {

// The default base of minted resources; gazetteer IRIs under it are stored relative to it.
inline constexpr const char* default_base_iri = "https://w3id.org/geokg/id/";
inline constexpr const char* ontology_namespace = "https://w3id.org/geokg/ontology#";

enum class EntityClass {
    Person,
    Country,
    City,
    Region,
    Site,
    Organization,
    Position,
    Agreement,
};

// A named thing of the gazetteer (countries, cities, regions, sites, organizations, and
// positions that have an alias of their own such as "Pentagon chief").
struct GazetteerEntry {
    std::string key; // IRI relative to default_base_iri: "country/TUN", "city/tunis"
    EntityClass entity_class = EntityClass::Country;
    std::string class_iri; // the rdf:type as written, e.g. "...ontology#GovernmentBody"
    std::string label;     // rdfs:label
    std::vector<std::string> alt_labels; // skos:altLabel
    std::vector<std::string> demonyms;   // gk:demonym ("Tunisian"), countries only
    std::string country;                 // ISO alpha-3 code this entry belongs to (gk:locatedIn,
                         // gk:positionIn, gk:country), or empty; a country's own code
    std::string located_in; // key of the gk:locatedIn resource, or empty
    std::string title;      // positions: key of the gk:title ("title/secretary-of-defense")
};

// An office title, independent of the country: "President", "Minister of Defense".
struct Title {
    std::string key;                     // "title/minister-of-defense"
    std::string label;                   // "Minister of Defense"
    std::vector<std::string> alt_labels; // "Defence Minister", "Minister of Defence", ...
};

enum class TriggerForm {
    Past,       // "visited", "arrived in", "held talks with"
    Base,       // "visit", "arrive in", "hold talks with" (after a modal)
    Participle, // "accusing", "visiting"
    Passive,    // "was received by": the object is the agent's counterpart as agent
    Noun,       // "visit", "talks", "speech" (in "paid a visit to", "held talks with")
    Host,       // "hosted", "was received by": the guest visited the host's country
};

// A word or phrase that signals a relation: an annotation on the ontology property.
struct Trigger {
    std::string phrase;   // lower case, single spaces: "arrived in"
    std::string property; // local name of the gk: property: "visited"
    TriggerForm form = TriggerForm::Past;
};

struct Lexicon {
    std::vector<GazetteerEntry> entries; // sorted by key
    std::vector<Title> titles;           // sorted by key
    std::vector<std::string>
        honorifics;                // "Lieutenant General", "Dr.", "Mr." (skipped before names)
    std::vector<Trigger> triggers; // sorted by (property, phrase)
    // Head words that make an unknown capitalized phrase a site or an organization:
    // "Cemetery", "Monument" (gk:Site); "Ministry", "Corporation" (gk:Organization).
    std::vector<std::string> site_heads;
    std::vector<std::string> organization_heads;
    // Every class and property IRI the ontology declares (for emitting only declared terms).
    std::vector<std::string> declared_terms; // sorted
};

struct LexiconError : std::runtime_error {
    using std::runtime_error::runtime_error; // "FILE:LINE:COL: what" or "FILE: what"
};

// The *.ttl files of an ontology directory, sorted by path. Throws LexiconError.
std::vector<std::string> ontology_files(const std::string& dir);

// Reads every *.ttl file of `ontology_dir` (sorted by name) with Sord. Throws LexiconError.
Lexicon load_lexicon(const std::string& ontology_dir);

} // namespace geokg
