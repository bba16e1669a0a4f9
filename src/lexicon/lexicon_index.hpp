#pragma once
// Fast look-up tables over the lexicon: longest match of token sequences.
#include "lexicon/lexicon.hpp"
#include "text/token.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace geokg {

struct PhraseMatch {
    std::size_t length = 0; // in tokens
    int value = -1;
};

// A sentence's tokens as the phrase tables compare them, computed once per sentence.
struct TokenKeys {
    std::vector<std::string> exact;  // typographic punctuation folded
    std::vector<std::string> folded; // and lower case
};

TokenKeys token_keys(const std::vector<Token>& tokens);

// Token sequences mapped to a value; the longest sequence starting at a token wins.
class PhraseTable {
public:
    void add(std::string_view phrase, int value, bool fold_case);
    std::optional<PhraseMatch> longest(const std::vector<Token>& tokens, std::size_t start) const;
    std::optional<PhraseMatch> longest(const TokenKeys& keys, std::size_t start) const;
    // The first words of the phrases, case-folded.
    void collect_first_words(std::unordered_set<std::string>& into) const;

private:
    std::unordered_map<std::string, int> map_;
    std::unordered_set<std::string> prefixes_; // every phrase's first 1..n words
    std::size_t max_length_ = 0;
    bool fold_case_ = false;
};

// The lexicon and the tables built from it, once, at start-up. It owns the lexicon it
// indexes; the extraction reads it and never changes it.
struct LexiconIndex {
    Lexicon lexicon;
    PhraseTable places;                 // labels of gazetteer entries that are not positions
    PhraseTable demonyms;               // "Tunisian" -> the country's entry
    PhraseTable titles;                 // case-insensitive -> index into lexicon.titles
    PhraseTable position_aliases;       // case-insensitive "Pentagon chief" -> position entry
    PhraseTable honorifics;             // -> index into lexicon.honorifics
    PhraseTable triggers;               // case-insensitive -> index into `triggers_list`
    std::vector<Trigger> triggers_list; // the lexicon's, plus derived third-person forms
    // Every form (index into triggers_list) each trigger phrase has: "visit" is a base form
    // and a noun; the sentence around it chooses.
    std::map<std::string, std::vector<int>, std::less<>> trigger_forms;
    std::set<std::string, std::less<>> host_phrases; // gk:triggerHost phrases
    std::unordered_set<std::string> trigger_words;   // every word of every trigger
    std::unordered_set<std::string> first_words;     // every table's phrases' first words, folded
    WordClassIndex words;
    // For each event kind, the relation its triggers belong to (index into
    // lexicon.relations, -1 when none): what "is expected in" or an itinerary reports.
    std::array<int, event_kind_count> trigger_relation{};
    std::set<std::string> site_heads;           // head words, folded
    std::set<std::string> organization_heads;   // folded
    std::set<std::string> agreement_heads;      // folded
    std::map<std::string, int> country_by_code; // "TUN" -> entry
    std::map<std::string, int> entry_by_key;    // "country/TUN" -> entry
    std::map<std::string, int> title_by_key;    // "title/president" -> title

    const GazetteerEntry& entry(int e) const {
        return lexicon.entries[static_cast<std::size_t>(e)];
    }
    const Title& title(int t) const { return lexicon.titles[static_cast<std::size_t>(t)]; }
    const Trigger& trigger(int t) const { return triggers_list[static_cast<std::size_t>(t)]; }
};

LexiconIndex build_lexicon_index(Lexicon lexicon);

} // namespace geokg
