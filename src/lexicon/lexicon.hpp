#pragma once
// The ontology as data: gazetteer entries, office titles, the relation properties with their
// event classes, domains, ranges and argument roles, trigger words and word classes, read
// from ontology/*.ttl with Sord at start-up (src/lexicon/lexicon.cpp is the only reader).
#include "lexicon/word_classes.hpp"
#include "text/error.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

// The default base of minted resources; gazetteer IRIs under it are stored relative to it.
inline constexpr const char* default_base_iri = "https://w3id.org/geokg/id/";

// The classes of entities the extraction makes; an ontology subclass (gk:GovernmentBody)
// counts as the class it is below.
enum class EntityClass : std::uint8_t {
    Person,
    Country,
    City,
    Region,
    Site,
    Organization,
    Position,
    Agreement,
};
inline constexpr std::size_t entity_class_count = 8;

// The local name of the class in the ontology: "Person", "Country", ...
std::string_view entity_class_name(EntityClass entity_class);

// The key of a country's gazetteer entry (relative to the base IRI) from its ISO alpha-3 code:
// the one place that knows countries live at country/CODE.
inline std::string country_key(std::string_view alpha3) {
    return "country/" + std::string(alpha3);
}

// A property's domain or range as the entity classes it admits.
class EntityClassSet {
public:
    void add(EntityClass c) { bits_ |= bit(c); }
    bool contains(EntityClass c) const { return (bits_ & bit(c)) != 0; }
    bool empty() const { return bits_ == 0; }
    // As bits, one per EntityClass, for the lexicon's compiled form.
    std::uint16_t bits() const { return bits_; }
    static EntityClassSet from_bits(std::uint16_t bits) {
        EntityClassSet s;
        s.bits_ = bits;
        return s;
    }
    bool operator==(const EntityClassSet&) const = default;

private:
    static std::uint16_t bit(EntityClass c) {
        return static_cast<std::uint16_t>(1u << static_cast<unsigned>(c));
    }
    std::uint16_t bits_ = 0;
};

// The kinds of event the extraction knows how to assemble; each is an event class of the
// ontology (gk:Visit, ...) that a relation property names with gk:eventClass.
enum class EventKind : std::uint8_t { Visit, Meeting, Signing, Accusation, WreathLaying, Speech };
inline constexpr std::size_t event_kind_count = 6;

// The local name of the kind's class in the ontology: "Visit", "WreathLaying".
std::string_view event_kind_name(EventKind kind);

// The parts an event's participants play: gk:agent, gk:counterpart, gk:place, gk:agreement.
enum class EventRole : std::uint8_t { Agent, Counterpart, Place, Agreement };

// A direct ("truthy") property with the annotations that say how it is read and asserted.
struct Relation {
    std::string iri;  // "https://w3id.org/geokg/ontology#visited"
    std::string name; // its local name: "visited"
    EventKind kind = EventKind::Visit;
    EntityClassSet domain; // rdfs:domain, through owl:unionOf and rdfs:subClassOf
    EntityClassSet range;
    // For a reported event of the kind: its participants in these roles are subjects, in
    // those objects (gk:subjectRole, gk:objectRole); none when the property is not asserted.
    std::vector<EventRole> subject_roles;
    std::vector<EventRole> object_roles;
    // How a trigger's arguments are read: the role of a direct object, and the prepositions
    // that introduce a place or a counterpart.
    std::optional<EventRole> direct_object;
    std::vector<std::string> place_prepositions;
    std::vector<std::string> counterpart_prepositions;
    bool symmetric = false;          // owl:SymmetricProperty
    bool joint_subjects = false;     // "A and B signed": the subjects acted with each other
    bool place_from_context = false; // "where he laid a wreath": the last site named before
    bool operator==(const Relation&) const = default;
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
    std::string capital;    // countries: key of the gk:capital city ("city/vientiane")
    bool operator==(const GazetteerEntry&) const = default;
};

enum class TitleKind : std::uint8_t {
    Specific, // gk:Title: "President", "Minister of Defense"
    Generic,  // gk:GenericTitle: no position without its country ("Minister")
    Envoy,    // gk:EnvoyTitle: names the country its holder is sent to ("Ambassador to")
};

// An office title, independent of the country: "President", "Minister of Defense".
struct Title {
    std::string key;                     // "title/minister-of-defense"
    std::string label;                   // "Minister of Defense"
    std::vector<std::string> alt_labels; // "Defence Minister", "Minister of Defence", ...
    TitleKind kind = TitleKind::Specific;
    // gk:MonarchTitle: a monarch's or heir's ("King", "Crown Prince"), which no republic has,
    // so never the publishing state's by inference.
    bool monarch = false;
    bool operator==(const Title&) const = default;
};

enum class TriggerForm : std::uint8_t {
    Past,       // "visited", "arrived in", "held talks with"
    Base,       // "visit", "arrive in", "hold talks with" (after a modal)
    Participle, // "accusing", "visiting"
    Passive,    // "was received by": the object is the agent's counterpart as agent
    Noun,       // "visit", "talks", "speech" (in "paid a visit to", "held talks with")
    Host,       // "hosted", "was received by": the guest visited the host's country
};

// A word or phrase that signals a relation: an annotation on the ontology property.
struct Trigger {
    std::string phrase; // lower case, single spaces: "arrived in"
    int relation = -1;  // index into Lexicon::relations
    TriggerForm form = TriggerForm::Past;
    bool present = false; // derived third-person present ("visits"), read as the past
    bool operator==(const Trigger&) const = default;
};

// A given name with the short or familiar forms people are called by (ontology/names.ttl,
// gk:GivenName and gk:hypocorism): "William" with "Bill", "Will".
struct GivenName {
    std::string name;                     // as written: "William"
    std::vector<std::string> hypocorisms; // as written, sorted: "Bill", "Billy", "Will"
    bool operator==(const GivenName&) const = default;
};

struct Lexicon {
    std::vector<GazetteerEntry> entries; // sorted by key
    std::vector<Title> titles;           // sorted by key
    std::vector<std::string>
        honorifics;                  // "Lieutenant General", "Dr.", "Mr." (skipped before names)
    std::vector<Relation> relations; // sorted by IRI
    // The IRI of each kind's event class, as the ontology declares it.
    std::array<std::string, event_kind_count> event_classes;
    std::vector<Trigger> triggers; // sorted by (relation, phrase, form)
    // Head words that make a phrase an instance of a class: "Cemetery", "Monument"
    // (gk:Site); "Ministry", "Corporation" (gk:Organization); "deal", "treaty" (gk:Agreement).
    std::vector<std::string> site_heads;
    std::vector<std::string> organization_heads;
    std::vector<std::string> agreement_heads;
    std::vector<WordClassWords> word_classes; // one per WordClass, in its order
    // Every class and property IRI the ontology declares (for emitting only declared terms).
    std::vector<std::string> declared_terms; // sorted

    // Names (ontology/names.ttl): given names with their hypocorisms, sorted by name; the
    // suffixes that end a name without being a word of it ("Jr.", "Jr"), sorted.
    std::vector<GivenName> given_names;
    std::vector<std::string> name_suffixes;

    const Relation& relation(int index) const { return relations[static_cast<std::size_t>(index)]; }
    bool operator==(const Lexicon&) const = default;
    bool declares(std::string_view iri) const;
};

// The *.ttl files of an ontology directory, sorted by path. Throws Error when the directory
// cannot be read or holds none.
std::vector<std::string> ontology_files(const std::string& dir);

// Reads every *.ttl file of `ontology_dir` (sorted by name) with Sord. Throws Error when a
// file cannot be read, or when the ontology lacks what extraction needs (a relation
// property with its event class, a word class of ontology/lexicon.ttl).
Lexicon load_lexicon(const std::string& ontology_dir);

} // namespace geokg
