#pragma once
// Relations read from one sentence: the relation grammar run over the sentence with its
// mentions and trigger words abstracted to slots. Spans are relative to the sentence.
#include "extract/abstraction.hpp"
#include "extract/meeting_mode.hpp"
#include "extract/mentions.hpp"
#include "extract/time_expressions.hpp"
#include "lexicon/lexicon_index.hpp"
#include "text/token.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace geokg {

enum class Modality { Reported, Planned, Negated };

const char* modality_name(Modality modality);

struct RelationMention {
    int relation = -1;                 // index into Lexicon::relations: the trigger's property
    EventKind kind = EventKind::Visit; // its event class
    std::string rule;                  // the grammar rule and trigger that produced it
    std::vector<int> agents;           // mention indices
    std::vector<int> targets;          // counterparts: people, organizations, countries
    std::vector<int> places;           // places; several slots of one argument are one place
    int agreement = -1;                // mention index of the agreement, for signings
    std::vector<int> hosts;            // visits by guests: the hosts, whose country was visited
    // "lodged a protest with the Kestrian ambassador, X": targets who receive an accusation
    // for their state (a counterpart after "with"); the state is accused.
    std::vector<int> representatives;
    Modality modality = Modality::Reported;
    bool place_from_context = false; // "where he laid a wreath": the last site named before
    bool symmetric = false;          // "A and B held talks": the agents met each other
    // "met with 16 business leaders", "hosted a roundtable with civil rights leaders": the
    // text names no counterpart, but there were some (a participant list may name them).
    bool unnamed_counterparts = false;
    bool tour_owner = false;  // itinerary: the agent is whoever the tour belongs to
    bool progressive = false; // "is meeting": under way, or to come on the day it names
    int time = -1;            // index into the sentence's time expressions, or -1
    std::size_t anchor = 0;   // byte offset of the trigger in the sentence
    // A meeting's mode, from its trigger and the manner adverbial of its clause
    // (attach_meeting_modes); Unknown when the text does not say.
    MeetingMode mode = MeetingMode::Unknown;
    friend bool operator==(const RelationMention&, const RelationMention&) = default;
};

// "Suto, who serves as the Minister of Defence": roles the named person holds.
struct PositionClaim {
    int person = -1;
    std::vector<int> roles;
    friend bool operator==(const PositionClaim&, const PositionClaim&) = default;
};

// "X was accompanied by Y and Z": the people who travelled with X.
struct Companions {
    int leader = -1; // mention indices
    std::vector<int> companions;
    friend bool operator==(const Companions&, const Companions&) = default;
};

struct LocatedIn {
    int inner = -1; // mention indices
    int outer = -1;
    friend bool operator==(const LocatedIn&, const LocatedIn&) = default;
};

struct SentenceAnalysis {
    std::vector<Token> tokens;
    std::vector<Mention> mentions;
    std::vector<TimeExpression> times;
    std::vector<RelationMention> relations;
    std::vector<PositionClaim> positions;
    std::vector<LocatedIn> located;
    std::vector<Companions> companions;
    std::string abstracted;            // the text the grammar saw, for `geokg explain`
    std::vector<RemovedWords> removed; // the words it did not see, and why
    // Relations read and then dropped, each with why: "the call implies no visit".
    std::vector<std::pair<RelationMention, std::string>> dropped;
    friend bool operator==(const SentenceAnalysis&, const SentenceAnalysis&) = default;
};

SentenceAnalysis analyze_sentence(std::string_view sentence, const LexiconIndex& index);

} // namespace geokg
