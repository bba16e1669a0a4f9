#include "extract/abstraction.hpp"

#include <algorithm>

namespace geokg {
namespace {

char kind_of(MentionType type) {
    switch (type) {
    case MentionType::Person:
    case MentionType::Role:
    case MentionType::Pronoun:
        return 'P';
    case MentionType::Organization:
        return 'O';
    case MentionType::Country:
        return 'G';
    case MentionType::City:
    case MentionType::Region:
    case MentionType::Site:
        return 'L';
    case MentionType::Demonym:
        return 'D';
    case MentionType::Agreement:
        return 'A';
    }
    return 'D';
}

char form_letter(TriggerForm form) {
    switch (form) {
    case TriggerForm::Base:
        return 'B';
    case TriggerForm::Participle:
        return 'I';
    case TriggerForm::Passive:
        return 'S';
    case TriggerForm::Noun:
        return 'N';
    case TriggerForm::Past:
    case TriggerForm::Host:
        return 'V';
    }
    return 'V';
}

// Whether the word before a trigger makes it a noun: a determiner, the possessive, an
// adjective of the lexicon, or a hyphenated compound ("a five-hour stop", "a high-level
// meeting").
bool wants_noun(const LexiconIndex& index, const std::string& previous) {
    const WordClassIndex& words = index.words;
    const bool compound = previous.size() > 2 && previous.find('-') != std::string::npos &&
                          previous.front() != '-' && previous.back() != '-';
    return previous == "'s" || compound || words.has(WordClass::Determiner, previous) ||
           words.has(WordClass::NounModifier, previous) ||
           words.has(WordClass::PlanModifier, previous);
}

// Of the forms a trigger phrase has ("visit": base and noun), the one its context selects.
int choose_form(const LexiconIndex& index, const std::vector<int>& candidates,
                const std::string& previous) {
    auto find = [&](TriggerForm f) {
        for (int c : candidates)
            if (index.trigger(c).form == f)
                return c;
        return -1;
    };
    const WordClassIndex& words = index.words;
    int chosen = -1;
    if (wants_noun(index, previous))
        chosen = find(TriggerForm::Noun);
    if (chosen < 0 &&
        (words.has(WordClass::PlanMarker, previous) || words.has(WordClass::Negation, previous) ||
         previous == "did" || previous == "does" || previous == "do"))
        chosen = find(TriggerForm::Base);
    for (auto f : {TriggerForm::Passive, TriggerForm::Past, TriggerForm::Participle,
                   TriggerForm::Base, TriggerForm::Noun})
        if (chosen < 0)
            chosen = find(f);
    // A host form alone ("welcomes" where no other form exists) reads as a meeting verb
    // would; the visit it implies is added by the interpreter.
    return chosen < 0 ? candidates.front() : chosen;
}

// Builds the abstracted sentence the grammar reads: mentions and triggers become slots,
// time expressions and asides disappear, other words are folded to lower case.
class Abstractor {
public:
    Abstractor(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
               const std::vector<TimeExpression>& times, const LexiconIndex& index)
        : tokens_(tokens), mentions_(mentions), index_(index), keys_(token_keys(tokens)),
          mention_at_(tokens.size(), -1), removed_(tokens.size(), false),
          why_(tokens.size(), Removal::Time) {
        for (std::size_t m = 0; m < mentions.size(); ++m)
            for (std::size_t t = mentions[m].first_token; t < mentions[m].last_token; ++t)
                mention_at_[t] = static_cast<int>(m);
        for (const auto& te : times)
            for (std::size_t t = 0; t < tokens.size(); ++t)
                if (tokens[t].begin >= te.span.begin && tokens[t].end <= te.span.end)
                    removed_[t] = true;
        mark_time_prepositions();
        mark_manner();
        mark_directions();
        mark_asides();
        index_kept_tokens();
        headline_ = is_headline();
    }

    Abstracted run() {
        std::size_t i = 0;
        while (i < tokens_.size())
            i = step(i);
        out_.headline = headline_;
        for (std::size_t k = 0; k < words_.size(); ++k) {
            if (!out_.text.empty())
                out_.text += ' ';
            out_.tokens[k].start = out_.text.size();
            out_.text += words_[k];
        }
        return std::move(out_);
    }

private:
    const std::vector<Token>& tokens_;
    const std::vector<Mention>& mentions_;
    const LexiconIndex& index_;
    TokenKeys keys_;
    std::vector<int> mention_at_;
    std::vector<bool> removed_; // time expressions and manner adverbials: not the clause's
    std::vector<Removal> why_;  // of each removed token
    std::size_t last_noted_ = std::string::npos; // the last token noted as removed
    // The tokens outside time expressions, where trigger phrases are matched: "spoke today
    // with", "arrived Sunday in" read as "spoke with", "arrived in".
    TokenKeys kept_keys_;
    std::vector<std::size_t> kept_;          // their indices among all tokens
    std::vector<std::size_t> kept_position_; // each token's position in kept_, or npos
    bool headline_ = false;
    int depth_ = 0;
    std::vector<std::string> words_;
    Abstracted out_;

    // The words that introduce a time expression belong to it: "on Monday", "earlier in March".
    void mark_time_prepositions() {
        for (std::size_t t = 1; t < tokens_.size(); ++t) {
            if (!removed_[t] || removed_[t - 1])
                continue;
            for (std::size_t k = t; k-- > 0;) {
                if (removed_[k] || mention_at_[k] >= 0 ||
                    !index_.words.has(WordClass::TimePreposition, keys_.folded[k]))
                    break;
                removed_[k] = true;
            }
        }
    }

    // "spoke by phone with", "met virtually with": how they met, not whether.
    void mark_manner() {
        for (std::size_t t = 0; t < tokens_.size(); ++t) {
            if (removed_[t] || mention_at_[t] >= 0)
                continue;
            std::vector<std::string_view> words;
            for (std::size_t k = t; k < tokens_.size() && k < t + 4; ++k)
                words.push_back(keys_.folded[k]);
            const std::size_t n = index_.words.phrase_at(WordClass::MeetingManner, words);
            for (std::size_t k = t; k < t + n; ++k) {
                removed_[k] = true;
                why_[k] = Removal::Manner;
            }
            t += n > 0 ? n - 1 : 0;
        }
    }

    // "travelled ahead to", "flew onward to": a direction after a word and before "to" is the
    // verb's, not the clause's.
    void mark_directions() {
        for (std::size_t t = 1; t + 1 < tokens_.size(); ++t) {
            if (removed_[t] || mention_at_[t] >= 0 || mention_at_[t - 1] >= 0 ||
                !tokens_[t - 1].word ||
                !index_.words.has(WordClass::DirectionParticle, keys_.folded[t]))
                continue;
            std::size_t next = t + 1;
            while (next < tokens_.size() && removed_[next])
                ++next;
            if (next < tokens_.size() && keys_.folded[next] == "to") {
                removed_[t] = true;
                why_[t] = Removal::Direction;
            }
        }
    }

    // Words in brackets are an aside: "traveled on Monday (3 June) to" reads "traveled to".
    void mark_asides() {
        int depth = 0;
        for (std::size_t t = 0; t < tokens_.size(); ++t) {
            const std::string& word = keys_.exact[t];
            const bool open = word == "(" || word == "[";
            const bool close = depth > 0 && (word == ")" || word == "]");
            depth += open ? 1 : 0;
            if (depth > 0 && !removed_[t]) {
                removed_[t] = true;
                why_[t] = Removal::Aside;
            }
            depth -= close ? 1 : 0;
        }
    }

    void index_kept_tokens() {
        kept_position_.assign(tokens_.size(), std::string::npos);
        for (std::size_t t = 0; t < tokens_.size(); ++t) {
            if (removed_[t])
                continue;
            kept_position_[t] = kept_.size();
            kept_.push_back(t);
            kept_keys_.exact.push_back(keys_.exact[t]);
            kept_keys_.folded.push_back(keys_.folded[t]);
        }
    }

    // A headline capitalizes most of its words.
    bool is_headline() const {
        std::size_t word_count = 0, capitalized = 0;
        for (const auto& t : tokens_)
            if (t.word) {
                ++word_count;
                capitalized += t.capitalized ? 1 : 0;
            }
        return word_count >= 3 && 10 * capitalized >= 7 * word_count;
    }

    void emit(std::string word, std::size_t at, char kind = 0, int index = -1) {
        words_.push_back(std::move(word));
        out_.tokens.push_back({0, at, kind, index});
    }

    void emit_slot(char kind, int index, std::size_t at) {
        std::string slot = "[";
        slot += kind;
        slot += std::to_string(index);
        slot += ']';
        emit(std::move(slot), at, kind, index);
    }

    // Abstracts the token at i; returns the index of the next token to read.
    std::size_t step(std::size_t i) {
        const std::string& folded = keys_.exact[i];
        if (folded == "(" || folded == "[") {
            ++depth_;
            note(i, i + 1, Removal::Aside);
            return i + 1;
        }
        if (folded == ")" || folded == "]") {
            if (depth_ > 0)
                note(i, i + 1, Removal::Aside);
            depth_ = std::max(0, depth_ - 1);
            return i + 1;
        }
        if (depth_ > 0) {
            note(i, i + 1, Removal::Aside);
            return i + 1;
        }
        if (folded == "\"" || folded == "'" || folded == "`")
            return i + 1;
        if (std::size_t skip = relative_time(i)) {
            note(i, i + skip, Removal::Time);
            return i + skip;
        }
        if (removed_[i])
            return skip_time(i);
        if (mention_at_[i] >= 0) {
            const int m = mention_at_[i];
            const Mention& mention = mentions_[static_cast<std::size_t>(m)];
            emit_slot(kind_of(mention.type), m, tokens_[i].begin);
            // "Kestria's Foreign Minister, Ana Dorr, said": the comma that closes an
            // apposition inside the mention closes the mention.
            const std::size_t next = mention.last_token;
            if (mention.type == MentionType::Person &&
                mention.surface.find(',') != std::string::npos && next < tokens_.size() &&
                keys_.exact[next] == "," && next + 1 < tokens_.size() &&
                mention_at_[next + 1] < 0 &&
                !index_.words.has(WordClass::RelativePronoun, keys_.folded[next + 1]))
                return next + 1;
            return next;
        }
        if (std::size_t length = trigger_at(i))
            return i + length;
        emit(plain_word(i), tokens_[i].begin);
        return i + 1;
    }

    // "last week", "this month": times that fix no date; their length in tokens, or 0.
    std::size_t relative_time(std::size_t i) const {
        const WordClassIndex& words = index_.words;
        if (words.has(WordClass::RelativeTimeShift, keys_.folded[i]) && i + 1 < tokens_.size() &&
            words.has(WordClass::RelativeTimeUnit, keys_.folded[i + 1]) && mention_at_[i] < 0)
            return 2;
        return 0;
    }

    // A time expression leaves the clause, with the preposition that introduced it.
    std::size_t skip_time(std::size_t i) {
        for (; i < tokens_.size() && removed_[i]; ++i)
            note(i, i + 1, why_[i]);
        return i;
    }

    // Tokens [from, to) left out for one reason: they join the previous removed words when
    // they follow them for the same reason.
    void note(std::size_t from, std::size_t to, Removal why) {
        if (from >= to)
            return;
        auto& removed = out_.removed;
        if (!removed.empty() && last_noted_ + 1 == from && removed.back().why == why)
            removed.back().span.end = tokens_[to - 1].end;
        else
            removed.push_back({{tokens_[from].begin, tokens_[to - 1].end}, why});
        last_noted_ = to - 1;
    }

    // A trigger at i becomes a slot of its form; the number of tokens it covers (time
    // expressions inside it included), or 0 when there is none.
    std::size_t trigger_at(std::size_t i) {
        const std::size_t q = kept_position_[i];
        const auto match = index_.triggers.longest(kept_keys_, q);
        if (!match)
            return 0;
        // Trigger words are lower case, but for the first word of a sentence and in a
        // headline: "Warrior Met Coal" names a mine; "Tunisia & US Sign Roadmap" signs. A
        // noun that ends the name of a meeting is its trigger ("held the annual Strategic
        // Talks with").
        bool clear = !tokens_[i].capitalized || i == 0 || headline_ ||
                     (index_.words.has(WordClass::ThingNameHead, tokens_[i].text) &&
                      has_form(index_.trigger(match->value).phrase, TriggerForm::Noun));
        for (std::size_t k = q; k < q + match->length; ++k)
            clear = clear && mention_at_[kept_[k]] < 0;
        if (!clear)
            return 0;
        std::string phrase = index_.trigger(match->value).phrase;
        std::size_t length = match->length;
        const std::string previous =
            words_.empty() || out_.tokens.back().kind != 0 ? std::string() : words_.back();
        // "a five-hour stop in Santiago": where a noun is wanted and the longer phrase is a
        // verb's ("stop in"), the noun its first word is.
        if (length > 1 && wants_noun(index_, previous) && !has_form(phrase, TriggerForm::Noun) &&
            has_form(kept_keys_.folded[q], TriggerForm::Noun)) {
            phrase = kept_keys_.folded[q];
            length = 1;
        }
        const auto forms = index_.trigger_forms.find(phrase);
        const int chosen = forms == index_.trigger_forms.end()
                               ? match->value
                               : choose_form(index_, forms->second, previous);
        out_.triggers.push_back({chosen, tokens_[i].begin});
        // "spoke by phone with": the words left out inside the trigger phrase.
        for (std::size_t k = i; k <= kept_[q + length - 1]; ++k)
            if (removed_[k])
                note(k, k + 1, why_[k]);
        emit_slot(form_letter(index_.trigger(chosen).form),
                  static_cast<int>(out_.triggers.size() - 1), tokens_[i].begin);
        return kept_[q + length - 1] + 1 - i;
    }

    // Whether the trigger phrase has a form of this kind.
    bool has_form(const std::string& phrase, TriggerForm form) const {
        const auto forms = index_.trigger_forms.find(phrase);
        return forms != index_.trigger_forms.end() &&
               std::ranges::any_of(forms->second,
                                   [&](int t) { return index_.trigger(t).form == form; });
    }

    std::string plain_word(std::size_t i) const {
        std::string word = keys_.folded[i];
        // Bullets and other non-ASCII marks separate list items.
        if (!tokens_[i].word && static_cast<unsigned char>(word[0]) >= 0x80)
            return ",";
        for (auto& c : word)
            if (static_cast<unsigned char>(c) >= 0x80 || c == '[' || c == ']')
                c = '~';
        if (word == "-" || word == ";" || word == ":")
            return ",";
        if (word == "&")
            return "and";
        return word;
    }
};

} // namespace

const char* removal_name(Removal why) {
    switch (why) {
    case Removal::Time:
        return "time";
    case Removal::Manner:
        return "manner";
    case Removal::Aside:
        return "aside";
    case Removal::Direction:
        return "direction";
    }
    return "";
}

Abstracted abstract_sentence(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                             const std::vector<TimeExpression>& times, const LexiconIndex& index) {
    return Abstractor(tokens, mentions, times, index).run();
}

} // namespace geokg
