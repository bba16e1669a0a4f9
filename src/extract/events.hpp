#pragma once
// Assembly: relation mentions to events, with dates fixed from the document's date, merged
// across sentences and documents; and the direct triples that reported events support.
#include "extract/resolve.hpp"
#include "extract/time_expressions.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace geokg {

// Contested: a report that better-supported reports of the same event contradict.
enum class EventStatus { Reported, Planned, Negated, Contested };

const char* event_status_name(EventStatus status);

struct Event;

// The event's date as precisely as the text fixes it, in ISO 8601: "2024-03-05" (xsd:date),
// "2022-08" (xsd:gYearMonth), "2022" (xsd:gYear), or empty when undated.
std::string date_text(const Event& event);

struct SourceRef {
    std::size_t document = 0; // index into the document records
    TextSpan sentence;        // bytes in that document's text
    friend auto operator<=>(const SourceRef&, const SourceRef&) = default;
};

struct Event {
    std::string key; // "event/visit-mark-esper-TUN-2020-09-30"
    EventKind kind = EventKind::Visit;
    std::string agent;                     // entity key
    std::vector<std::string> counterparts; // entity keys, sorted
    // A joint meeting ("A, B and C held talks"): every participant met every other, each is
    // agent and counterpart alike. Otherwise the agent met each counterpart, and the
    // counterparts did not meet each other ("A met B and C").
    bool joint = false;
    // In a joint signing of people ("the two ministers signed"), each one's state as his
    // document gives it: a party signed with the others' states, not with his own.
    std::map<std::string, std::string> own_states;
    // States a source names as signing parties themselves ("Kestria and Norland signed"):
    // they signed with each other, though their officials signed too.
    std::set<std::string> signing_states;
    std::vector<std::string> places;       // entity keys, sorted
    std::string agreement;                 // entity key of the agreement signed, or empty
    std::set<std::string> agreement_names; // as the sources name it
    std::optional<CivilDate> date;
    int year = 0;  // when the day is not known
    int month = 0; // 1..12 with the year, when the text names the month ("in August 2022")
    MeetingMode mode = MeetingMode::Unknown; // a meeting's, where a source says it
    EventStatus status = EventStatus::Reported;
    std::set<SourceRef> sources;
    std::set<std::string> rules;
    std::string contradicts; // key of the better-supported event, when Contested
};

struct DirectTriple {
    std::string subject;  // entity keys
    std::string property; // the direct property's IRI
    std::string object;
    friend auto operator<=>(const DirectTriple&, const DirectTriple&) = default;
};

// What assembly makes: the events, sorted by key, and the entities it adds to resolution's:
// the agreements signed, the countries implied visits reach.
// A relation a sentence gave that made no event, or a visit an event did not imply, and why.
struct DroppedReading {
    SourceRef source;
    std::string rule; // the relation's rule, or the implied visit's description
    std::string reason;
    friend auto operator<=>(const DroppedReading&, const DroppedReading&) = default;
};

struct Assembly {
    std::vector<Event> events;
    KnowledgeBase entities;
    std::vector<DroppedReading> dropped; // for `geokg explain`
};

Assembly assemble_events(const std::vector<DocumentRecord>& documents, const Resolved& resolved,
                         const LexiconIndex& index);

// The direct triples of the reported events, sorted and unique: for each relation property
// of the event's kind, its subject roles' participants to its object roles' participants,
// within the property's domain and range (all from the ontology), and back for an
// owl:SymmetricProperty.
std::vector<DirectTriple> direct_triples(const std::vector<Event>& events,
                                         const KnowledgeBase& knowledge, const Lexicon& lexicon);

} // namespace geokg
