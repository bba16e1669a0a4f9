#include "lexicon/lexicon_index.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <set>

namespace geokg {
namespace {

std::string key_of(const std::vector<Token>& tokens, std::size_t start, std::size_t n,
                   bool fold_case) {
    std::string key;
    for (std::size_t i = start; i < start + n; ++i) {
        if (i > start)
            key += ' ';
        std::string folded = fold_punctuation(tokens[i].text);
        key += fold_case ? lower(folded) : folded;
    }
    return key;
}

} // namespace

void PhraseTable::add(std::string_view phrase, int value, bool fold_case) {
    fold_case_ = fold_case;
    auto tokens = tokenize(phrase);
    if (tokens.empty())
        return;
    max_length_ = std::max(max_length_, tokens.size());
    for (std::size_t n = 1; n < tokens.size(); ++n)
        prefixes_.insert(key_of(tokens, 0, n, fold_case));
    std::string key = key_of(tokens, 0, tokens.size(), fold_case);
    prefixes_.insert(key);
    map_.emplace(key, value);
}

void PhraseTable::collect_first_words(std::unordered_set<std::string>& into) const {
    for (const auto& prefix : prefixes_)
        if (prefix.find(' ') == std::string::npos)
            into.insert(lower(prefix));
}

TokenKeys token_keys(const std::vector<Token>& tokens) {
    TokenKeys keys;
    keys.exact.reserve(tokens.size());
    keys.folded.reserve(tokens.size());
    for (const auto& t : tokens) {
        keys.exact.push_back(fold_punctuation(t.text));
        keys.folded.push_back(lower(keys.exact.back()));
    }
    return keys;
}

std::optional<PhraseMatch> PhraseTable::longest(const TokenKeys& keys, std::size_t start) const {
    const auto& words = fold_case_ ? keys.folded : keys.exact;
    std::optional<PhraseMatch> best;
    if (start >= words.size() || !prefixes_.count(words[start]))
        return best;
    std::string key;
    std::size_t n_max = std::min(max_length_, words.size() - start);
    for (std::size_t n = 1; n <= n_max; ++n) {
        if (n > 1) {
            key += ' ';
            key += words[start + n - 1];
            if (!prefixes_.count(key))
                break;
        } else {
            key = words[start];
        }
        if (auto found = map_.find(key); found != map_.end())
            best = PhraseMatch{n, found->second};
    }
    return best;
}

std::optional<PhraseMatch> PhraseTable::longest(const std::vector<Token>& tokens,
                                                std::size_t start) const {
    // Extend one token at a time while the words so far begin some phrase.
    std::optional<PhraseMatch> best;
    std::string key;
    std::size_t n_max = std::min(max_length_, tokens.size() - start);
    for (std::size_t n = 1; n <= n_max; ++n) {
        if (n > 1)
            key += ' ';
        std::string folded = fold_punctuation(tokens[start + n - 1].text);
        key += fold_case_ ? lower(folded) : folded;
        if (!prefixes_.count(key))
            break;
        if (auto found = map_.find(key); found != map_.end())
            best = PhraseMatch{n, found->second};
    }
    return best;
}

namespace {

std::vector<const std::string*> names_of(const GazetteerEntry& e) {
    std::vector<const std::string*> names{&e.label};
    for (const auto& alt : e.alt_labels)
        names.push_back(&alt);
    return names;
}

// Gazetteer entries by name (countries first: a name a country shares with its capital,
// "Djibouti", is the country's), position aliases, and the owners of each demonym.
std::map<std::string, std::vector<int>> index_gazetteer(LexiconIndex& index) {
    const Lexicon& lexicon = index.lexicon;
    std::map<std::string, std::vector<int>> demonym_owners;
    std::vector<std::size_t> order(lexicon.entries.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
        return lexicon.entries[i].entity_class == EntityClass::Country;
    });
    for (std::size_t i : order) {
        const auto& e = lexicon.entries[i];
        const int v = static_cast<int>(i);
        index.entry_by_key.emplace(e.key, v);
        if (e.entity_class == EntityClass::Position) {
            index.position_aliases.add(e.label, v, true);
            for (const auto& alt : e.alt_labels)
                index.position_aliases.add(alt, v, true);
            continue;
        }
        if (e.entity_class == EntityClass::Country && !e.country.empty())
            index.country_by_code.emplace(e.country, v);
        // English news mostly writes names without their diacritics: "Brasilia", "Bogota".
        for (const std::string* name : names_of(e)) {
            index.places.add(*name, v, false);
            if (std::string plain = strip_diacritics(*name); plain != *name)
                index.places.add(plain, v, false);
        }
        for (const auto& d : e.demonyms)
            demonym_owners[d].push_back(v);
    }
    return demonym_owners;
}

// Whether `name` has `word` as a whole word: "French Polynesia" has "French".
bool has_word(std::string_view name, std::string_view word) {
    for (std::size_t at = name.find(word); at != std::string_view::npos;
         at = name.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' '))
            return true;
    }
    return false;
}

// A demonym several territories share belongs to one: not to a territory named with it
// ("French Southern Territories", "American Samoa"), and among the rest to the one it is
// formed from ("American" from "America"), else to the first in key order.
void index_demonyms(LexiconIndex& index,
                    const std::map<std::string, std::vector<int>>& demonym_owners) {
    for (const auto& [demonym, all_owners] : demonym_owners) {
        std::vector<int> owners;
        for (int v : all_owners)
            if (!has_word(index.entry(v).label, demonym))
                owners.push_back(v);
        if (owners.empty())
            owners = all_owners;
        int chosen = owners.front();
        for (int v : owners) {
            const auto& e = index.entry(v);
            const std::string stem = demonym.substr(0, 4);
            bool formed = e.label.rfind(stem, 0) == 0;
            for (const auto& alt : e.alt_labels)
                formed = formed || alt.rfind(stem, 0) == 0;
            if (formed) {
                chosen = v;
                break;
            }
        }
        index.demonyms.add(demonym, chosen, false);
    }
}

void index_titles(LexiconIndex& index) {
    const Lexicon& lexicon = index.lexicon;
    for (std::size_t i = 0; i < lexicon.titles.size(); ++i) {
        const auto& t = lexicon.titles[i];
        index.title_by_key.emplace(t.key, static_cast<int>(i));
        index.titles.add(t.label, static_cast<int>(i), true);
        for (const auto& alt : t.alt_labels)
            index.titles.add(alt, static_cast<int>(i), true);
    }
    for (std::size_t i = 0; i < lexicon.honorifics.size(); ++i)
        index.honorifics.add(lexicon.honorifics[i], static_cast<int>(i), false);
}

// The lexicon's triggers plus the third-person present of each base form ("visits",
// "meets"), which news uses as the past; each phrase's forms; the relation of each kind.
void index_triggers(LexiconIndex& index) {
    const Lexicon& lexicon = index.lexicon;
    index.triggers_list = lexicon.triggers;
    std::set<std::string> phrases;
    for (const auto& t : lexicon.triggers)
        phrases.insert(t.phrase);
    for (const auto& t : lexicon.triggers) {
        if (t.form != TriggerForm::Base)
            continue;
        const auto space = t.phrase.find(' ');
        const std::string verb = t.phrase.substr(0, space);
        const std::string rest = space == std::string::npos ? "" : t.phrase.substr(space);
        const bool sibilant = verb.ends_with("s") || verb.ends_with("sh") || verb.ends_with("ch") ||
                              verb.ends_with("x") || verb.ends_with("o");
        const std::string derived = verb + (sibilant ? "es" : "s");
        // "talks" is a noun trigger of its own: "talks with" stays a noun phrase.
        if (phrases.count(derived))
            continue;
        index.triggers_list.push_back({derived + rest, t.relation, TriggerForm::Past, true});
    }
    for (std::size_t i = 0; i < index.triggers_list.size(); ++i) {
        const Trigger& t = index.triggers_list[i];
        index.triggers.add(t.phrase, static_cast<int>(i), true);
        index.trigger_forms[t.phrase].push_back(static_cast<int>(i));
        if (t.form == TriggerForm::Host)
            index.host_phrases.insert(t.phrase);
        for (const auto& w : tokenize(t.phrase))
            index.trigger_words.insert(lower(w.text));
    }
    index.trigger_relation.fill(-1);
    for (const auto& t : lexicon.triggers) {
        int& r =
            index.trigger_relation[static_cast<std::size_t>(lexicon.relation(t.relation).kind)];
        if (r < 0)
            r = t.relation;
    }
}

void index_words(LexiconIndex& index) {
    const Lexicon& lexicon = index.lexicon;
    index.words = WordClassIndex(lexicon.word_classes);
    for (const auto& w : lexicon.site_heads)
        index.site_heads.insert(lower(w));
    for (const auto& w : lexicon.organization_heads)
        index.organization_heads.insert(lower(w));
    for (const auto& w : lexicon.agreement_heads)
        index.agreement_heads.insert(lower(w));
}

} // namespace

LexiconIndex build_lexicon_index(Lexicon lexicon) {
    LexiconIndex index;
    index.lexicon = std::move(lexicon);
    index_demonyms(index, index_gazetteer(index));
    index_titles(index);
    index_triggers(index);
    for (const PhraseTable* table : {&index.places, &index.demonyms, &index.titles,
                                     &index.position_aliases, &index.honorifics, &index.triggers})
        table->collect_first_words(index.first_words);
    index_words(index);
    return index;
}

} // namespace geokg
