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
    Person,       // a name, with or without a title: "President Kais Saied", "Esper"
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

struct Mention {
    MentionType type = MentionType::Person;
    std::size_t first_token = 0; // token range [first_token, last_token)
    std::size_t last_token = 0;
    TextSpan span;                     // bytes, relative to the tokenized sentence
    std::string surface;               // the text as written
    std::string name;                  // person name as written, or the phrase's label
    int entry = -1;                    // gazetteer entry (places, organizations, position aliases)
    int title = -1;                    // lexicon title, for persons and roles with a title
    std::string title_country;         // ISO alpha-3 qualifying the title
    bool country_from_context = false; // "the country's President": the country named before
    std::string title_target;          // ISO alpha-3 after "to" ("ambassador to Morocco")
    bool former = false;               // "former Defense Secretary ..."
    std::string pronoun;               // lower case, for pronouns
    int group_size = 0;                // "the two ministers": a pronoun for that many
    bool group_of_states = false;      // "the two sides": for their states
    bool aside = false;                // inside parentheses
    bool metonym = false;              // "the Sudanese government" standing for its state

    // Whether the title's country is known or to be taken from the context.
    bool has_title_country() const { return !title_country.empty() || country_from_context; }
};

// Every mention in a tokenized sentence, left to right, not overlapping.
std::vector<Mention> find_mentions(std::string_view sentence, const std::vector<Token>& tokens,
                                   const LexiconIndex& index);

const char* mention_type_name(MentionType type);

} // namespace geokg
