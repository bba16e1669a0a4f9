#include "extract/group_mentions.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace geokg {
namespace {

// The number a count word of the lexicon says; "both" is two.
int count_of(const std::string& word) {
    if (word == "both" || word == "two")
        return 2;
    if (word == "three")
        return 3;
    if (word == "four")
        return 4;
    return 0;
}

bool is_plain_word(const Token& t) {
    if (!t.word)
        return false;
    return std::ranges::all_of(t.text, [](char c) {
        return c == '-' || (c & 0x80) != 0 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
}

struct GroupPhrase {
    std::size_t first = 0;
    std::size_t last = 0; // one past
    int size = 0;
    bool states = false;
};

class GroupFinder {
public:
    GroupFinder(const std::vector<Token>& tokens, const LexiconIndex& index)
        : t_(tokens), ix_(index) {}

    std::optional<GroupPhrase> at(std::size_t i) const {
        const bool the = low(i) == "the";
        const std::size_t count_at = the ? i + 1 : i;
        if (!ix_.words.has(WordClass::GroupCount, low(count_at)))
            return std::nullopt;
        const int n = count_of(low(count_at));
        // "two ministers" is any two; "the two ministers" and "both ministers" are known.
        if (n == 0 || (!the && low(count_at) != "both"))
            return std::nullopt;
        for (std::size_t k = count_at + 1; k < t_.size() && k <= count_at + 3; ++k) {
            if (ix_.words.has(WordClass::GroupPersonNoun, low(k)))
                return GroupPhrase{i, k + 1, n, false};
            if (ix_.words.has(WordClass::GroupStateNoun, low(k)))
                return GroupPhrase{i, k + 1, n, true};
            if (!is_plain_word(t_[k]) || ix_.triggers.longest(t_, k))
                break;
        }
        if (the && count_at + 1 < t_.size() && ix_.triggers.longest(t_, count_at + 1))
            return GroupPhrase{i, count_at + 1, n, false};
        return std::nullopt;
    }

private:
    std::string low(std::size_t i) const { return i < t_.size() ? lower(t_[i].text) : ""; }

    const std::vector<Token>& t_;
    const LexiconIndex& ix_;
};

// Whether the mentions inside [first, last) may give way to a group there: words between
// the count and the noun are its modifiers ("the two Korean ministers", "the two Vice
// Ministers", whatever the finder took them for); a mention that reaches out of the phrase
// is no modifier.
bool yields(const std::vector<Mention>& mentions, std::size_t first, std::size_t last) {
    return std::ranges::none_of(mentions, [&](const Mention& m) {
        const bool overlaps = m.last_token > first && m.first_token < last;
        return overlaps && (m.first_token < first || m.last_token > last);
    });
}

} // namespace

void add_group_mentions(std::string_view sentence, const std::vector<Token>& tokens,
                        const LexiconIndex& index, std::vector<Mention>& mentions) {
    GroupFinder finder(tokens, index);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto g = finder.at(i);
        if (!g || !yields(mentions, g->first, g->last))
            continue;
        std::erase_if(mentions, [&](const Mention& m) {
            return m.first_token >= g->first && m.last_token <= g->last;
        });
        Mention m;
        m.type = MentionType::Pronoun;
        m.first_token = g->first;
        m.last_token = g->last;
        m.span = TextSpan{tokens[g->first].begin, tokens[g->last - 1].end};
        m.surface = std::string(sentence.substr(m.span.begin, m.span.size()));
        m.pronoun = lower(m.surface);
        m.group_size = g->size;
        m.group_of_states = g->states;
        const auto at = std::ranges::find_if(
            mentions, [&](const Mention& other) { return other.first_token > g->first; });
        mentions.insert(at, std::move(m));
        i = g->last - 1;
    }
}

} // namespace geokg
