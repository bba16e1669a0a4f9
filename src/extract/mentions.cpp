#include "extract/mentions.hpp"

#include "text/utf8.hpp"

#include <algorithm>

#include <array>
#include <cctype>
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
        : s_(sentence), t_(tokens), ix_(index), keys_(token_keys(tokens)),
          list_item_(is_list_item()), headline_(!list_item_ && is_headline()) {}

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
            if (const std::size_t end = thing_name_end(i); end > i) {
                i = end;
                continue;
            }
            if (agreement_at(i, m) || capital_phrase_at(i, m) || actor_at(i, m) ||
                city_of_at(i, m) || named_phrase_at(i, m) || gazetteer_at(i, m) ||
                demonym_at(i, m) || pronoun_at(i, m) || bare_name_at(i, m)) {
                i = m.last_token;
                if (!out.empty() && complement_of_role(out.back(), m))
                    continue;
                if (out.size() >= 2 && envoy_posted_in(out[out.size() - 2], out.back(), m)) {
                    out.pop_back();
                    continue;
                }
                m.span = {t_[m.first_token].begin, t_[m.last_token - 1].end};
                m.surface = text_of(s_, t_, m.first_token, m.last_token);
                out.push_back(std::move(m));
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    // "The Special Envoy of the UN Secretary-General for Yemen, Ivo Kerr,": the titled person
    // after a role and "of" or "to" is the role's holder, not the holder of the office named
    // in its complement. The role becomes that person, with the role's titles, of the
    // complement's organization and field; true if so.
    bool complement_of_role(Mention& role, const Mention& m) const {
        if (role.type != MentionType::Role || m.type != MentionType::Person || m.titles.empty() ||
            role.last_token + 1 != m.first_token ||
            (lw(role.last_token) != "of" && lw(role.last_token) != "to"))
            return false;
        // The role is the complement's organization's, and its field is the one the
        // complement names after "for": "Special Envoy for Yemen" of the UN.
        if (!role.titles.empty() && role.titles.front().organization.empty()) {
            const TitlePhrase& of = m.titles.front();
            TitlePhrase& office = role.titles.front();
            if (!of.organization.empty()) {
                office.organization = of.organization;
                office.organization_entry = of.organization_entry;
            }
            const std::size_t field = of.label.find(" for ");
            if (field != std::string::npos && office.label.find(" for ") == std::string::npos) {
                office.label += of.label.substr(field);
                office.title = -1;
                role.title = -1;
            }
        }
        held_by(role, m);
        return true;
    }

    // The role becomes the person named after it, up to the end of that person's mention.
    void held_by(Mention& role, const Mention& m) const {
        role.type = MentionType::Person;
        role.name = m.name;
        role.last_token = m.last_token;
        role.span = {t_[role.first_token].begin, t_[role.last_token - 1].end};
        role.surface = text_of(s_, t_, role.first_token, role.last_token);
    }

    // "the Venezuelan ambassador in Bogota, Ivo Kerr,": the person named after an envoy's
    // role and the city he is posted in holds the role, sent to the city's state. The role
    // becomes that person, the city part of the title; true if so.
    bool envoy_posted_in(Mention& role, const Mention& city, const Mention& m) const {
        if (role.type != MentionType::Role || role.titles.empty() ||
            !is_envoy(role.titles.front().head) || city.type != MentionType::City ||
            city.entry < 0 || role.last_token + 1 != city.first_token ||
            lw(role.last_token) != "in" || folded(city.last_token) != "," ||
            city.last_token + 1 != m.first_token || m.type != MentionType::Person ||
            !m.titles.empty() || !closes_apposition(m.last_token))
            return false;
        const std::string& state = entry(city.entry).country;
        if (state.empty() || state == role.title_country)
            return false;
        if (role.title_target.empty())
            role.title_target = state;
        held_by(role, m);
        return true;
    }

    std::string_view s_;
    const std::vector<Token>& t_;
    const LexiconIndex& ix_;
    TokenKeys keys_;
    bool list_item_ = false; // a line opened by a bullet: "- Ivo Kerr, Kestrel Foundation"
    bool headline_ = false;
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
               is(WordClass::SingularPronoun, word) || is(WordClass::PluralPronoun, word) ||
               is(WordClass::CounterpartNoun, word);
    }

    // The longest phrase of a word class at k, in tokens (0 if none).
    std::size_t phrase_of(WordClass c, std::size_t k) const {
        std::vector<std::string_view> words;
        for (std::size_t x = k; x < t_.size() && x < k + 4 && t_[x].word; ++x)
            words.emplace_back(lw(x));
        return ix_.words.phrase_at(c, words);
    }

    // A list item opens with a bullet ("-", "*", "•", "–"): its capitalized words are no
    // headline's.
    bool is_list_item() const {
        if (t_.size() < 2 || t_[0].word)
            return false;
        const std::string_view b = t_[0].text;
        return b == "-" || b == "*" || b == "\xE2\x80\xA2" || b == "\xE2\x80\x93";
    }

    // A title-case headline ("Trade Chief Makes Quick Stop in Velm"): three words or more
    // with letters, all capitalized but the class's minor words.
    bool is_headline() const {
        std::size_t capitalized = 0;
        for (std::size_t k = 0; k < t_.size(); ++k) {
            if (!t_[k].word || is(WordClass::HeadlineMinorWord, lw(k)))
                continue;
            bool letter = false;
            for (std::size_t b = 0; b < t_[k].text.size() && !letter;) {
                const Utf8Char ch = decode_utf8(t_[k].text, b);
                letter = is_letter(ch.code_point);
                b += ch.length;
            }
            if (!letter)
                continue;
            if (!t_[k].capitalized)
                return false;
            ++capitalized;
        }
        return capitalized >= 3;
    }

    // Whether the word at k may be a word of a person's name: letters, with inner hyphens
    // and apostrophes ("Jean-Pierre", "O'Malley"); not a plural acronym ("CEOs"), not a dotted
    // abbreviation ("Ph.D."), no digits, not ending as common nouns do ("Antisemitism").
    bool plausible_name_word(std::size_t k) const {
        const std::string_view w = t_[k].text;
        std::size_t letters = 0;
        bool lower_seen = false;
        bool leading_capitals = true; // the first two characters are capitals
        for (std::size_t b = 0, n = 0; b < w.size(); ++n) {
            const Utf8Char ch = decode_utf8(w, b);
            const char32_t c = ch.code_point;
            b += ch.length;
            if (is_letter(c) || is_mark(c)) {
                letters += is_letter(c) ? 1 : 0;
                lower_seen = lower_seen || is_lower(c);
                if (n < 2 && !is_upper(c))
                    leading_capitals = false;
            } else if (c == '-' || c == '\'' || c == 0x2019) {
                if (n < 2)
                    leading_capitals = false;
            } else {
                return false;
            }
        }
        if (letters == 0 || (leading_capitals && lower_seen && letters > 2))
            return false;
        const std::string low = lower(w);
        const std::size_t length = code_points(low);
        for (const auto& ending : ix_.words.words_of(WordClass::NotANameEnding))
            if (low.ends_with(ending) && length >= code_points(ending) + 4)
                return false;
        return true;
    }

    // A verb written with a capital: a one-word trigger in the past or base form ("Tunisia &
    // US Sign Roadmap"); in a headline, or with `any_form`, also in the other verb forms and
    // the words of the verb classes ("Trade Chief Makes Quick Stop", "Speaking to ..."). In a
    // name elsewhere "Said" or "Meeting" may be a word of it.
    bool is_verb_word(std::size_t k, bool any_form = false) const {
        const bool all = headline_ || any_form;
        // A trigger of one word, or the first of one of more ("Travels to" in a headline).
        std::string l = lw(k);
        for (std::size_t n = 1; n <= 3 && k + n <= t_.size(); ++n) {
            if (n > 1)
                l += " " + lw(k + n - 1);
            if (auto f = ix_.trigger_forms.find(l); f != ix_.trigger_forms.end())
                for (int t : f->second) {
                    const auto form = ix_.trigger(t).form;
                    if (form == TriggerForm::Past || form == TriggerForm::Base ||
                        (all && form != TriggerForm::Noun))
                        return true;
                }
        }
        l = lw(k);
        return all && (is(WordClass::LightVerb, l) || is(WordClass::SpeechVerb, l) ||
                       is(WordClass::TourVerb, l) || is(WordClass::InclusionVerb, l));
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
    // One initial or several joined by dots, without the last dot: "J", "J.B".
    static bool initials(const std::string& text) {
        if (text.empty())
            return false;
        for (std::size_t c = 0; c < text.size(); ++c) {
            const bool letter = c % 2 == 0;
            if (letter ? !(text[c] >= 'A' && text[c] <= 'Z') : text[c] != '.')
                return false;
        }
        return text.size() % 2 == 1;
    }

    std::size_t name_length(std::size_t i, bool allow_single) const {
        std::size_t k = i;
        std::size_t words = 0;
        // After initials a name goes on with a capitalized word or a particle before one
        // ("F.W. de Klerk").
        auto goes_on = [&](std::size_t x) {
            return cap(x) || (is(WordClass::NameParticle, lw(x)) && cap(x + 1));
        };
        while (k < t_.size() && words < 5) {
            const Token& t = t_[k];
            std::string text(t.text);
            if (cap(k) && t.text.size() == 1 && folded(k + 1) == "." && cap(k + 2) && words > 0) {
                k += 2; // a middle initial: "Walter K. Hale"
                continue;
            }
            // Initials that open a name after a title: "Governor J.B. Kerr", "Justice C.
            // Ana Dorr".
            if (words == 0 && initials(text) && folded(k + 1) == "." && goes_on(k + 2) &&
                !initials(std::string(t_[k + 2].text))) {
                k += 2;
                continue;
            }
            if (words == 0 && text.size() > 2 && text.back() == '.' &&
                initials(text.substr(0, text.size() - 1)) && goes_on(k + 1)) {
                k += 1; // "J.B." as one token
                continue;
            }
            if (words == 0 && initials(text) && folded(k + 1) == "." && k + 2 < t_.size() &&
                initials(std::string(t_[k + 2].text)) && folded(k + 3) == "." && goes_on(k + 4)) {
                k += 4; // "J. B. Kerr"
                continue;
            }
            if (words > 0 && is(WordClass::RegnalNumeral, text)) {
                ++k;
                ++words;
                continue;
            }
            if ((words > 0 || k > i) && is(WordClass::NameParticle, text) && cap(k + 1)) {
                ++k;
                continue;
            }
            if (words > 0 && particle_compound(k)) {
                ++k; // "Abdulaziz Saleh al-Jabri"
                ++words;
                continue;
            }
            // "I've", "I'm": the pronoun, not a name.
            bool first_person = text.size() > 2 && text[0] == 'I' &&
                                (text[1] == '\'' || text.rfind("I\xE2\x80\x99", 0) == 0);
            if (!cap(k) || is(WordClass::NotAName, text) || is_acronym(text) ||
                joins_places(text) || first_person || !plausible_name_word(k))
                break;
            // "Walter Hale Jr.": the suffix ends the name (name_suffix_at takes it).
            if (words > 0 && is(WordClass::NameSuffix, text))
                break;
            // A headline's capitalized verb ("Tunisia & US Sign Roadmap", "Trade Chief Makes
            // Quick Stop") is no name.
            if (is_verb_word(k))
                break;
            if (ix_.titles.longest(keys_, k) && t_[k].capitalized)
                break;
            auto place = ix_.places.longest(keys_, k);
            if (place &&
                (words == 0 || place->length > 1 ||
                 entry(place->value).entity_class == EntityClass::Country) &&
                !(words == 0 && given_name_of_city(k, *place)))
                break;
            if (ix_.demonyms.longest(keys_, k))
                break;
            ++k;
            ++words;
        }
        if (words == 0 || (words == 1 && !allow_single))
            return 0;
        // An organization's head word alone is no name: "the Chief of the Defence Force".
        if (words == 1 && ix_.organization_heads.count(lw(i)))
            return 0;
        // A trailing initial or particle is not part of the name.
        while (k > i && !cap(k - 1) && folded(k - 1) != "." && !particle_compound(k - 1))
            --k;
        return k - i;
    }

    // A one-word city before two more words of a name is a given name: "Santiago Ocampo
    // Ruiz". Not before a place, a body or a site ("Geneva Peace Forum"), nor one more word
    // alone ("Washington Post"), nor after a preposition of place.
    template <typename Match> bool given_name_of_city(std::size_t k, const Match& place) const {
        if (place.length != 1 || entry(place.value).entity_class != EntityClass::City)
            return false;
        // After a preposition of place it is the city: "In Geneva Ana Dorr met ...".
        if (k > 0) {
            const std::string& before = lw(k - 1);
            if (before == "in" || before == "at" || before == "to" || before == "from" ||
                before == "near" || before == "of")
                return false;
        }
        for (std::size_t x = k + 1; x < k + 3; ++x) {
            if (!cap(x) || !t_[x].word || is(WordClass::NotAName, t_[x].text) ||
                is_acronym(std::string(t_[x].text)) || !plausible_name_word(x) ||
                ix_.places.longest(keys_, x) || ix_.demonyms.longest(keys_, x) ||
                ix_.titles.longest(keys_, x) || ix_.organization_heads.count(lw(x)) ||
                ix_.site_heads.count(lw(x)) || is_verb_word(x))
                return false;
        }
        return true;
    }

    // A particle joined to a capitalized word by a hyphen: "al-Jabri", "el-Sayed".
    bool particle_compound(std::size_t k) const {
        if (k >= t_.size() || !t_[k].word)
            return false;
        const std::string_view text = t_[k].text;
        const std::size_t hyphen = text.find('-');
        return hyphen != std::string_view::npos && hyphen + 1 < text.size() &&
               std::isupper(static_cast<unsigned char>(text[hyphen + 1])) &&
               is(WordClass::NameParticle, text.substr(0, hyphen));
    }

    // A suffix after the name ending at `end`: "Walter K. Hale, Jr.", "Walter Hale Jr.". Sets
    // the mention's name_suffix and returns where the mention ends (`end` if none). The dot
    // after it is the suffix's unless it ends the sentence.
    std::size_t name_suffix_at(std::size_t name_start, std::size_t end, Mention& m) const {
        std::size_t k = end;
        if (folded(k) == "," && words_in(name_start, end) >= 2)
            ++k;
        if (k >= t_.size() || !is(WordClass::NameSuffix, std::string(t_[k].text)))
            return end;
        std::size_t last = k + 1;
        if (folded(last) == "." && last + 1 < t_.size())
            ++last;
        m.name_suffix = text_of(s_, t_, k, last);
        return last;
    }

    // The words of a name (initials and punctuation left out).
    std::size_t words_in(std::size_t first, std::size_t last) const {
        std::size_t n = 0;
        for (std::size_t k = first; k < last; ++k)
            n += t_[k].word && !(t_[k].text.size() == 1 && folded(k + 1) == ".") ? 1 : 0;
        return n;
    }

    // Only an envoy's title names the country he is sent to: "ambassador to Morocco".
    bool is_envoy(int title) const {
        return title >= 0 && ix_.title(title).kind == TitleKind::Envoy;
    }

    // Where an office's phrase goes on: a word before or between its heads (a modifier or a
    // portfolio word): its length in tokens, 0 if none.
    std::size_t title_word_at(std::size_t k) const {
        if (k < t_.size() && is(WordClass::OrdinalTitleModifier, t_[k].text))
            return 1;
        return std::max(phrase_of(WordClass::TitleModifier, k), phrase_of(WordClass::Portfolio, k));
    }

    // Title words from k: "Energy", "Mining Resources", "Arms Control"; where they end.
    std::size_t title_words_from(std::size_t k) const {
        while (std::size_t n = title_word_at(k))
            k += n;
        return k;
    }

    // Portfolio words coordinated after `end`: "of Energy[ and Mining Resources]", "for
    // Industry[, Trade and Investment]". Where the coordination ends.
    std::size_t coordinated_portfolio(std::size_t end) const {
        for (;;) {
            std::size_t c = end;
            if (folded(c) == ",")
                ++c;
            if (lw(c) == "and")
                ++c;
            if (c == end || !phrase_of(WordClass::Portfolio, c))
                return end;
            const std::size_t e = title_words_from(c);
            if (ix_.titles.longest(keys_, e) || names_organization(e))
                return end; // "of Energy and Trade Minister X", "and Security Council"
            end = e;
        }
    }

    // A capitalized head word of an organization: "Security Council", not a portfolio.
    bool names_organization(std::size_t k) const {
        return cap(k) && ix_.organization_heads.count(lw(k)) > 0;
    }

    // An organization at k that a name follows: from the gazetteer, or a capitalized phrase
    // with an organization's head word, "of", "for", "and" and "the" allowed inside ("Howard
    // University", "Office of Management and Budget"), as short as a name can follow it.
    // Where it ends (k if none).
    // After a name and a comma ("Ivo Kerr, CEO of Kestrel Airlines,"), the office names its
    // holder before it: the organization is the capitalized phrase up to the apposition's
    // end, head word or none.
    std::size_t organization_end(std::size_t k, TitlePhrase& p, bool after_name,
                                 bool after_comma = false) const {
        // A name right after it, or after a comma and closed as an apposition: "Commander of
        // the Defence Force, Major General Ivo Kerr,".
        auto named_after = [&](std::size_t e) {
            if (name_length(skip_honorifics(e), true) > 0)
                return true;
            if (folded(e) != ",")
                return false;
            const std::size_t start = skip_honorifics(e + 1);
            const std::size_t n = name_length(start, true);
            return n > 0 && closes_apposition(start + n);
        };
        if (auto g = ix_.places.longest(keys_, k);
            g && entry(g->value).entity_class == EntityClass::Organization &&
            named_after(k + g->length)) {
            p.organization = text_of(s_, t_, k, k + g->length);
            p.organization_entry = g->value;
            return k + g->length;
        }
        // Else a longer phrase may name a body of it: "African Union Commission".
        bool head = false;
        for (std::size_t x = k; x < t_.size() && x < k + 8; ++x) {
            if (!cap(x)) {
                // "CEO of Kestrel Airlines and Chair of ...": a second office, not the body's.
                if (x > k && is(WordClass::NameConnector, lw(x)) &&
                    (cap(x + 1) || (is(WordClass::Article, lw(x + 1)) && cap(x + 2))) &&
                    !ix_.titles.longest(keys_, x + 1))
                    continue;
                if (x > k && is(WordClass::Article, lw(x)) && lw(x - 1) == "of" && cap(x + 1))
                    continue;
                break;
            }
            head = head || ix_.organization_heads.count(lw(x)) > 0;
            if (head && named_after(x + 1)) {
                p.organization = text_of(s_, t_, k, x + 1);
                return x + 1;
            }
            // After a name and a comma, a body that ends the sentence ends the apposition:
            // "..., Ivo Kerr, Director General of Border Guard Kestria (BGK)."
            if (head && after_comma && !cap(x + 1) && ends_sentence(skip_acronym_aside(x + 1))) {
                p.organization = text_of(s_, t_, k, x + 1);
                p.organization_of = true;
                return x + 1;
            }
        }
        // After a name in a list item: the capitalized phrase up to the apposition's end,
        // unless a name follows a body in it (read above). Without a head word, three words
        // at most.
        if (after_name && cap(k) && !ix_.places.longest(keys_, k)) {
            std::size_t x = k;
            bool with_head = false;
            while (x < t_.size() && x < k + 8 &&
                   (cap(x) || (x > k && is(WordClass::NameConnector, lw(x)) && cap(x + 1)) ||
                    (x > k && is(WordClass::Article, lw(x)) && lw(x - 1) == "of" && cap(x + 1)))) {
                with_head = with_head || (cap(x) && ix_.organization_heads.count(lw(x)) > 0);
                ++x;
            }
            if (x > k && closes_apposition(x) && (with_head || words_in(k, x) <= 3)) {
                p.organization = text_of(s_, t_, k, x);
                p.organization_of = true;
                return x;
            }
        }
        return k;
    }

    // An office named as the title phrase composes it, at j: modifiers and portfolio words
    // around one head or more of the lexicon ("Deputy Trade Representative", "Vice Premier",
    // "Chief Trade Negotiator"), then complements: "of" or "for" portfolio words coordinated
    // with "and" ("Minister of Energy and Mining Resources", "Special Envoy for Climate"),
    // "of" an organization before a name ("President of Howard University X"), "to the" and a
    // title before a name ("Assistant to the President X"). Where it ends, or nullopt.
    std::optional<std::size_t> office_at(std::size_t j, TitlePhrase& p) const {
        std::size_t k = j, end = j;
        int head = -1;
        std::size_t head_at = j;
        while (k < t_.size() && k < j + 8) {
            if (auto t = ix_.titles.longest(keys_, k)) {
                head = t->value;
                head_at = k;
                k += t->length;
                end = k;
                continue;
            }
            const std::size_t n = title_word_at(k);
            if (n == 0)
                break;
            k += n;
        }
        if (head < 0)
            return std::nullopt;
        bool composed = head_at != j;
        // "Minister of Foreign Affairs[ and International Cooperation]"
        if (const std::size_t e = coordinated_portfolio(end);
            e > end && phrase_of(WordClass::Portfolio, end - 1)) {
            end = e;
            composed = true;
        }
        for (;;) {
            const std::string& w = lw(end);
            std::size_t m = end + 1;
            if ((w == "of" || w == "for" || w == "to") && is(WordClass::Article, lw(m)))
                ++m;
            if (w == "of" || w == "for") {
                // "Minister for Europe and Foreign Affairs", "Special Envoy for Yemen": after
                // "for", a country or region is the office's field ("of Kenya" is its state).
                std::size_t field = m;
                if (w == "for")
                    if (auto g = ix_.places.longest(keys_, m);
                        g && cap(m) &&
                        (entry(g->value).entity_class == EntityClass::Country ||
                         entry(g->value).entity_class == EntityClass::Region))
                        field = m + g->length;
                if (const std::size_t e = title_words_from(field);
                    e > m && !names_organization(e)) {
                    end = coordinated_portfolio(e);
                    composed = true;
                    continue;
                }
                TitlePhrase org;
                // In a list item only ("- Ivo Kerr, CEO of Kestrel Airlines"): in running
                // text a comma as often opens the next item of a list of titled names.
                const bool after_comma = j >= 2 && folded(j - 1) == "," && cap(j - 2);
                const bool after_name = list_item_ && after_comma;
                if (const std::size_t e = organization_end(m, org, after_name, after_comma);
                    w == "of" && e > m) {
                    p.organization = std::move(org.organization);
                    p.organization_entry = org.organization_entry;
                    p.organization_of = org.organization_of;
                    p.title = composed ? -1 : head;
                    p.head = head;
                    p.label = office_label(j, end, p.title);
                    return e;
                }
            }
            if (w == "to" && !is_envoy(head) && cap(m)) {
                if (auto t = ix_.titles.longest(keys_, m);
                    t && name_length(skip_honorifics(m + t->length), true) > 0) {
                    end = m + t->length;
                    composed = true;
                    continue;
                }
            }
            break;
        }
        p.head = head;
        p.title = composed ? -1 : head;
        p.label = office_label(j, end, p.title);
        return end;
    }

    // The office's name: the lexicon title's label, or the words as written, capitalized but
    // the function words of the title phrase.
    std::string office_label(std::size_t first, std::size_t last, int title) const {
        if (title >= 0)
            return ix_.title(title).label;
        std::string out;
        for (std::size_t k = first; k < last; ++k) {
            std::string w(t_[k].text);
            const std::string& l = lw(k);
            const bool function_word =
                l == "of" || l == "for" || l == "and" || l == "the" || l == "to";
            if (!t_[k].capitalized && !function_word && !w.empty() && w[0] >= 'a' && w[0] <= 'z')
                w[0] = static_cast<char>(w[0] - 'a' + 'A');
            if (!out.empty() && t_[k].word)
                out += ' ';
            out += w;
        }
        return out;
    }

    std::size_t skip_honorifics(std::size_t k) const {
        while (auto h = ix_.honorifics.longest(keys_, k))
            k += h->length;
        return k;
    }

    // An organization named before an office: "State Department Spokesperson", "Senate
    // Finance Committee Chairman", "NSC Spokesperson", "Army chief". Where the office starts,
    // or j when there is none.
    std::size_t organization_before_office(std::size_t j, TitlePhrase& p) const {
        TitlePhrase probe;
        // "Army Chief of Staff" is an office of its own, "Pentagon chief" a position's alias.
        if (!cap(j) || office_at(j, probe) || ix_.position_aliases.longest(keys_, j))
            return j;
        if (auto g = ix_.places.longest(keys_, j);
            g && entry(g->value).entity_class == EntityClass::Organization &&
            office_at(j + g->length, probe)) {
            p.organization = text_of(s_, t_, j, j + g->length);
            p.organization_entry = g->value;
            return j + g->length;
        }
        // "the African Union's High Representative for Sudan": the possessive of a body the
        // gazetteer knows.
        if (auto g = ix_.places.longest(keys_, j);
            g && entry(g->value).entity_class == EntityClass::Organization &&
            folded(j + g->length) == "'s" && cap(j + g->length + 1) &&
            office_at(j + g->length + 1, probe)) {
            p.organization = text_of(s_, t_, j, j + g->length);
            p.organization_entry = g->value;
            return j + g->length + 1;
        }
        if (is_acronym(t_[j].text) && !ix_.places.longest(keys_, j) && office_at(j + 1, probe)) {
            p.organization = std::string(t_[j].text);
            return j + 1;
        }
        std::size_t start = j;
        for (std::size_t x = j; x < t_.size() && x < j + 6 && cap(x); ++x)
            if (ix_.organization_heads.count(lw(x)) && office_at(x + 1, probe))
                start = x + 1;
        // "Kentucky Governor Andy Beshear", "Velm Mayor Ana Dorr": capitalized words that are
        // no name directly before a capitalized office name whose office it is.
        for (std::size_t x = j; start == j && x < j + 3 && cap(x) && !is_verb_word(x) &&
                                !is(WordClass::NotAName, std::string(t_[x].text));
             ++x)
            if (cap(x + 1) && office_at(x + 1, probe) &&
                !is(WordClass::NameSuffix, std::string(t_[x + 1].text))) // "Ana Dorr MP"
                start = x + 1;
        if (start > j)
            p.organization = text_of(s_, t_, j, start);
        return start;
    }

    // Whether the sentence ends at k: its last token, or a final mark.
    bool ends_sentence(std::size_t k) const {
        return k >= t_.size() || (k + 1 == t_.size() && (folded(k) == "." || folded(k) == "!"));
    }

    // Whether an apposed name ends at k: "the defence minister, Ivo Kerr, said".
    bool closes_apposition(std::size_t k) const {
        // "the Taoiseach, Ana Dorr TD, said": post-nominal letters close the name.
        if (k < t_.size() && is(WordClass::NameSuffix, std::string(t_[k].text)))
            k += folded(k + 1) == "." ? 2 : 1;
        if (k >= t_.size())
            return true;
        const std::string& f = folded(k);
        return f == "," || f == "." || f == ";" || f == ":" || f == ")" || f == "-";
    }

    // A title, with what qualifies it, and the name it introduces: "the former Tunisian
    // Defense Minister Imed Memmiche of ...", "Kenya's defence minister", "the Pentagon chief",
    // "Vice Premier and Trade Minister Ravel Suto", "the defence minister, Ivo Kerr,".
    bool actor_at(std::size_t i, Mention& out) const {
        Mention m; // left untouched unless a title is found
        if (!actor_parse(i, m))
            return false;
        out = std::move(m);
        return true;
    }

    bool actor_parse(std::size_t i, Mention& m) const {
        bool det = false, modified = false;
        std::size_t j = title_modifiers(i, m, det, modified);
        if (counterpart_at(i, j, m))
            return true;
        const std::size_t title_start = j;
        TitlePhrase first;
        if (!title_at(organization_before_office(j, first), m, first, j))
            return false;
        if (!t_[title_start].capitalized && !det && !modified && !m.former)
            return false;
        m.titles.push_back(std::move(first));
        j = title_complement(j, m);
        j = skip_acronym_aside(j);
        std::size_t name_start = skip_honorifics(j);
        std::size_t n = name_length(name_start, true);
        // Not after an article: "the President and Leader Jeffries" are two people, unless
        // the name follows as an apposition ("The Tanaiste and Minister for Foreign Affairs,
        // Ana Dorr TD,").
        if (n == 0 && t_[title_start].capitalized) {
            Mention probe = m;
            if (auto c = coordinated_offices(j, probe)) {
                const std::size_t after = title_complement(*c, probe);
                const std::size_t start = skip_honorifics(after);
                const std::size_t length = name_length(start, true);
                const std::size_t apposed = skip_honorifics(after + 1);
                const std::size_t apposed_length =
                    folded(after) == "," ? name_length(apposed, true) : 0;
                if (!det && length > 0) {
                    m = std::move(probe);
                    j = after;
                    name_start = start;
                    n = length;
                } else if (apposed_length > 0 && closes_apposition(apposed + apposed_length)) {
                    m = std::move(probe);
                    j = after;
                    name_start = apposed;
                    n = apposed_length;
                } else if (!det) {
                    m = std::move(probe);
                    j = after;
                }
            }
        }
        if (n == 0 && folded(j) == ",") {
            const std::size_t start = skip_honorifics(j + 1);
            const std::size_t length = name_length(start, true);
            if (length > 0 && closes_apposition(start + length)) {
                name_start = start;
                n = length;
            }
        }
        // Portfolio words that open the name went unread by the title phrase ("Minister for
        // Culture and the Arts Ivo Kerr" read as far as "Culture"): they are no words of the
        // name, and the office is not understood, so the person is given none.
        if (n > 0 && name_start == j) {
            std::size_t p = name_start;
            while (std::size_t w = phrase_of(WordClass::Portfolio, p))
                p += w;
            if (p > name_start && p < name_start + n && cap(p)) {
                m.titles.clear();
                n -= p - name_start;
                name_start = p;
            }
        }
        m.first_token = i;
        for (const auto& p : m.titles)
            if (p.title >= 0 && p.organization.empty()) {
                m.title = p.title;
                break;
            }
        if (n == 0) {
            m.type = MentionType::Role;
            m.last_token = j;
            return true;
        }
        m.type = MentionType::Person;
        m.name = text_of(s_, t_, name_start, name_start + n);
        m.last_token = name_suffix_at(name_start, name_start + n, m);
        // "Defense Minister Lena Okafor of Kenya", "President X of the Republic of Kenya"
        if (!m.has_title_country() && lw(m.last_token) == "of") {
            const std::size_t at =
                m.last_token + (is(WordClass::Article, lw(m.last_token + 1)) ? 2 : 1);
            if (auto c = country_at(at)) {
                m.title_country = entry(c->value).country;
                m.last_token = at + c->length;
            }
        }
        return true;
    }

    // "Vice Premier and Trade Minister Ravel Suto", "Crown Prince and Prime Minister X":
    // offices coordinated before one name. Adds them to the mention's titles and returns
    // where they end; nullopt, and the mention unchanged, when no name follows them.
    // The last office is joined with "and": "The President, Leader Schumer, and ..." lists
    // people.
    std::optional<std::size_t> coordinated_offices(std::size_t j, Mention& m) const {
        std::vector<TitlePhrase> more;
        while (folded(j) == "," || lw(j) == "and") {
            std::size_t c = j + 1;
            if (folded(j) == "," && lw(c) == "and")
                ++c;
            const bool with_and = lw(c - 1) == "and";
            if (!cap(c))
                break;
            TitlePhrase p;
            auto end = office_at(organization_before_office(c, p), p);
            if (!end)
                break;
            more.push_back(std::move(p));
            j = *end;
            if (name_length(skip_honorifics(j), true) > 0) {
                if (!with_and)
                    break;
                m.titles.insert(m.titles.end(), more.begin(), more.end());
                return j;
            }
            // "The Tanaiste and Minister for Foreign Affairs, Ana Dorr TD,": the name in an
            // apposition after the last office.
            if (with_and && folded(j) == ",") {
                const std::size_t start = skip_honorifics(j + 1);
                const std::size_t n = name_length(start, true);
                if (n > 0 && closes_apposition(start + n)) {
                    m.titles.insert(m.titles.end(), more.begin(), more.end());
                    return j;
                }
            }
        }
        return std::nullopt;
    }

    // "her Norland counterpart, Defence Minister Ivo Kerr,", "his counterpart Ivo Kerr": one
    // mention of the person; the demonym or country before the noun (title_modifiers put it
    // in the mention) is the country of a title that names none. `j` is after the modifiers.
    bool counterpart_at(std::size_t i, std::size_t j, Mention& m) const {
        const std::size_t n = phrase_of(WordClass::CounterpartNoun, j);
        if (n == 0)
            return false;
        std::size_t k = j + n;
        const bool comma = folded(k) == ",";
        if (comma)
            ++k;
        Mention person;
        std::size_t end = 0;
        if (cap(k) && actor_at(k, person) && person.type == MentionType::Person) {
            end = person.last_token;
        } else {
            person = Mention{};
            const std::size_t start = skip_honorifics(k);
            const std::size_t length = name_length(start, true);
            if (length == 0)
                return false;
            person.type = MentionType::Person;
            person.name = text_of(s_, t_, start, start + length);
            end = name_suffix_at(start, start + length, person);
        }
        if (comma && !closes_apposition(end))
            return false;
        if (!person.has_title_country()) {
            person.title_country = m.title_country;
            person.country_from_context = m.country_from_context;
        }
        person.counterpart = true;
        person.first_token = i;
        person.last_token = end;
        m = std::move(person);
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
        // "Saudi Arabia's Ambassador": a country's possessive before its demonym ("Saudi").
        if (auto c = country_at(j); c && folded(j + c->length) == "'s") {
            m.title_country = entry(c->value).country;
            modified = true;
            return j + c->length + 1;
        }
        if (auto d = ix_.demonyms.longest(keys_, j)) {
            m.title_country = entry(d->value).country;
            modified = true;
            return j + d->length;
        }
        // "Illinois Governor X", "Oklahoma House Minority Leader X": a region of a state
        // before its office.
        if (auto g = ix_.places.longest(keys_, j);
            g && entry(g->value).entity_class == EntityClass::Region &&
            !entry(g->value).country.empty()) {
            TitlePhrase probe;
            if (office_at(j + g->length, probe)) {
                m.title_country = entry(g->value).country;
                m.title_region = entry(g->value).label;
                modified = true;
                return j + g->length;
            }
        }
        if (auto c = country_at(j)) {
            const std::size_t after = j + c->length;
            if (folded(after) == "'s") {
                m.title_country = entry(c->value).country;
                modified = true;
                return after + 1;
            }
            TitlePhrase probe;
            if (office_at(after, probe) || ix_.position_aliases.longest(keys_, after)) {
                m.title_country = entry(c->value).country;
                modified = true;
                return after;
            }
        }
        return j;
    }

    // A position's alias ("Pentagon chief") or an office at k; `end` is set past it.
    bool title_at(std::size_t k, Mention& m, TitlePhrase& p, std::size_t& end) const {
        if (p.organization.empty())
            if (auto a = ix_.position_aliases.longest(keys_, k)) {
                m.entry = a->value;
                const auto& e = entry(a->value);
                auto t = ix_.title_by_key.find(e.title);
                p.title = p.head = t == ix_.title_by_key.end() ? -1 : t->second;
                p.label = p.title >= 0 ? ix_.title(p.title).label : e.label;
                if (m.title_country.empty()) {
                    m.title_country = e.country;
                    m.country_from_context = false;
                }
                end = k + a->length;
                return true;
            }
        if (auto e = office_at(k, p)) {
            end = *e;
            return true;
        }
        return false;
    }

    // "of Algeria", "of the country", an envoy's "to Morocco" after the title.
    std::size_t title_complement(std::size_t j, Mention& m) const {
        if (lw(j) == "of") {
            if (auto c = country_at(j + 1)) {
                if (m.title_country.empty()) {
                    m.title_country = entry(c->value).country;
                    m.country_from_context = false;
                }
                // "Speaker of Brazil's Chamber of Deputies": the office of the state's body.
                const std::size_t after = j + 1 + c->length;
                if (folded(after) == "'s" && !m.titles.empty() &&
                    m.titles.back().organization.empty() &&
                    m.title_country == entry(c->value).country)
                    if (const std::size_t end = body_name_end(after + 1); end > after + 1) {
                        TitlePhrase& office = m.titles.back();
                        office.label += " of the " + text_of(s_, t_, after + 1, end);
                        office.title = -1;
                        return end;
                    }
                return after;
            }
            if (is(WordClass::Article, lw(j + 1)) && is(WordClass::CountryNoun, lw(j + 2))) {
                if (m.title_country.empty())
                    m.country_from_context = true;
                return j + 3;
            }
        } else if (lw(j) == "to" && !m.titles.empty() && is_envoy(m.titles.back().head)) {
            if (auto c = country_at(j + 1)) {
                m.title_target = entry(c->value).country;
                return j + 1 + c->length;
            }
        }
        return j;
    }

    // The end of a body's name at k: capitalized words, joined by "of", "and" or "the", one of
    // them an organization's head word ("Chamber of Deputies", "Presidential Leadership
    // Council", "Border Security Force"); k when there is none.
    std::size_t body_name_end(std::size_t k) const {
        std::size_t x = k, end = k;
        bool head = false;
        while (x < t_.size() && x < k + 8) {
            if (cap(x) && t_[x].word && !is_verb_word(x)) {
                head = head || ix_.organization_heads.count(lw(x)) > 0;
                ++x;
                if (head)
                    end = x;
            } else if (x > k &&
                       (lw(x) == "of" || lw(x) == "and" || is(WordClass::Article, lw(x))) &&
                       cap(x + 1)) {
                ++x;
            } else {
                break;
            }
        }
        return end;
    }

    // "General Director of National Security and Territorial Surveillance – DGST – Name":
    // the rest of the office's name and its acronym between dashes come before the name.
    std::size_t skip_acronym_aside(std::size_t j) const {
        // "Director General of the Border Security Force (BSF), Name".
        if (folded(j) == "(" && j + 2 < t_.size() && t_[j + 1].word && is_acronym(t_[j + 1].text) &&
            folded(j + 2) == ")")
            j += 3;
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

    // "the Lao capital", "the Kenyan capital": the capital city (gk:capital) of the country
    // a demonym or a country's name before the noun names, when no name follows it ("the
    // Uruguayan capital Montevideo" names its city).
    bool capital_phrase_at(std::size_t i, Mention& m) const {
        if (!is(WordClass::Article, lw(i)))
            return false;
        std::size_t k = i + 1;
        std::string code;
        if (auto d = ix_.demonyms.longest(keys_, k)) {
            code = entry(d->value).country;
            k += d->length;
        } else if (auto c = country_at(k)) {
            code = entry(c->value).country;
            k += c->length;
        } else {
            return false;
        }
        if (!is(WordClass::CapitalNoun, lw(k)) || cap(k + 1))
            return false;
        const auto country = ix_.country_by_code.find(code);
        if (country == ix_.country_by_code.end())
            return false;
        const auto city = ix_.entry_by_key.find(entry(country->second).capital);
        if (city == ix_.entry_by_key.end())
            return false;
        m.type = MentionType::City;
        m.entry = city->second;
        m.first_token = i;
        m.last_token = k + 1;
        m.name = entry(city->second).label;
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
        // "the Sudanese government", "the Afghan interim government" act for their state, as
        // "Washington" does.
        std::size_t noun = m.last_token;
        while (noun < m.last_token + 2 && is(WordClass::GovernmentQualifier, lw(noun)))
            ++noun;
        if (is(WordClass::StateNoun, lw(noun))) {
            m.type = MentionType::Country;
            m.metonym = true;
            m.last_token = noun + 1;
        }
        return true;
    }

    bool pronoun_at(std::size_t i, Mention& m) const {
        const std::string& l = lw(i);
        const bool first_person = is(WordClass::FirstPersonPronoun, std::string(t_[i].text));
        if (!is(WordClass::SingularPronoun, l) && !is(WordClass::PluralPronoun, l) && !first_person)
            return false;
        m.first_person = first_person;
        m.type = MentionType::Pronoun;
        m.pronoun = l;
        m.first_token = i;
        m.last_token = i + 1;
        return true;
    }

    // The end of the name of a meeting, law, award or programme that starts at i ("Strategic
    // Dialogue", "Security Conference", "Clean Water Act"): capitalized words up to one of
    // words:thing-name-head. Its words start no mention; a place, body or title at i is found
    // first ("the ASEAN Summit": the organization, then the event's name). `i` if none
    // starts there.
    std::size_t thing_name_end(std::size_t i) const {
        if (!cap(i) || is(WordClass::Article, lw(i)) || is_verb_word(i) ||
            ix_.places.longest(keys_, i) || ix_.titles.longest(keys_, i) ||
            ix_.demonyms.longest(keys_, i))
            return i;
        // One possessive may stand inside: "St Patrick's Day".
        std::size_t k = i;
        bool possessive = false;
        while (true) {
            if (cap(k) && t_[k].word && !is_verb_word(k)) {
                ++k;
            } else if (!possessive && k > i && folded(k) == "'s" && cap(k + 1)) {
                possessive = true;
                ++k;
            } else {
                break;
            }
        }
        if (k == i || !is(WordClass::ThingNameHead, t_[k - 1].text))
            return i;
        return k;
    }

    bool bare_name_at(std::size_t i, Mention& m) const {
        // "Dr. Marek Hollis", "Lieutenant General Marek Hollis": the rank is not the name.
        const std::size_t start = skip_honorifics(i);
        if (start > i && !cap(start))
            return false;
        // In a headline, or after a determiner ("a Bachelor of Arts"), capitalized words
        // without a title or an honorific before them are no name.
        if (start == i && (headline_ || (i > 0 && is(WordClass::Determiner, lw(i - 1)))))
            return false;
        // In a list item only the name it opens with: "- Ivo Kerr, Kestrel Foundation".
        if (start == i && list_item_ && i != 1)
            return false;
        // "Bachelor of Arts", "Governor Asa Hutchinson of Arkansas": after a capitalized word
        // and "of", a capitalized word is part of a name of something, or a place.
        if (start == i && i >= 2 && lw(i - 1) == "of" && t_[i - 2].word && t_[i - 2].capitalized)
            return false;
        std::size_t n = name_length(start, true);
        if (n == 0)
            return false;
        // "the Caspian port of Aktau": a capitalized word before a common noun is an adjective.
        if (n == 1 && is(WordClass::SettlementNoun, lw(start + 1)))
            return false;
        // "Speaking to reporters, ...": a verb alone is no name.
        if (n == 1 && start == i && is_verb_word(start, true))
            return false;
        m.type = MentionType::Person;
        m.first_token = i;
        m.name = text_of(s_, t_, start, start + n);
        m.last_token = name_suffix_at(start, start + n, m);
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
