// Mentions: the spans of a sentence that name or stand for an entity.
#include "extract/mentions.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"
#include "text/token.hpp"

#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using geokg::Mention;
using geokg::MentionType;

namespace {

std::vector<Mention> mentions_of(std::string_view sentence) {
    return geokg::find_mentions(sentence, geokg::tokenize(sentence),
                                geokg::testing::project_lexicon_index());
}

// The mention whose surface is exactly `surface`; fails the test if there is none.
Mention mention(std::string_view sentence, std::string_view surface) {
    auto all = mentions_of(sentence);
    std::string seen;
    for (const auto& m : all) {
        if (m.surface == surface)
            return m;
        seen += "[" + m.surface + "] ";
    }
    INFO(sentence);
    INFO("mentions: " << seen);
    FAIL("no mention \"" << surface << "\"");
    return {};
}

std::string title_key(const Mention& m) {
    if (m.title < 0)
        return {};
    return geokg::testing::project_lexicon_index()
        .lexicon.titles.at(static_cast<std::size_t>(m.title))
        .key;
}

std::string entry_key(const Mention& m) {
    if (m.entry < 0)
        return {};
    return geokg::testing::project_lexicon_index()
        .lexicon.entries.at(static_cast<std::size_t>(m.entry))
        .key;
}

bool any_person_named(std::string_view sentence, std::string_view name) {
    for (const auto& m : mentions_of(sentence))
        if (m.type == MentionType::Person && m.name == name)
            return true;
    return false;
}

} // namespace

TEST_CASE("a demonym and a title before a name make a person of that country", "[mentions]") {
    std::string_view s = "Kenyan President Samuel Otieno arrived in Ethiopia.";
    auto m = mention(s, "Kenyan President Samuel Otieno");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Samuel Otieno");
    CHECK(title_key(m) == "title/president");
    CHECK(m.title_country == "KEN");
    CHECK_FALSE(m.former);
    CHECK(s.substr(m.span.begin, m.span.size()) == m.surface);
}

TEST_CASE("\"the country's\" leaves the title's country to be found", "[mentions]") {
    auto m = mention("The country's Prime Minister Abebe Girma met Okafor.",
                     "The country's Prime Minister Abebe Girma");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Abebe Girma");
    CHECK(title_key(m) == "title/prime-minister");
    CHECK(m.title_country.empty());
    CHECK(m.country_from_context);
}

TEST_CASE("a country's possessive before a title", "[mentions]") {
    auto m = mention("Kenya's Minister of Defence Lena Okafor met Varga.",
                     "Kenya's Minister of Defence Lena Okafor");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Lena Okafor");
    CHECK(title_key(m) == "title/minister-of-defense");
    CHECK(m.title_country == "KEN");
}

TEST_CASE("an envoy's title names the country he is sent to", "[mentions]") {
    auto m = mention("Kenya's ambassador to Morocco Ruth Wanjiru met Okafor.",
                     "Kenya's ambassador to Morocco Ruth Wanjiru");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Ruth Wanjiru");
    CHECK(m.title_country == "KEN");
    CHECK(m.title_target == "MAR");
}

TEST_CASE("a former office holder", "[mentions]") {
    auto m = mention("Former Defense Minister Lena Okafor arrived in Kenya.",
                     "Former Defense Minister Lena Okafor");
    CHECK(m.type == MentionType::Person);
    CHECK(m.former);
    CHECK(m.name == "Lena Okafor");
}

TEST_CASE("an honorific after a title is not part of the name", "[mentions]") {
    auto m = mention("Kenyan President Lieutenant General Marek Hollis arrived in Ethiopia.",
                     "Kenyan President Lieutenant General Marek Hollis");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Marek Hollis");
    CHECK(m.title_country == "KEN");
}

TEST_CASE("an honorific without a title stays in the name", "[mentions]") {
    std::string_view s = "Army chief Lieutenant General Marek Hollis arrived in Kenya.";
    INFO(s);
    CHECK(any_person_named(s, "Marek Hollis"));
    CHECK_FALSE(any_person_named(s, "Lieutenant General Marek Hollis"));
}

TEST_CASE("\"Dr.\" is taken for a person", "[mentions]") {
    std::string_view s = "Dr. Marek Hollis arrived in Kenya.";
    INFO(s);
    CHECK_FALSE(any_person_named(s, "Dr"));
    CHECK(any_person_named(s, "Marek Hollis"));
}

TEST_CASE("a role without a name", "[mentions]") {
    auto m = mention("The defense minister arrived in Kenya.", "The defense minister");
    CHECK(m.type == MentionType::Role);
    CHECK(title_key(m) == "title/minister-of-defense");
    CHECK(m.title_country.empty());
    CHECK(m.name.empty());

    // A lower-case title without a determiner or country is no role.
    for (const auto& x : mentions_of("Okafor spoke to reporters as defense minister."))
        CHECK(x.type != MentionType::Role);
}

TEST_CASE("a capitalized phrase with a site head word is a site", "[mentions]") {
    auto m = mention("Okafor visited the Peacekeepers Memorial.", "Peacekeepers Memorial");
    CHECK(m.type == MentionType::Site);
    CHECK(m.name == "Peacekeepers Memorial");
    CHECK(m.entry == -1);

    // The head word alone, in lower case, is no site.
    for (const auto& x : mentions_of("Okafor visited the memorial."))
        CHECK(x.type != MentionType::Site);
}

TEST_CASE("an agreement: its phrase, and its proper name as the label", "[mentions]") {
    auto m = mention("They signed a five-year Defence Cooperation Framework.",
                     "a five-year Defence Cooperation Framework");
    CHECK(m.type == MentionType::Agreement);
    CHECK(m.name == "Defence Cooperation Framework");

    auto plain = mention("Okafor signed a defense agreement with Kenya.", "a defense agreement");
    CHECK(plain.type == MentionType::Agreement);
    CHECK(plain.name == "defense agreement");
}

TEST_CASE("a demonym used alone", "[mentions]") {
    auto m = mention("Okafor met Kenyan officials.", "Kenyan");
    CHECK(m.type == MentionType::Demonym);
    CHECK(entry_key(m) == "country/KEN");
    CHECK(m.name == "Kenya");
}

TEST_CASE("a demonym shared with territories named after it is the country's", "[mentions]") {
    // "French Southern Territories", "American Samoa" and "British Virgin Islands" use the
    // demonym in their names: it is not theirs.
    CHECK(entry_key(mention("Okafor met French troops.", "French")) == "country/FRA");
    CHECK(entry_key(mention("Okafor met American troops.", "American")) == "country/USA");
    CHECK(entry_key(mention("Okafor met British troops.", "British")) == "country/GBR");
    // Near miss: a demonym no territory shares keeps its one owner.
    CHECK(entry_key(mention("Okafor met Samoan troops.", "Samoan")) == "country/WSM");
}

TEST_CASE("gazetteer: a country and a city", "[mentions]") {
    std::string_view s = "Okafor flew from Tunisia to Tunis.";
    auto country = mention(s, "Tunisia");
    CHECK(country.type == MentionType::Country);
    CHECK(entry_key(country) == "country/TUN");
    auto city = mention(s, "Tunis");
    CHECK(city.type == MentionType::City);
    CHECK(entry_key(city) == "city/tunis");
    CHECK(mention("Okafor arrived in Nairobi.", "Nairobi").type == MentionType::City);
}

TEST_CASE("gazetteer names match without their diacritics", "[mentions]") {
    // The gazetteer spells "Brasília" and "Bogotá"; news often writes neither accent.
    auto plain = mention("Okafor arrived in Brasilia.", "Brasilia");
    CHECK(plain.type == MentionType::City);
    CHECK(entry_key(plain) == "city/brasilia");
    CHECK(entry_key(mention("Okafor arrived in Bogota.", "Bogota")) == "city/bogota");
    CHECK(entry_key(mention("Okafor arrived in Bras\xC3\xADlia.", "Bras\xC3\xADlia")) ==
          "city/brasilia");
    // Near miss: a different letter is a different name.
    CHECK(mention("Okafor met Brasilio Nunes.", "Brasilio Nunes").type == MentionType::Person);
}

TEST_CASE("pronouns", "[mentions]") {
    auto she = mention("She met him in Nairobi.", "She");
    CHECK(she.type == MentionType::Pronoun);
    CHECK(she.pronoun == "she");
    CHECK(mention("She met him in Nairobi.", "him").pronoun == "him");
}

TEST_CASE("a middle initial stays in the name", "[mentions]") {
    auto m = mention("Defense Minister Lena M. Okafor arrived in Kenya.",
                     "Defense Minister Lena M. Okafor");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Lena M. Okafor");
}

TEST_CASE("no person from a lower-case word or a stop word", "[mentions]") {
    for (std::string_view s :
         {"The minister said otieno was late.", "On Tuesday the talks ended."}) {
        INFO(s);
        for (const auto& m : mentions_of(s))
            CHECK(m.type != MentionType::Person);
    }
}

TEST_CASE("mentions are left to right and do not overlap", "[mentions]") {
    std::string_view s =
        "Kenyan President Samuel Otieno met Okafor at the Peacekeepers Memorial in "
        "Nairobi on Tuesday.";
    auto all = mentions_of(s);
    REQUIRE(all.size() == 4);
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].last_token <= all[i].first_token);
    for (const auto& m : all)
        CHECK(s.substr(m.span.begin, m.span.size()) == m.surface);
    CHECK(std::string(geokg::mention_type_name(all[2].type)) == "site");
}

TEST_CASE("a portfolio after 'of' or before a title belongs to the title, not to the name",
          "[mentions]") {
    auto m = mention("Minister of Energy and Mineral Resources Anka Dorr met Ivo Kerr.",
                     "Minister of Energy and Mineral Resources Anka Dorr");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Anka Dorr");
    auto g = mention("Greek Energy Minister Ivo Kerr arrived.", "Greek Energy Minister Ivo Kerr");
    CHECK(g.name == "Ivo Kerr");
    CHECK(g.title_country == "GRC");
    auto role = mention("Kerr met the Minister of Agriculture and Rural Development, Anka Dorr.",
                        "the Minister of Agriculture and Rural Development");
    CHECK(role.type == MentionType::Role);
    auto single =
        mention("Minister of Energy Marta Lind met Ivo Kerr.", "Minister of Energy Marta Lind");
    CHECK(single.name == "Marta Lind");
    // Near miss: a capitalized word that is no portfolio word opens no portfolio.
    CHECK_FALSE(
        any_person_named("Minister of Pelican Affairs Marta Lind met Ivo Kerr.", "Marta Lind"));
    auto country = mention("President of Chile Ivo Kerr arrived.", "President of Chile Ivo Kerr");
    CHECK(country.title_country == "CHL");
}
