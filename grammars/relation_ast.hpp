#pragma once
// The AST of the relation grammar: shallow clauses over a sentence whose mentions and
// trigger words have been replaced by slots such as "[P3]" (see src/relations.cpp).
#include <string>
#include <vector>

namespace geokg::grammar::relation_ast {

// A mention or trigger of the sentence: kind letter and index.
//   P person/role/pronoun, O organization, G country, L city/region/site, D demonym,
//   A agreement; V past trigger, B base form, I participle, S passive, N noun trigger;
//   E "expected in"/"end in" (a visit without a trigger word of its own); U a past verb that
//   is no trigger (its objects are what a later "them" stands for).
struct slot {
    char kind = 0;
    unsigned index = 0;
};

struct argument {
    std::string preposition; // "" for a direct object
    std::vector<slot> slots; // "Morocco's capital Rabat" gives two
};

struct predicate {
    std::vector<std::string> auxiliaries; // "will", "is scheduled to", "the first ... to"
    slot verb;
    std::vector<argument> arguments;
};

struct clause {
    std::vector<slot> subjects;
    std::vector<predicate> predicates;
    std::vector<slot> since; // "... since former Defense Secretary Donald Rumsfeld"
};

// "A's visit is the first by a defense secretary to P since B's"
struct first_since {
    slot agent;
    slot noun;
    slot place;
    slot since;
};

// "President X, who serves as the Minister of Defence and Commander of ..."
struct apposition {
    slot head;
    std::vector<slot> roles;
};

// "After meeting X, Kerr flew to Y", "During his visit to Ghana, Kerr met Z": a predicate
// before the clause whose subject it shares.
struct fronted {
    predicate first;
    clause main;
};

// "Kerr's two-day visit to Ghana": an event named by a noun, with its agent as possessor.
struct np_event {
    std::vector<slot> agents;
    slot noun;
    std::vector<argument> arguments;
};

// "the meeting between A and B", "the signing of the accord by A and B": an event noun
// with the parties that acted together, and what they signed.
struct np_parties {
    slot noun;
    std::vector<slot> objects; // agreements: "of the accord"
    std::vector<slot> parties;
    std::vector<argument> arguments;
};

// "The meeting was held in Hanoi and co-chaired by A and B": an event noun, where it was
// held, and who took part together.
struct held_event {
    slot noun;
    std::vector<argument> arguments;
    std::vector<slot> parties;
};

// "The accord was signed between A and B", "... was signed in Mendoza by A and B".
struct agreement_passive {
    slot agreement;
    predicate pred;
};

// "North Africa American Cemetery in Carthage"; for capital_of: "Morocco's capital Rabat"
struct place_pair {
    slot first;
    slot second;
};

} // namespace geokg::grammar::relation_ast
