#pragma once
// Mentions: the spans of a sentence that name or stand for an entity.
#include "lexicon/lexicon_index.hpp"
#include "text/text_span.hpp"
#include "text/token.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace geokg {

enum class MentionType {
    Person,       // a name, with or without a title: "President Ravel Suto", "Hale"
    Role,         // a title without a name: "the Pentagon chief", "Tunisian President"
    Pronoun,      // "he", "she", "they", "them"
    Country,      // gazetteer country: "Tunisia", "US"
    City,         // gazetteer or inferred city
    Region,       // gazetteer region: "North Africa"
    Site,         // gazetteer site, or a capitalized phrase with a site head word
    Organization, // gazetteer organization, or a phrase with an organization head word
    Demonym,      // a demonym used as an adjective: "the Algerian war"
    Agreement,    // "a 10-year military cooperation deal", "Roadmap for Defence Cooperation"
};

// One office a title phrase names, as the text composes it. "Vice Premier and Trade Minister
// Ravel Suto" names two; "the Minister of Energy and Mining Resources Teo Marel" one that no
// title of the lexicon is, composed from its head ("Minister") and the ontology's words
// (words:title-modifier, words:portfolio).
struct TitlePhrase {
    // The lexicon title the office is as a whole (an alias counts: "Defence Minister"), -1
    // when it is composed: "Deputy Trade Representative" is not "Trade Representative".
    int title = -1;
    // The lexicon title it is built on: "Minister" for "Minister of Energy and Mining
    // Resources", "Trade Representative" for "Deputy Trade Representative"; equal to `title`
    // when the office is a lexicon title. Its kind (generic, envoy) is the office's.
    int head = -1;
    // The office's name: the lexicon title's label when `title` >= 0, else the words of the
    // phrase as written, each capitalized but "of", "for", "and", "the", "to": "Minister of
    // Energy and Mining Resources", "Deputy Trade Representative", "Special Presidential Envoy
    // for Climate". Without its organization and country.
    std::string label;
    // The body whose office it is, named before it or in its "of" complement: "State
    // Department" of "State Department Spokesperson", "Senate Finance Committee" of "Senate
    // Finance Committee Chairman", "Howard University" of "President of Howard University";
    // empty when none (a state's office). Its gazetteer entry when it has one, else -1.
    std::string organization;
    int organization_entry = -1;
    // Named in the office's "of" complement after its holder's name in a list item ("- Ivo
    // Kerr, President of Howard University"): a body named so may be one the gazetteer does
    // not know.
    bool organization_of = false;
    friend bool operator==(const TitlePhrase&, const TitlePhrase&) = default;
};

struct Mention {
    MentionType type = MentionType::Person;
    std::size_t first_token = 0; // token range [first_token, last_token)
    std::size_t last_token = 0;
    TextSpan span;       // bytes, relative to the tokenized sentence
    std::string surface; // the text as written
    std::string name;    // person name as written, or the phrase's label
    int entry = -1;      // gazetteer entry (places, organizations, position aliases)
    // The lexicon title of the person's office: the first of `titles` that is a lexicon title
    // as a whole and of no organization, -1 when none is ("Deputy Trade Representative X",
    // "State Department Spokesperson X": see `titles`).
    int title = -1;
    std::string title_country;         // ISO alpha-3 qualifying the title
    bool country_from_context = false; // "the country's President": the country named before
    std::string title_target;          // ISO alpha-3 after "to" ("ambassador to Morocco")
    // A region of the title's country whose office it is: "Illinois" of "Illinois Governor X"
    // (its gazetteer label); title_country is then the region's country.
    std::string title_region;
    bool former = false;          // "former Defense Secretary ..."
    std::string pronoun;          // lower case, for pronouns
    bool first_person = false;    // "I" (words:first-person-pronoun): a statement's speaker
    int group_size = 0;           // "the two ministers": a pronoun for that many
    bool group_of_states = false; // "the two sides": for their states
    bool aside = false;           // inside parentheses
    bool metonym = false;         // "the Sudanese government" standing for its state
    // Every office the title phrase names, in the order written ("Foreign Minister and
    // Deputy Prime Minister X": two); title_country, former and title_target apply to each.
    // Empty for a mention without a title.
    std::vector<TitlePhrase> titles;
    // A suffix written after the name: "Jr." of "Walter K. Hale, Jr."; `name` is then
    // "Walter K. Hale" and the span covers the suffix. Empty when none.
    std::string name_suffix;
    // "her Norland counterpart, Defence Minister Ivo Kerr": the person is named as the
    // agent's counterpart; title_country is the demonym's or country's before "counterpart"
    // when the title gives none.
    bool counterpart = false;

    // Whether the title's country is known or to be taken from the context.
    bool has_title_country() const { return !title_country.empty() || country_from_context; }
    friend bool operator==(const Mention&, const Mention&) = default;
};

// Every mention in a tokenized sentence, left to right, not overlapping.
std::vector<Mention> find_mentions(std::string_view sentence, const std::vector<Token>& tokens,
                                   const LexiconIndex& index);

const char* mention_type_name(MentionType type);

} // namespace geokg
