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

// Issue 8: title phrases, names and appositions.

namespace {

std::string label_of_title(int title) {
    if (title < 0)
        return {};
    return geokg::testing::project_lexicon_index()
        .lexicon.titles.at(static_cast<std::size_t>(title))
        .label;
}

std::vector<std::string> office_labels(const Mention& m) {
    std::vector<std::string> out;
    for (const auto& t : m.titles)
        out.push_back(t.label);
    return out;
}

std::vector<std::string> person_names(std::string_view sentence) {
    std::vector<std::string> out;
    for (const auto& m : mentions_of(sentence))
        if (m.type == MentionType::Person)
            out.push_back(m.name);
    return out;
}

using Names = std::vector<std::string>;

} // namespace

TEST_CASE("coordinated titles before one name give the person both", "[mentions][titles]") {
    auto m = mention("Vice Premier and Trade Minister Ravel Suto met Okafor in Tokyo.",
                     "Vice Premier and Trade Minister Ravel Suto");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Ravel Suto");
    CHECK(office_labels(m) == Names{"Vice Premier", "Trade Minister"});
    CHECK(m.title == -1); // neither is a title of the lexicon as a whole
    REQUIRE(m.titles.size() == 2);
    CHECK(label_of_title(m.titles[1].head) == "Minister");

    auto both = mention("Foreign Minister and Deputy Prime Minister Ivo Kerr arrived in Oslo.",
                        "Foreign Minister and Deputy Prime Minister Ivo Kerr");
    CHECK(both.name == "Ivo Kerr");
    CHECK(title_key(both) == "title/foreign-minister");
    REQUIRE(both.titles.size() == 2);
    CHECK(label_of_title(both.titles[1].title) == "Deputy Prime Minister");

    // Near misses: a title with its own name before "and", and an article before the first
    // title, name two people.
    CHECK(person_names("President Ana Dorr and Prime Minister Ivo Kerr met in Oslo.") ==
          Names{"Ana Dorr", "Ivo Kerr"});
    for (const auto& x : mentions_of("The President and Prime Minister Dorr met in Oslo."))
        if (x.type == MentionType::Person)
            CHECK(x.titles.size() == 1);
    // A list joined by commas is no coordination of titles.
    for (const auto& x : mentions_of("The President, Leader Kerr, and Leader Dorr met.")) {
        INFO(x.surface);
        CHECK(x.titles.size() <= 1);
    }
}

TEST_CASE("an of-title with coordinated portfolio words stops before the name",
          "[mentions][titles]") {
    auto m = mention("Okafor met the Minister of Energy and Mining Resources Teo Marel in Nairobi.",
                     "the Minister of Energy and Mining Resources Teo Marel");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Teo Marel");
    CHECK(office_labels(m) == Names{"Minister of Energy and Mining Resources"});
    CHECK(m.title == -1);

    auto s =
        mention("Secretary of Energy Lena Pohl visited Kenya.", "Secretary of Energy Lena Pohl");
    CHECK(s.name == "Lena Pohl");
    CHECK(office_labels(s) == Names{"Secretary of Energy"});

    // A lexicon title with an "of" complement goes on with coordinated portfolio words.
    auto f = mention("Minister of Foreign Affairs and International Cooperation Teo Marel "
                     "visited Ghana.",
                     "Minister of Foreign Affairs and International Cooperation Teo Marel");
    CHECK(f.name == "Teo Marel");
    CHECK(office_labels(f) == Names{"Minister of Foreign Affairs and International Cooperation"});

    // Near miss: "and" before a name ends the title; the name is a person of its own.
    CHECK(person_names("The Minister of Energy and Teo Marel met in Nairobi.") ==
          Names{"Teo Marel"});
    // The lexicon title itself is still the lexicon's.
    auto d = mention("Minister of Defence Lena Okafor arrived.", "Minister of Defence Lena Okafor");
    CHECK(title_key(d) == "title/minister-of-defense");
    CHECK(office_labels(d) == Names{"Minister of Defense"});
}

TEST_CASE("deputy and principal deputy offices are kept whole", "[mentions][titles]") {
    auto m = mention("Okafor met Deputy Trade Representative Mara Lenz in Oslo.",
                     "Deputy Trade Representative Mara Lenz");
    CHECK(m.name == "Mara Lenz");
    CHECK(m.title == -1); // not the Trade Representative
    CHECK(office_labels(m) == Names{"Deputy Trade Representative"});
    REQUIRE(m.titles.size() == 1);
    CHECK(label_of_title(m.titles[0].head) == "Trade Representative");

    auto p = mention("Principal Deputy National Security Advisor Oren Vale arrived in Kenya.",
                     "Principal Deputy National Security Advisor Oren Vale");
    CHECK(p.name == "Oren Vale");
    CHECK(office_labels(p) == Names{"Principal Deputy National Security Advisor"});

    // Near miss: the Trade Representative himself holds the lexicon's title.
    auto t = mention("Trade Representative Mara Lenz arrived in Kenya.",
                     "Trade Representative Mara Lenz");
    CHECK(title_key(t) == "title/trade-representative");
}

TEST_CASE("long descriptive titles and titles the lexicon lacked", "[mentions][titles]") {
    auto e = mention("Special Presidential Envoy for Climate Oren Vale arrived in Brazil.",
                     "Special Presidential Envoy for Climate Oren Vale");
    CHECK(e.name == "Oren Vale");
    CHECK(office_labels(e) == Names{"Special Presidential Envoy for Climate"});

    auto a = mention("Assistant to the President for National Security Affairs Lena Pohl "
                     "arrived in Kenya.",
                     "Assistant to the President for National Security Affairs Lena Pohl");
    CHECK(a.name == "Lena Pohl");
    CHECK(office_labels(a) == Names{"Assistant to the President for National Security Affairs"});

    for (auto [sentence, name, title] :
         {std::tuple{"Spokesperson Nila Ames said the talks went well.", "Nila Ames",
                     "title/spokesperson"},
          std::tuple{"Speaker Ivo Kerr welcomed the delegation.", "Ivo Kerr", "title/speaker"},
          std::tuple{"Administrator Ivo Kerr arrived in Ghana.", "Ivo Kerr", "title/administrator"},
          std::tuple{"Director Ivo Kerr arrived in Ghana.", "Ivo Kerr", "title/director"}}) {
        INFO(sentence);
        auto all = mentions_of(sentence);
        REQUIRE_FALSE(all.empty());
        CHECK(all[0].type == MentionType::Person);
        CHECK(all[0].name == name);
        CHECK(title_key(all[0]) == title);
    }

    // Near miss: "to the" and a title after an office is its complement only before a name.
    auto all = mentions_of("Okafor introduced the Foreign Minister to the President.");
    REQUIRE(all.size() == 3);
    CHECK(all[1].surface == "the Foreign Minister");
    CHECK(all[2].surface == "the President");
}

TEST_CASE("an organization or jurisdiction before an office is the office's",
          "[mentions][titles]") {
    auto m = mention("State Department Spokesperson Nila Ames said the talks went well.",
                     "State Department Spokesperson Nila Ames");
    CHECK(m.name == "Nila Ames");
    REQUIRE(m.titles.size() == 1);
    CHECK(m.titles[0].organization == "State Department");
    CHECK(m.titles[0].organization_entry >= 0);
    CHECK(title_key(m).empty()); // an office of the department, not of a state
    CHECK(label_of_title(m.titles[0].title) == "Spokesperson");

    auto c = mention("Senate Finance Committee Chairman Ivo Kerr met Okafor.",
                     "Senate Finance Committee Chairman Ivo Kerr");
    CHECK(c.name == "Ivo Kerr");
    CHECK(c.titles.at(0).organization == "Senate Finance Committee");

    auto v = mention("Velm Mayor Ana Dorr met Okafor.", "Velm Mayor Ana Dorr");
    CHECK(v.name == "Ana Dorr");
    CHECK(v.titles.at(0).organization == "Velm");

    auto o = mention("President of the Kestrian Development Bank Ivo Kerr met Okafor.",
                     "President of the Kestrian Development Bank Ivo Kerr");
    CHECK(o.name == "Ivo Kerr");
    CHECK(o.titles.at(0).organization == "Kestrian Development Bank");

    // Near miss: a lexicon title that starts with an organization's head word is the title.
    auto a = mention("Army Chief of Staff Said Kerr arrived.", "Army Chief of Staff Said Kerr");
    CHECK(title_key(a) == "title/army-chief-of-staff");
    CHECK(a.name == "Said Kerr");
    // ... and the capitalized word before a title with no name after it is no organization.
    CHECK(person_names("Okafor met Kerr President of the club.").size() == 1);
}

TEST_CASE("a title, a comma and a name closed by punctuation are one mention",
          "[mentions][apposition]") {
    auto m = mention("Okafor met Kenya's defence minister, Ivo Kerr, in Nairobi.",
                     "Kenya's defence minister, Ivo Kerr");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Ivo Kerr");
    CHECK(m.title_country == "KEN");
    CHECK(title_key(m) == "title/minister-of-defense");

    // Near miss: a name that goes on with a verb is the subject of the next clause.
    std::string_view s = "Speaking to the defence minister, Kerr said the talks went well.";
    for (const auto& x : mentions_of(s))
        if (x.type == MentionType::Role)
            CHECK(x.surface == "the defence minister");
    CHECK(person_names(s) == Names{"Kerr"});
}

TEST_CASE("a counterpart before a name is one mention with the counterpart's country",
          "[mentions][apposition]") {
    auto m = mention("Dorr met her Kenyan counterpart, Defence Minister Ivo Kerr, in Nairobi.",
                     "Kenyan counterpart, Defence Minister Ivo Kerr");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Ivo Kerr");
    CHECK(m.counterpart);
    CHECK(m.title_country == "KEN");
    CHECK(title_key(m) == "title/minister-of-defense");

    auto plain = mention("Dorr met his counterpart Ivo Kerr in Nairobi.", "counterpart Ivo Kerr");
    CHECK(plain.name == "Ivo Kerr");
    CHECK(plain.counterpart);

    // Near miss: a counterpart without a name is no mention, and a name after the comma
    // that goes on with a verb is no apposition.
    for (const auto& x : mentions_of("Dorr met her Kenyan counterpart in Nairobi."))
        CHECK_FALSE(x.counterpart);
    for (const auto& x : mentions_of("Dorr met her counterpart, Kerr said."))
        CHECK_FALSE(x.counterpart);
}

TEST_CASE("a suffix after a name ends it and stays in the mention", "[mentions][names]") {
    std::string_view s = "President Walter K. Hale, Jr. spoke today with Prime Minister Ana "
                         "Dorr of Norway.";
    auto m = mention(s, "President Walter K. Hale, Jr.");
    CHECK(m.name == "Walter K. Hale");
    CHECK(m.name_suffix == "Jr.");
    auto d = mention(s, "Prime Minister Ana Dorr of Norway");
    CHECK(d.title_country == "NOR");

    auto plain = mention("Walter Hale Jr. arrived in Ghana.", "Walter Hale Jr.");
    CHECK(plain.name == "Walter Hale");
    CHECK(plain.name_suffix == "Jr.");

    // Near miss: at the end of the sentence the full stop is the sentence's.
    auto last = mention("Okafor met Walter Hale Jr.", "Walter Hale Jr");
    CHECK(last.name_suffix == "Jr");
    // A capitalized word that is no suffix is no part of the name.
    CHECK(person_names("Okafor met Walter Hale, Kerr and Dorr.") ==
          Names{"Okafor", "Walter Hale", "Kerr", "Dorr"});
}

TEST_CASE("headline words are no names", "[mentions][names]") {
    auto all = mentions_of("Trade Chief Makes Quick Stop in Velm");
    for (const auto& m : all)
        CHECK(m.type != MentionType::Person);
    REQUIRE_FALSE(all.empty());
    CHECK(all[0].surface == "Trade Chief");
    CHECK(all[0].type == MentionType::Role);

    // A title or an honorific still introduces a name in a headline.
    CHECK(person_names("President Hale Meets Dorr in Velm") == Names{"Hale"});
    CHECK(person_names("Dr. Ana Dorr Visits Velm") == Names{"Ana Dorr"});
    // The first word of a trigger of several ends the name: "Travels to".
    CHECK(person_names("Deputy Trade Representative Dorr Travels to Velm") == Names{"Dorr"});
    // Near miss: a sentence with a lower-case verb is no headline.
    CHECK(person_names("Ana Dorr met Ivo Kerr in Nairobi.") == Names{"Ana Dorr", "Ivo Kerr"});
}

TEST_CASE("common capitalized words are no names", "[mentions][names]") {
    CHECK(person_names("Antisemitism has no place here, Hale said.") == Names{"Hale"});
    CHECK(person_names("She holds a Bachelor of Arts and a Ph.D. in economics.").empty());
    CHECK(person_names("The CEOs met Ivo Kerr.") == Names{"Ivo Kerr"});
    CHECK(person_names("Governor Asa Kerr of Arkansas met Dorr.") == Names{"Asa Kerr", "Dorr"});
    // Near misses: names with apostrophes, hyphens and inner capitals are names, and a
    // word with a common ending after a short stem ("Clement") may be one.
    CHECK(person_names("Jen O'Malley met Ana Sherwood-Randall and Ivo McDonald.") ==
          Names{"Jen O'Malley", "Ana Sherwood-Randall", "Ivo McDonald"});
    CHECK(person_names("Clement Dorr arrived.") == Names{"Clement Dorr"});
}

TEST_CASE("adjective demonyms name the title's country", "[mentions][titles]") {
    for (auto [sentence, surface, country] :
         {std::tuple{"Philippine President Ivo Kerr met Dorr.", "Philippine President Ivo Kerr",
                     "PHL"},
          std::tuple{"Ecuadorian President Ivo Kerr met Dorr.", "Ecuadorian President Ivo Kerr",
                     "ECU"},
          std::tuple{"Lao Prime Minister Ivo Kerr met Dorr.", "Lao Prime Minister Ivo Kerr", "LAO"},
          std::tuple{"Kazakh President Ivo Kerr met Dorr.", "Kazakh President Ivo Kerr", "KAZ"}}) {
        INFO(sentence);
        CHECK(mention(sentence, surface).title_country == country);
    }
    // Near miss: a capitalized word that is no demonym names no country.
    for (const auto& m : mentions_of("Velmish President Ivo Kerr met Dorr."))
        CHECK(m.title_country.empty());
}

TEST_CASE("a country or region after 'for' is the office's field", "[mentions][titles]") {
    auto m = mention("French Minister for Europe and Foreign Affairs Claire Dorr met Kerr.",
                     "French Minister for Europe and Foreign Affairs Claire Dorr");
    CHECK(m.name == "Claire Dorr");
    CHECK(office_labels(m) == Names{"Minister for Europe and Foreign Affairs"});
    CHECK(m.title_country == "FRA");
    // Near miss: "of" and a country after the office is its state, not its field.
    auto k = mention("Minister of Defence Lena Okafor of Kenya met Kerr.",
                     "Minister of Defence Lena Okafor of Kenya");
    CHECK(k.title_country == "KEN");
    CHECK(office_labels(k) == Names{"Minister of Defense"});
}

TEST_CASE("a state's long name after 'of the' is the office's state", "[mentions][titles]") {
    auto m = mention("President Ivo Kerr of the Republic of Kenya met Dorr.",
                     "President Ivo Kerr of the Republic of Kenya");
    CHECK(m.title_country == "KEN");
    // Near miss: "of the" and no state is no part of the mention.
    auto n = mention("President Ivo Kerr of the ruling party met Dorr.", "President Ivo Kerr");
    CHECK(n.title_country.empty());
}

TEST_CASE("portfolio words the title phrase left unread are no words of the name",
          "[mentions][titles]") {
    auto m = mention("Kenyan Minister for Culture and the Arts Ivo Kerr met Dorr.", "Ivo Kerr");
    CHECK(m.type == MentionType::Person);
    CHECK(m.titles.empty()); // the office is not understood: none is given
    CHECK(person_names("Kenyan Minister for Culture and the Arts Ivo Kerr met Dorr.") ==
          Names{"Ivo Kerr", "Dorr"});
    // Near miss: a name after a whole title keeps the title.
    auto t = mention("Kenyan Trade Minister Ivo Kerr met Dorr.", "Kenyan Trade Minister Ivo Kerr");
    CHECK(t.name == "Ivo Kerr");
    CHECK(office_labels(t) == Names{"Trade Minister"});
}

TEST_CASE("a demonym a dependent territory shares names its sovereign state",
          "[mentions][titles]") {
    CHECK(mention("French President Lena Pohl met Dorr.", "French President Lena Pohl")
              .title_country == "FRA");
    CHECK(mention("Dutch Prime Minister Ana Dorr met Kerr.", "Dutch Prime Minister Ana Dorr")
              .title_country == "NLD");
    CHECK(mention("American President Ivo Kerr met Dorr.", "American President Ivo Kerr")
              .title_country == "USA");
    // Near miss: a territory is still named by its own name.
    auto all = mentions_of("Dorr visited the French Southern and Antarctic Lands.");
    bool territory = false;
    for (const auto& x : all)
        territory = territory || x.type == MentionType::Country;
    CHECK(territory);
}

TEST_CASE("an office of an organization named before an apposition is one mention",
          "[mentions][titles]") {
    auto m =
        mention("Kerr met the Chief of the General Staff of the Velmish Armed Forces, "
                "General Ivo Dorr, in Velm.",
                "the Chief of the General Staff of the Velmish Armed Forces, General Ivo Dorr");
    CHECK(m.type == MentionType::Person);
    CHECK(m.name == "Ivo Dorr");
    REQUIRE(m.titles.size() == 1);
    CHECK(m.titles[0].organization == "General Staff of the Velmish Armed Forces");
    CHECK(title_key(m).empty()); // an office of the organization, not of a state
    // Near miss: a name that goes on with a verb is the next clause's subject.
    for (const auto& x :
         mentions_of("Kerr met the Chief of the General Staff of the Velmish Armed Forces, "
                     "Dorr said."))
        CHECK((x.name != "Dorr" || x.titles.empty()));
}

TEST_CASE("an organization's head word alone is no name", "[mentions][names]") {
    CHECK(person_names("Kerr met the Chief of the Defence Force in Nairobi.") == Names{"Kerr"});
    CHECK(person_names("Kerr met the Commander of the Velm Defence Force, Admiral Ivo Dorr, "
                       "today.") == Names{"Kerr", "Ivo Dorr"});
    // A guard and a chamber are bodies: "Coast Guard" names no one.
    CHECK(person_names("Kerr thanked the Kestrel Coast Guard and the Chamber of Deputies.") ==
          Names{"Kerr"});
    // Near miss: a surname after a title is still one.
    CHECK(person_names("Kerr met Admiral Dorr in Nairobi.") == Names{"Kerr", "Dorr"});
}

TEST_CASE("an undersecretary is an office", "[mentions][titles]") {
    auto m = mention("Kerr met Chile's Undersecretary for International Economic Relations, Ana "
                     "Dorr, in Lima.",
                     "Chile's Undersecretary for International Economic Relations, Ana Dorr");
    CHECK(m.name == "Ana Dorr");
    CHECK(m.title_country == "CHL");
    CHECK(office_labels(m) == Names{"Undersecretary for International Economic Relations"});
    // Near miss: the same words without a name after them are no person.
    CHECK(person_names("Kerr met the Undersecretary for International Economic Relations.") ==
          Names{"Kerr"});
}

TEST_CASE("an adjective of a region or of a divided nation is no name", "[mentions][names]") {
    CHECK(person_names("Kerr met Korean battery makers in Seoul.") == Names{"Kerr"});
    CHECK(person_names("Dorr praised Baltic and Nordic partners.") == Names{"Dorr"});
    // Near miss: a name after such an adjective is still a name.
    CHECK(person_names("Kerr met Korean envoy Kim Jin-ho in Seoul.") ==
          Names{"Kerr", "Kim Jin-ho"});
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
    // A title, a comma and a name are one mention of the person.
    auto role = mention("Kerr met the Minister of Agriculture and Rural Development, Anka Dorr.",
                        "the Minister of Agriculture and Rural Development, Anka Dorr");
    CHECK(role.type == MentionType::Person);
    CHECK(role.name == "Anka Dorr");
    auto single =
        mention("Minister of Energy Marta Lind met Ivo Kerr.", "Minister of Energy Marta Lind");
    CHECK(single.name == "Marta Lind");
    // Near miss: a capitalized word that is no portfolio word opens no portfolio.
    CHECK_FALSE(
        any_person_named("Minister of Pelican Affairs Marta Lind met Ivo Kerr.", "Marta Lind"));
    auto country = mention("President of Chile Ivo Kerr arrived.", "President of Chile Ivo Kerr");
    CHECK(country.title_country == "CHL");
}

TEST_CASE("transcript markers, question words and offices not yet held are no names",
          "[mentions][names]") {
    CHECK(person_names("Q Did Ivo Kerr meet Ana Dorr?") == Names{"Ivo Kerr", "Ana Dorr"});
    auto elect = mention("President-elect Ivo Kerr met Ana Dorr.", "President-elect Ivo Kerr");
    CHECK(elect.name == "Ivo Kerr");
    CHECK(elect.title < 0);
    CHECK(person_names("Presidents Ivo Kerr and Sam Otu met.") == Names{"Ivo Kerr", "Sam Otu"});
    // Near miss: a name that begins like a question word is still a name.
    CHECK(person_names("Kerr met Isaac Dorr.") == Names{"Kerr", "Isaac Dorr"});
}

TEST_CASE("post-nominal letters end a name and close an apposition", "[mentions][titles]") {
    auto m = mention("The Taoiseach, Ana Dorr TD, met Kerr.", "The Taoiseach, Ana Dorr TD");
    CHECK(m.name == "Ana Dorr");
    CHECK(m.title >= 0);
    // Near miss: "MP" after a name is no office of an organization named by the name.
    auto n = mention("Ana Dorr MP met Kerr.", "Ana Dorr MP");
    CHECK(n.name == "Ana Dorr");
    CHECK(n.titles.empty());
}

TEST_CASE("initials may open a name after a title", "[mentions][names]") {
    auto m = mention("Governor J.B. Kerr spoke.", "Governor J.B. Kerr");
    CHECK(m.name == "J.B. Kerr");
    auto n = mention("Chief Justice C. Ana Dorr spoke.", "Chief Justice C. Ana Dorr");
    CHECK(n.name == "C. Ana Dorr");
    // Near miss: an acronym with dots is no initial of a name.
    CHECK(person_names("The U.S. Senate voted.").empty());
}

TEST_CASE("a region before an office is where it is held", "[mentions][titles]") {
    auto m = mention("Illinois Governor Ana Dorr spoke.", "Illinois Governor Ana Dorr");
    CHECK(m.title_region == "Illinois");
    CHECK(m.title_country == "USA");
    // Near miss: a region named elsewhere in the sentence is no office's.
    auto n = mention("Governor Ana Dorr visited Illinois.", "Governor Ana Dorr");
    CHECK(n.title_region.empty());
}

TEST_CASE("a particle hyphenated to a capitalized word is a word of the name", "[mentions]") {
    CHECK(any_person_named("Ana Saleh al-Dorr met Ivo Kerr.", "Ana Saleh al-Dorr"));
    CHECK(any_person_named("Ivo Kerr met Sam el-Otu on Monday.", "Sam el-Otu"));
    // Near misses: a particle before a lower-case word, and a hyphenated word of no particle.
    CHECK(any_person_named("Ivo Kerr al-qaeda met.", "Ivo Kerr"));
    CHECK(any_person_named("Ivo Kerr pro-Western met.", "Ivo Kerr"));
}

TEST_CASE("a one-word city before two more words of a name is a given name", "[mentions]") {
    CHECK(any_person_named("Foreign Minister Santiago Kerr Dorr met Ivo Suto.",
                           "Santiago Kerr Dorr"));
    // Near misses: one more word alone, a body's head word, and a city after "in".
    CHECK_FALSE(any_person_named("She read the Nairobi Star.", "Nairobi Star"));
    CHECK_FALSE(any_person_named("She attended the Geneva Peace Forum.", "Geneva Peace Forum"));
    CHECK_FALSE(any_person_named("In Santiago Ana Dorr met Ivo Suto.", "Santiago Ana Dorr"));
}

TEST_CASE("offices coordinated after an article name the person of the apposition after them",
          "[mentions]") {
    auto one = mentions_of("The Tanaiste and Minister for Trade, the Hon Ana Dorr TD, arrived.");
    REQUIRE(one.size() == 1);
    CHECK(one[0].name == "Ana Dorr");
    CHECK(one[0].titles.size() == 2);
    // Near miss: with no apposition, the article's office and the named one are two people.
    auto two = mentions_of("The Tanaiste and Minister for Trade Ana Dorr arrived.");
    CHECK(two.size() == 2);
}

TEST_CASE("initials may open a name before a particle", "[mentions]") {
    CHECK(any_person_named("He met Kestrian leader K.W. de Dorr on Monday.", "K.W. de Dorr"));
    CHECK(any_person_named("He met President K. W. van Otu on Monday.", "K. W. van Otu"));
    // Near miss: a particle before a lower-case word is no part of a name.
    CHECK_FALSE(any_person_named("He met K.W. de la on Monday.", "K.W. de la"));
}

TEST_CASE("the name of a meeting or a law is no person's", "[mentions]") {
    CHECK(mentions_of("Ana Dorr held the annual Kestria-Norland Strategic Dialogue.").size() == 1);
    CHECK(mentions_of("Ivo Kerr spoke at the Summit.").size() == 1);
    CHECK(mentions_of("Ivo Kerr signed the Kestrel Water Act into law.").size() == 1);
    auto org = mentions_of("Ivo Kerr attended the ASEAN Summit.");
    REQUIRE(org.size() == 2);
    CHECK(org[1].type == MentionType::Organization);
    // A possessive inside the name: "St Kerr's Day" is a day, not a person.
    CHECK(mentions_of("Ivo Kerr will attend the St Kerr's Day programme.").size() == 1);
    // Near misses: a name whose last word is no meeting's stays a person's, and so does a
    // person before a possessive and a word that ends no name of a thing.
    CHECK(any_person_named("Ana Dorr met Ivo Talk Kerr.", "Ivo Talk Kerr"));
    CHECK(any_person_named("Ana Dorr met Ivo Kerr's Deputy Sam Otu.", "Ivo Kerr"));
}
