#include "extract/mentions.hpp"

#include "text/utf8.hpp"

#include <algorithm>

#include <array>
#include <set>

namespace geokg {
namespace {

// "NATO", "DGST", "U.S.": two capitals or more and no lower-case letter, in any script.
bool is_acronym(std::string_view s) {
    int upper = 0;
    for (std::size_t i = 0; i < s.size();) {
        const Utf8Char ch = decode_utf8(s, i);
        if (is_lower(ch.code_point))
            return false;
        upper += is_upper(ch.code_point) ? 1 : 0;
        i += ch.length;
    }
    return upper >= 2;
}

std::string text_of(std::string_view sentence, const std::vector<Token>& tokens, std::size_t first,
                    std::size_t last) {
    if (first >= last)
        return {};
    return std::string(
        sentence.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
}

class MentionFinder {
public:
    MentionFinder(std::string_view sentence, const std::vector<Token>& tokens,
                  const LexiconIndex& index)
        : s_(sentence), t_(tokens), ix_(index), keys_(token_keys(tokens)) {}

    std::vector<Mention> run() {
        find_agreements();
        std::vector<Mention> out;
        std::size_t i = 0;
        while (i < t_.size()) {
            Mention m;
            // Most words start no mention at all: a lower-case word that begins no phrase
            // of the lexicon, is no determiner and no pronoun is passed over at once.
            if (!t_[i].capitalized && !ix_.first_words.count(keys_.folded[i]) &&
                !starts_agreement(i) && !opens_mention(keys_.folded[i])) {
                ++i;
                continue;
            }
            if (agreement_at(i, m) || actor_at(i, m) || city_of_at(i, m) || named_phrase_at(i, m) ||
                gazetteer_at(i, m) || demonym_at(i, m) || pronoun_at(i, m) || bare_name_at(i, m)) {
                m.span = {t_[m.first_token].begin, t_[m.last_token - 1].end};
                m.surface = text_of(s_, t_, m.first_token, m.last_token);
                i = m.last_token;
                out.push_back(std::move(m));
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    std::string_view s_;
    const std::vector<Token>& t_;
    const LexiconIndex& ix_;
    TokenKeys keys_;
    const std::string none_;
    std::vector<std::pair<std::size_t, std::size_t>> agreements_;

    const std::string& lw(std::size_t i) const { return i < t_.size() ? keys_.folded[i] : none_; }
    const std::string& folded(std::size_t i) const {
        return i < t_.size() ? keys_.exact[i] : none_;
    }
    bool cap(std::size_t i) const { return i < t_.size() && t_[i].word && t_[i].capitalized; }

    const GazetteerEntry& entry(int e) const { return ix_.entry(e); }

    bool is(WordClass c, std::string_view word) const { return ix_.words.has(c, word); }

    // Lower-case words that may open a mention: "the Pentagon chief", "a former minister", "he".
    bool opens_mention(const std::string& word) const {
        return is(WordClass::Article, word) || is(WordClass::Former, word) ||
               is(WordClass::SingularPronoun, word) || is(WordClass::PluralPronoun, word);
    }

    // Words that end an agreement's modifiers on the left: the class's, and every trigger word
    // ("penned a defence cooperation deal": the deal is not "penned ... deal").
    bool agreement_left_stop(const std::string& word) const {
        return is(WordClass::AgreementLeftStop, word) || ix_.trigger_words.count(word) > 0;
    }

    // A gazetteer country at i: its entry and length in tokens.
    std::optional<PhraseMatch> country_at(std::size_t i) const {
        if (i >= t_.size())
            return std::nullopt;
        auto m = ix_.places.longest(keys_, i);
        if (m && entry(m->value).entity_class == EntityClass::Country)
            return m;
        return std::nullopt;
    }

    void find_agreements() {
        for (std::size_t h = 0; h < t_.size(); ++h) {
            const std::string& head = lw(h);
            if (!ix_.agreement_heads.count(head))
                continue;
            // "in agreement with" is an idiom.
            if (h > 0 && is(WordClass::AgreementIdiomPreposition, lw(h - 1)))
                continue;
            std::size_t first = h;
            while (first > 0 && h - first < 6) {
                const Token& p = t_[first - 1];
                const std::string& pl = lw(first - 1);
                if (is(WordClass::Determiner, pl)) {
                    --first;
                    break;
                }
                if (!p.word || agreement_left_stop(pl))
                    break;
                --first;
            }
            std::size_t last = h + 1;
            if (t_[h].capitalized) {
                while (last + 1 < t_.size()) {
                    if (is(WordClass::AgreementNameConnector, lw(last)) && cap(last + 1)) {
                        std::size_t k = last + 1;
                        while (cap(k))
                            ++k;
                        last = k;
                    } else {
                        break;
                    }
                }
            }
            agreements_.emplace_back(first, last);
            h = last - 1;
        }
    }

    bool starts_agreement(std::size_t i) const {
        for (auto [first, last] : agreements_)
            if (first == i)
                return true;
        return false;
    }

    bool agreement_at(std::size_t i, Mention& m) const {
        for (auto [first, last] : agreements_) {
            if (first != i)
                continue;
            m.type = MentionType::Agreement;
            m.first_token = first;
            m.last_token = last;
            std::size_t label_first = first;
            while (label_first < last && is(WordClass::Determiner, lw(label_first)))
                ++label_first;
            std::size_t head = label_first;
            for (std::size_t k = label_first; k < last; ++k)
                if (ix_.agreement_heads.count(lw(k))) {
                    head = k;
                    break;
                }
            if (t_[head].capitalized) {
                // The proper name: from its first capitalized word ("10-year Roadmap for ...").
                std::size_t k = label_first;
                while (k < head && !t_[k].capitalized)
                    ++k;
                label_first = k;
            }
            m.name = text_of(s_, t_, label_first, last);
            return true;
        }
        return false;
    }

    // "US-Tunisia", "U.S.-Algerian": a hyphenated word naming a place is not a name.
    bool joins_places(std::string_view word) const {
        if (word.find('-') == std::string_view::npos)
            return false;
        std::size_t start = 0;
        while (start <= word.size()) {
            std::size_t end = word.find('-', start);
            if (end == std::string_view::npos)
                end = word.size();
            auto part = tokenize(word.substr(start, end - start));
            if (!part.empty() && (ix_.places.longest(part, 0) || ix_.demonyms.longest(part, 0) ||
                                  is_acronym(part[0].text)))
                return true;
            start = end + 1;
        }
        return false;
    }

    // A person name starting at i: its length in tokens (0 if none).
    std::size_t name_length(std::size_t i, bool allow_single) const {
        std::size_t k = i;
        std::size_t words = 0;
        while (k < t_.size() && words < 5) {
            const Token& t = t_[k];
            std::string text(t.text);
            if (cap(k) && t.text.size() == 1 && folded(k + 1) == "." && cap(k + 2) && words > 0) {
                k += 2; // a middle initial: "Mark T. Esper"
                continue;
            }
            if (words > 0 && is(WordClass::RegnalNumeral, text)) {
                ++k;
                ++words;
                continue;
            }
            if (words > 0 && is(WordClass::NameParticle, text) && cap(k + 1)) {
                ++k;
                continue;
            }
            // "I've", "I'm": the pronoun, not a name.
            bool first_person = text.size() > 2 && text[0] == 'I' &&
                                (text[1] == '\'' || text.rfind("I\xE2\x80\x99", 0) == 0);
            if (!cap(k) || is(WordClass::NotAName, text) || is_acronym(text) ||
                joins_places(text) || first_person)
                break;
            // A headline's capitalized verb ("Tunisia & US Sign Roadmap") is no name.
            if (auto trig = ix_.triggers.longest(keys_, k); trig && trig->length == 1) {
                auto form = ix_.trigger(trig->value).form;
                if (form == TriggerForm::Past || form == TriggerForm::Base)
                    break;
            }
            if (ix_.titles.longest(keys_, k) && t_[k].capitalized)
                break;
            auto place = ix_.places.longest(keys_, k);
            if (place && (words == 0 || place->length > 1 ||
                          entry(place->value).entity_class == EntityClass::Country))
                break;
            if (ix_.demonyms.longest(keys_, k))
                break;
            ++k;
            ++words;
        }
        if (words == 0 || (words == 1 && !allow_single))
            return 0;
        // A trailing initial or particle is not part of the name.
        while (k > i && !cap(k - 1) && folded(k - 1) != ".")
            --k;
        return k - i;
    }

    // Only an envoy's title names the country he is sent to: "ambassador to Morocco".
    bool is_envoy(int title) const {
        return title >= 0 && ix_.title(title).kind == TitleKind::Envoy;
    }

    // A title, with what qualifies it, and the name it introduces: "the former Tunisian
    // Defense Minister Imed Memmiche of ...", "Kenya's defence minister", "the Pentagon chief".
    bool actor_at(std::size_t i, Mention& m) const {
        bool det = false, modified = false;
        std::size_t j = title_modifiers(i, m, det, modified);
        const std::size_t title_start = j;
        if (!title_at(j, m))
            return false;
        if (!t_[title_start].capitalized && !det && !modified && !m.former)
            return false;
        j = title_complement(j, m);
        j = skip_acronym_aside(j);
        std::size_t name_start = j;
        while (auto h = ix_.honorifics.longest(keys_, name_start))
            name_start += h->length;
        const std::size_t n = name_length(name_start, true);
        m.first_token = i;
        if (n == 0) {
            m.type = MentionType::Role;
            m.last_token = j;
            return true;
        }
        m.type = MentionType::Person;
        m.name = text_of(s_, t_, name_start, name_start + n);
        m.last_token = name_start + n;
        // "Defense Minister Lena Okafor of Kenya"
        if (!m.has_title_country() && lw(m.last_token) == "of") {
            if (auto c = country_at(m.last_token + 1)) {
                m.title_country = entry(c->value).country;
                m.last_token += 1 + c->length;
            }
        }
        return true;
    }

    // "the", "former", and the country before a title: a demonym, "Kenya's", "Kenya", "the
    // country's". Returns where the title may start.
    std::size_t title_modifiers(std::size_t j, Mention& m, bool& det, bool& modified) const {
        if (is(WordClass::Article, lw(j))) {
            det = true;
            ++j;
        }
        if (is(WordClass::Former, lw(j))) {
            m.former = true;
            ++j;
        }
        if (det && is(WordClass::CountryNoun, lw(j)) && folded(j + 1) == "'s") {
            m.country_from_context = true;
            modified = true;
            return j + 2;
        }
        if (auto d = ix_.demonyms.longest(keys_, j)) {
            m.title_country = entry(d->value).country;
            modified = true;
            return portfolio_before_title(j + d->length);
        }
        if (auto c = country_at(j)) {
            const std::size_t after = j + c->length;
            if (folded(after) == "'s") {
                m.title_country = entry(c->value).country;
                modified = true;
                return portfolio_before_title(after + 1);
            }
            if (ix_.titles.longest(keys_, after) || ix_.position_aliases.longest(keys_, after)) {
                m.title_country = entry(c->value).country;
                modified = true;
                return after;
            }
        }
        return portfolio_before_title(j);
    }

    // "Greek Energy Minister": a portfolio before a title belongs to it; where the title may
    // start.
    std::size_t portfolio_before_title(std::size_t j) const {
        if (ix_.titles.longest(keys_, j))
            return j;
        const std::size_t end = portfolio_end(j);
        return end > j && ix_.titles.longest(keys_, end) ? end : j;
    }

    // A position's alias ("Pentagon chief") or a title at j; advances j past it.
    bool title_at(std::size_t& j, Mention& m) const {
        if (auto p = ix_.position_aliases.longest(keys_, j)) {
            m.entry = p->value;
            const auto& e = entry(p->value);
            auto t = ix_.title_by_key.find(e.title);
            m.title = t == ix_.title_by_key.end() ? -1 : t->second;
            if (m.title_country.empty()) {
                m.title_country = e.country;
                m.country_from_context = false;
            }
            j += p->length;
            return true;
        }
        if (auto t = ix_.titles.longest(keys_, j)) {
            m.title = t->value;
            j += t->length;
            return true;
        }
        return false;
    }

    // Capitalized portfolio words from j, joined by "and", "&" or a comma ("Energy and
    // Mineral Resources"): where they end, or j when there are none.
    std::size_t portfolio_end(std::size_t j) const {
        std::size_t end = j;
        for (std::size_t k = j; cap(k) && is(WordClass::PortfolioWord, lw(k));) {
            end = ++k;
            while (cap(k) && is(WordClass::PortfolioWord, lw(k)))
                end = ++k;
            const std::string joint = folded(k);
            if (joint != "and" && joint != "&" && joint != ",")
                break;
            ++k;
        }
        return end;
    }

    // "of Algeria", "of the country", "of Energy and Mines", an envoy's "to Morocco" after
    // the title.
    std::size_t title_complement(std::size_t j, Mention& m) const {
        if (lw(j) == "of" && !country_at(j + 1)) {
            if (const std::size_t end = portfolio_end(j + 1); end > j + 1)
                return end;
        }
        if (lw(j) == "of") {
            if (auto c = country_at(j + 1)) {
                if (m.title_country.empty()) {
                    m.title_country = entry(c->value).country;
                    m.country_from_context = false;
                }
                return j + 1 + c->length;
            }
            if (is(WordClass::Article, lw(j + 1)) && is(WordClass::CountryNoun, lw(j + 2))) {
                if (m.title_country.empty())
                    m.country_from_context = true;
                return j + 3;
            }
        } else if (lw(j) == "to" && is_envoy(m.title)) {
            if (auto c = country_at(j + 1)) {
                m.title_target = entry(c->value).country;
                return j + 1 + c->length;
            }
        }
        return j;
    }

    // "General Director of National Security and Territorial Surveillance – DGST – Name":
    // the rest of the office's name and its acronym between dashes come before the name.
    std::size_t skip_acronym_aside(std::size_t j) const {
        if (lw(j) == "and" && cap(j + 1) && !ix_.titles.longest(keys_, j + 1)) {
            std::size_t k = j + 1;
            while (cap(k))
                ++k;
            if (folded(k) == "-")
                j = k;
        }
        if (folded(j) == "-" || folded(j) == ",") {
            std::size_t k = j + 1;
            while (k < t_.size() && t_[k].word && is_acronym(t_[k].text))
                ++k;
            if (k > j + 1 && folded(k) == folded(j) && folded(j) == "-")
                j = k + 1;
        }
        return j;
    }

    // A capitalized phrase with a site or organization head word, longer than any
    // gazetteer match at the same place.
    bool named_phrase_at(std::size_t i, Mention& m) const {
        if (!cap(i))
            return false;
        std::size_t k = i;
        std::size_t start = i;
        if (is(WordClass::Article, lw(i)))
            start = ++k;
        bool site = false, org = false;
        while (k < t_.size()) {
            if (cap(k)) {
                site = site || ix_.site_heads.count(lw(k));
                org = org || ix_.organization_heads.count(lw(k));
                ++k;
                continue;
            }
            const std::string& l = lw(k);
            if (is(WordClass::NameConnector, l) && cap(k + 1) && k > start) {
                ++k;
                continue;
            }
            // "Ministry of the Interior"
            if (l == "of" && is(WordClass::Article, lw(k + 1)) && cap(k + 2) && k > start) {
                k += 2;
                continue;
            }
            if (is(WordClass::Article, l) && k > start && lw(k - 1) == "of" && cap(k + 1)) {
                ++k;
                continue;
            }
            break;
        }
        // Drop a trailing connector.
        while (k > start && !cap(k - 1))
            --k;
        if (!(site || org) || k - start < 2)
            return false;
        auto g = ix_.places.longest(keys_, start);
        if (g && start + g->length >= k)
            return false;
        m.type = site ? MentionType::Site : MentionType::Organization;
        m.first_token = i;
        m.last_token = k;
        m.name = text_of(s_, t_, start, k);
        return true;
    }

    // "the Caspian port of Aktau", "the city of Mosul": a place the gazetteer may not know.
    bool city_of_at(std::size_t i, Mention& m) const {
        if (i < 2 || !cap(i) || lw(i - 1) != "of" || !is(WordClass::SettlementNoun, lw(i - 2)))
            return false;
        if (ix_.places.longest(keys_, i))
            return false; // a known place: the gazetteer names it
        std::size_t k = i;
        while (cap(k) && k - i < 3 && !is(WordClass::NotAName, t_[k].text))
            ++k;
        if (k == i)
            return false;
        m.type = MentionType::City;
        m.first_token = i;
        m.last_token = k;
        m.name = text_of(s_, t_, i, k);
        return true;
    }

    bool gazetteer_at(std::size_t i, Mention& m) const {
        auto g = ix_.places.longest(keys_, i);
        if (!g)
            return false;
        const auto& e = entry(g->value);
        switch (e.entity_class) {
        case EntityClass::Country:
            m.type = MentionType::Country;
            break;
        case EntityClass::City:
            m.type = MentionType::City;
            break;
        case EntityClass::Region:
            m.type = MentionType::Region;
            break;
        case EntityClass::Site:
            m.type = MentionType::Site;
            break;
        case EntityClass::Organization:
            m.type = MentionType::Organization;
            break;
        default:
            return false;
        }
        m.entry = g->value;
        m.first_token = i;
        m.last_token = i + g->length;
        m.name = e.label;
        return true;
    }

    bool demonym_at(std::size_t i, Mention& m) const {
        auto d = ix_.demonyms.longest(keys_, i);
        if (!d)
            return false;
        m.type = MentionType::Demonym;
        m.entry = d->value;
        m.first_token = i;
        m.last_token = i + d->length;
        m.name = entry(d->value).label;
        // "the Sudanese government" acts for its state, as "Washington" does.
        if (is(WordClass::StateNoun, lw(m.last_token))) {
            m.type = MentionType::Country;
            m.metonym = true;
            m.last_token += 1;
        }
        return true;
    }

    bool pronoun_at(std::size_t i, Mention& m) const {
        const std::string& l = lw(i);
        if (!is(WordClass::SingularPronoun, l) && !is(WordClass::PluralPronoun, l))
            return false;
        m.type = MentionType::Pronoun;
        m.pronoun = l;
        m.first_token = i;
        m.last_token = i + 1;
        return true;
    }

    bool bare_name_at(std::size_t i, Mention& m) const {
        // "Dr. Marek Hollis", "Lieutenant General Marek Hollis": the rank is not the name.
        std::size_t start = i;
        while (auto h = ix_.honorifics.longest(keys_, start))
            start += h->length;
        if (start > i && !cap(start))
            return false;
        std::size_t n = name_length(start, true);
        if (n == 0)
            return false;
        // "the Caspian port of Aktau": a capitalized word before a common noun is an adjective.
        if (n == 1 && is(WordClass::SettlementNoun, lw(start + 1)))
            return false;
        m.type = MentionType::Person;
        m.first_token = i;
        m.last_token = start + n;
        m.name = text_of(s_, t_, start, start + n);
        return true;
    }
};

} // namespace

std::vector<Mention> find_mentions(std::string_view sentence, const std::vector<Token>& tokens,
                                   const LexiconIndex& index) {
    return MentionFinder(sentence, tokens, index).run();
}

const char* mention_type_name(MentionType type) {
    switch (type) {
    case MentionType::Person:
        return "person";
    case MentionType::Role:
        return "role";
    case MentionType::Pronoun:
        return "pronoun";
    case MentionType::Country:
        return "country";
    case MentionType::City:
        return "city";
    case MentionType::Region:
        return "region";
    case MentionType::Site:
        return "site";
    case MentionType::Organization:
        return "organization";
    case MentionType::Demonym:
        return "demonym";
    case MentionType::Agreement:
        return "agreement";
    }
    return "?";
}

} // namespace geokg
