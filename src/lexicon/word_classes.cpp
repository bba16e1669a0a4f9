#include "lexicon/word_classes.hpp"

#include "text/token.hpp"

#include <algorithm>

namespace geokg {
namespace {

constexpr std::array<std::string_view, word_class_count> names = {
    "not-a-name",
    "name-particle",
    "regnal-numeral",
    "article",
    "determiner",
    "former",
    "singular-pronoun",
    "plural-pronoun",
    "group-count",
    "group-person-noun",
    "group-state-noun",
    "relative-pronoun",
    "future-subordinator",
    "en-route-participle",
    "state-noun",
    "country-noun",
    "settlement-noun",
    "capital-noun",
    "name-connector",
    "agreement-name-connector",
    "article-name-word",
    "agreement-left-stop",
    "agreement-idiom-preposition",
    "plan-marker",
    "negation",
    "refusal",
    "intention",
    "expectation",
    "plan-modifier",
    "past-marker",
    "clause-adverb",
    "light-verb",
    "noun-modifier",
    "tour-noun",
    "tour-verb",
    "inclusion-verb",
    "speech-verb",
    "role-verb",
    "meeting-manner",
    "time-preposition",
    "year-context",
    "relative-time-shift",
    "relative-time-unit",
    "title-modifier",
    "portfolio",
    "name-suffix",
    "counterpart-noun",
    "headline-minor-word",
    "not-a-name-ending",
    "speaker-preposition",
    "participant-word",
    "government-qualifier",
    "first-person-pronoun",
    "day-part",
    "companion-verb",
    "thing-name-head",
    "ordinal-title-modifier",
    "direction-particle",
    "held-verb",
    "participation-verb",
    "in-person-word",
    "phone-word",
    "virtual-word",
    "government-office-word",
    "hostile-act-noun",
};

std::size_t slot(WordClass c) {
    return static_cast<std::size_t>(c);
}

std::vector<std::string> split_words(const std::string& phrase) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= phrase.size()) {
        std::size_t end = phrase.find(' ', start);
        if (end == std::string::npos)
            end = phrase.size();
        if (end > start)
            words.push_back(phrase.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

} // namespace

std::string_view word_class_name(WordClass word_class) {
    return names[slot(word_class)];
}

WordClassIndex::WordClassIndex(const std::vector<WordClassWords>& classes) {
    for (const auto& c : classes) {
        case_sensitive_[slot(c.word_class)] = c.case_sensitive;
        auto& listed = words_[slot(c.word_class)];
        listed.insert(listed.end(), c.words.begin(), c.words.end());
        for (const auto& phrase : c.words) {
            std::vector<std::string> words = split_words(phrase);
            if (words.size() == 1) {
                if (c.case_sensitive)
                    exact_[words[0]].set(slot(c.word_class));
                else
                    folded_[lower(words[0])].set(slot(c.word_class));
            } else if (words.size() > 1) {
                for (auto& w : words)
                    w = lower(w);
                phrases_[words[0]].emplace_back(c.word_class, std::move(words));
            }
        }
    }
}

bool WordClassIndex::has(WordClass word_class, std::string_view word) const {
    const auto& map = case_sensitive_[slot(word_class)] ? exact_ : folded_;
    auto it = map.find(word);
    return it != map.end() && it->second.test(slot(word_class));
}

std::size_t WordClassIndex::phrase_at(WordClass word_class,
                                      const std::vector<std::string_view>& words) const {
    if (words.empty())
        return 0;
    std::size_t best = has(word_class, words[0]) ? 1 : 0;
    auto it = phrases_.find(words[0]);
    if (it == phrases_.end())
        return best;
    for (const auto& [c, phrase] : it->second) {
        if (c != word_class || phrase.size() > words.size() || phrase.size() <= best)
            continue;
        bool all = true;
        for (std::size_t k = 1; k < phrase.size() && all; ++k)
            all = phrase[k] == words[k];
        if (all)
            best = phrase.size();
    }
    return best;
}

std::size_t WordClassIndex::match_text(WordClass word_class, std::string_view text) const {
    std::size_t end = std::min(text.find(' '), text.size());
    std::string_view first = text.substr(0, end);
    std::size_t best = has(word_class, first) ? end : 0;
    if (!phrases_.count(first))
        return best; // most words begin no phrase: one look-up
    std::vector<std::string_view> words{first};
    std::vector<std::size_t> ends{end};
    while (end < text.size() && words.size() < 6) {
        std::size_t next = std::min(text.find(' ', end + 1), text.size());
        words.push_back(text.substr(end + 1, next - end - 1));
        ends.push_back(next);
        end = next;
    }
    std::size_t n = phrase_at(word_class, words);
    return n == 0 ? 0 : ends[n - 1];
}

const std::vector<std::string>& WordClassIndex::words_of(WordClass word_class) const {
    return words_[slot(word_class)];
}

} // namespace geokg
