#pragma once
// The sentence as the relation grammar reads it: each mention a slot "[P3]", each trigger
// word a slot of its form "[V0]", time expressions and asides removed, other words folded to
// lower case, one space apart; beside the text, a token per word or slot.
#include "extract/mentions.hpp"
#include "extract/time_expressions.hpp"
#include "lexicon/lexicon_index.hpp"
#include "text/text_span.hpp"
#include "text/token.hpp"

#include <cstdint>

#include <string>
#include <vector>

namespace geokg {

struct TriggerSlot {
    int trigger = -1;   // index into LexiconIndex::triggers_list
    std::size_t at = 0; // byte offset in the sentence
};

// A word or slot of the abstracted sentence.
struct AbstractToken {
    std::size_t start = 0; // in Abstracted::text
    std::size_t byte = 0;  // its byte offset in the sentence
    char kind = 0;         // the slot's kind letter, 0 for a plain word
    int index = -1;        // the slot's mention or trigger index
};

// Why words were left out of the clause the grammar reads.
enum class Removal : std::uint8_t {
    Time,      // a time expression with the preposition that introduced it: "on Monday"
    Manner,    // how people met (words:meeting-manner): "by phone", "virtually"
    Aside,     // in brackets
    Direction, // between a verb and "to" (words:direction-particle): "travelled ahead to"
};

const char* removal_name(Removal why);

// Consecutive words left out for one reason.
struct RemovedWords {
    TextSpan span; // bytes in the sentence
    Removal why = Removal::Time;
    friend bool operator==(const RemovedWords&, const RemovedWords&) = default;
};

struct Abstracted {
    bool headline = false; // most words capitalized: a present tense reports
    std::string text;
    std::vector<AbstractToken> tokens;
    std::vector<TriggerSlot> triggers;
    std::vector<RemovedWords> removed; // in the order of the sentence
};

// Slot kinds of triggers (V past, B base, I participle, S passive, N noun).
inline bool is_verb_kind(char kind) {
    return kind == 'V' || kind == 'B' || kind == 'I' || kind == 'S' || kind == 'N';
}

Abstracted abstract_sentence(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                             const std::vector<TimeExpression>& times, const LexiconIndex& index);

} // namespace geokg
