// One node per person: a name's spellings (initials, suffixes, hypocorisms from
// ontology/names.ttl), surnames within their document, and capitalized words that name no one.
#include "extract/pipeline.hpp"

#include "extraction_fixture.hpp"
#include "project_lexicon.hpp"

#include "rdf/namespaces.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using geokg::Extraction;
using geokg::testing::document;
using geokg::testing::run;

using geokg::testing::has_direct;

namespace {

std::vector<std::string> people(const Extraction& x) {
    std::vector<std::string> out;
    for (const auto& [key, e] : x.knowledge.entities)
        if (e.entity_class == geokg::EntityClass::Person)
            out.push_back(key);
    return out;
}

// How the first mention whose surface starts with `surface` was resolved.
geokg::Resolution resolution(const Extraction& x, std::string_view surface) {
    for (std::size_t di = 0; di < x.documents.size(); ++di)
        for (std::size_t si = 0; si < x.documents[di].sentences.size(); ++si) {
            const auto& s = x.documents[di].sentences[si];
            for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                if (s.analysis.mentions[m].surface.rfind(surface, 0) == 0)
                    return x.resolved.of(di, si).at(m);
        }
    FAIL("no mention \"" << surface << "\"");
    return {};
}

const geokg::GivenName* given_name(const std::string& name) {
    const auto& names = geokg::testing::project_lexicon_index().lexicon.given_names;
    auto it = std::find_if(names.begin(), names.end(),
                           [&](const geokg::GivenName& g) { return g.name == name; });
    return it == names.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("hypocorisms and name suffixes are read from the ontology", "[names][lexicon]") {
    const auto* william = given_name("William");
    REQUIRE(william);
    CHECK(std::count(william->hypocorisms.begin(), william->hypocorisms.end(), "Bill") == 1);
    // A hypocorism is not a given name of its own.
    CHECK_FALSE(given_name("Bill"));
    // Generations from names.ttl; "Jr" is one word class of lexicon.ttl, read by both the
    // mention finder and resolution.
    const auto& lexicon = geokg::testing::project_lexicon_index().lexicon;
    const auto& suffixes = lexicon.name_suffixes;
    CHECK(std::count(suffixes.begin(), suffixes.end(), "III") == 1);
    const auto& words =
        lexicon.word_classes[static_cast<std::size_t>(geokg::WordClass::NameSuffix)].words;
    CHECK(std::count(words.begin(), words.end(), "Jr") == 1);
}

TEST_CASE("initials, suffixes and a surname in one document make one person", "[names]") {
    auto x = run("President Walter K. Hale Jr. arrived in Ghana. President Hale met Kofi Mensah. "
                 "Walter Hale visited Togo. Hale met Lena Okafor.");
    CHECK(people(x) == std::vector<std::string>{"person/kofi-mensah", "person/lena-okafor",
                                                "person/walter-hale"});
    CHECK(resolution(x, "President Walter K. Hale").entity == "person/walter-hale");
    CHECK(resolution(x, "President Hale").how == "surname");
    CHECK(has_direct(x, "person/walter-hale", "metWith", "person/kofi-mensah"));
    CHECK(has_direct(x, "person/walter-hale", "visited", "country/TGO"));
    CHECK(has_direct(x, "person/walter-hale", "metWith", "person/lena-okafor"));
}

TEST_CASE("a surname two full names of the document end in names neither", "[names]") {
    auto x = run("Walter Hale arrived in Ghana. Peter Hale visited Togo. Hale met Kofi Mensah.");
    CHECK(resolution(x, "Hale").entity.empty());
    CHECK_FALSE(has_direct(x, "person/walter-hale", "metWith", "person/kofi-mensah"));
    CHECK_FALSE(has_direct(x, "person/peter-hale", "metWith", "person/kofi-mensah"));
}

TEST_CASE("a given name alone names the one full name of the document it opens", "[names]") {
    auto x = run("Prime Minister Kittan Sorn arrived in Ghana. Kofi Mensah met Kittan on Monday.");
    CHECK(resolution(x, "Kittan").how == "given name");
    CHECK(has_direct(x, "person/kofi-mensah", "metWith", "person/kittan-sorn"));
    // Near misses: two full names open with it; a full name ends with it.
    auto two = run("Kittan Sorn and Kittan Vel arrived in Ghana. Kofi Mensah met Kittan.");
    CHECK_FALSE(has_direct(two, "person/kofi-mensah", "metWith", "person/kittan-sorn"));
    CHECK_FALSE(has_direct(two, "person/kofi-mensah", "metWith", "person/kittan-vel"));
    auto last = run("Kittan Sorn and Ivo Kittan arrived in Ghana. Kofi Mensah met Kittan.");
    CHECK(has_direct(last, "person/kofi-mensah", "metWith", "person/ivo-kittan"));
    CHECK_FALSE(has_direct(last, "person/kofi-mensah", "metWith", "person/kittan-sorn"));
}

TEST_CASE("a surname with a title joins the full name named with that title", "[names]") {
    auto x = run("President Walter Hale arrived in Ghana. Senator Peter Hale visited Togo. "
                 "President Hale met Kofi Mensah.");
    CHECK(resolution(x, "President Hale").entity == "person/walter-hale");
    CHECK(has_direct(x, "person/walter-hale", "metWith", "person/kofi-mensah"));
    CHECK_FALSE(has_direct(x, "person/peter-hale", "metWith", "person/kofi-mensah"));
}

TEST_CASE("a hypocorism and its given name are one person with the given name's IRI", "[names]") {
    auto both = run({document("a", "Bill Kerr arrived in Ghana."),
                     document("b", "William Kerr visited Togo.")});
    CHECK(people(both) == std::vector<std::string>{"person/william-kerr"});
    CHECK(has_direct(both, "person/william-kerr", "visited", "country/GHA"));
    CHECK(has_direct(both, "person/william-kerr", "visited", "country/TGO"));
    // Alone, the hypocorism mints the same IRI.
    auto alone = run("Bill Kerr arrived in Ghana.");
    CHECK(people(alone) == std::vector<std::string>{"person/william-kerr"});
    CHECK(alone.knowledge.entities.at("person/william-kerr").label == "Bill Kerr");
}

TEST_CASE("different given names stay different people", "[names]") {
    // "Joe" is Joseph's, not John's.
    auto x = run(
        {document("a", "Joe Kerr arrived in Ghana."), document("b", "John Kerr visited Togo.")});
    CHECK(people(x) == std::vector<std::string>{"person/john-kerr", "person/joseph-kerr"});
}

TEST_CASE("a hypocorism of several given names joins one of them within its document", "[names]") {
    // "Sam" is Samuel's and Samantha's: in a document that also writes "Samuel Kerr" it is
    // Samuel Kerr; alone, or in another document, it stays "Sam Kerr", whatever the batch.
    auto one = run("Sam Kerr arrived in Ghana. Samuel Kerr visited Togo.");
    CHECK(people(one) == std::vector<std::string>{"person/samuel-kerr"});
    CHECK(has_direct(one, "person/samuel-kerr", "visited", "country/GHA"));
    CHECK(resolution(one, "Sam Kerr").how == "given name");
    auto apart = run(
        {document("a", "Sam Kerr arrived in Ghana."), document("b", "Samuel Kerr visited Togo.")});
    CHECK(people(apart) == std::vector<std::string>{"person/sam-kerr", "person/samuel-kerr"});
    // In a document that writes both its given names, it joins neither.
    auto both = run("Sam Kerr arrived in Ghana. Samuel Kerr visited Togo. Samantha Kerr visited "
                    "Benin.");
    CHECK(people(both) == std::vector<std::string>{"person/sam-kerr", "person/samantha-kerr",
                                                   "person/samuel-kerr"});
}

TEST_CASE("a capitalized word that is no full name and has no title is no one", "[names]") {
    auto x = run("Antisemitism grew, Lena Okafor said. Okafer visited Ghana. Mensah visited Togo.");
    // "Okafer" is a slip of the document's "Okafor"; "Mensah" and "Antisemitism" name no one.
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor"});
    CHECK(has_direct(x, "person/lena-okafor", "visited", "country/GHA"));
    CHECK(resolution(x, "Mensah").entity.empty());
}

TEST_CASE("a single name with a title is a person, in all its mentions", "[names]") {
    auto x = run("President Mensah arrived in Ghana. Mensah visited Togo.");
    CHECK(people(x) == std::vector<std::string>{"person/mensah"});
    CHECK(has_direct(x, "person/mensah", "visited", "country/GHA"));
    CHECK(has_direct(x, "person/mensah", "visited", "country/TGO"));
}

TEST_CASE("a generation's numeral after a full name is left out, a regnal number is not",
          "[names]") {
    auto x = run({document("a", "President Walter Hale III arrived in Ghana."),
                  document("b", "Walter Hale visited Togo.")});
    CHECK(people(x) == std::vector<std::string>{"person/walter-hale"});
    // After a single name the numeral is part of it: "King Tomas III" is not "King Tomas".
    auto king = run("King Tomas III arrived in Ghana. King Tomas visited Togo.");
    CHECK(people(king) == std::vector<std::string>{"person/tomas", "person/tomas-iii"});
}

TEST_CASE("an honorific of address is no word of the name", "[names]") {
    auto x = run({document("a", "His Excellency Ana Dorr arrived in Ghana."),
                  document("b", "Madam Ana Dorr visited Togo.")});
    CHECK(people(x) == std::vector<std::string>{"person/ana-dorr"});
    CHECK(has_direct(x, "person/ana-dorr", "visited", "country/TGO"));
    // A name that only begins like one is a name of its own.
    CHECK(people(run("Madamba Dorr arrived in Ghana.")) ==
          std::vector<std::string>{"person/madamba-dorr"});
}

TEST_CASE("the last two words of one longer name are its compound surname", "[names]") {
    auto x = run("Foreign Minister Tomas Ocampo Ruiz arrived in Lima. Ocampo Ruiz met Kofi "
                 "Mensah.");
    CHECK(people(x) == std::vector<std::string>{"person/kofi-mensah", "person/tomas-ocampo-ruiz"});
    // Near misses: another given name before the last word is another person, and two
    // longer names ending alike leave the short one alone.
    auto y = run("Foreign Minister Tomas Ocampo Ruiz met Ana Ruiz in Lima.");
    CHECK(people(y) == std::vector<std::string>{"person/ana-ruiz", "person/tomas-ocampo-ruiz"});
    auto z = run("Foreign Minister Tomas Ocampo Ruiz met Elena Ocampo Ruiz in Lima. Ocampo Ruiz "
                 "spoke.");
    CHECK(people(z).size() == 3);
}

TEST_CASE("the first of two family names alone is the one name it precedes the last word of",
          "[names]") {
    auto x = run("Foreign Minister Tomas Ocampo Ruiz arrived in Lima. Ocampo met Kofi Mensah.");
    CHECK(people(x) == std::vector<std::string>{"person/kofi-mensah", "person/tomas-ocampo-ruiz"});
    CHECK(has_direct(x, "person/tomas-ocampo-ruiz", "metWith", "person/kofi-mensah"));
    // Near miss: a name never written with a title may be a heading's words ("Hale
    // Announces New Initiatives"), not a person's.
    auto untitled = run("Tomas Ocampo Ruiz arrived in Lima. Ocampo met Kofi Mensah.");
    CHECK_FALSE(has_direct(untitled, "person/tomas-ocampo-ruiz", "metWith", "person/kofi-mensah"));
    // Near misses: a word some name ends with is that name's surname, and two names with
    // the word before their last leave it to no one.
    auto y = run("Foreign Minister Tomas Ocampo Ruiz met Ana Ocampo in Lima. Ocampo spoke.");
    CHECK(people(y) == std::vector<std::string>{"person/ana-ocampo", "person/tomas-ocampo-ruiz"});
    auto z = run("Foreign Minister Tomas Ocampo Ruiz met Elena Ocampo Diaz in Lima. Ocampo met "
                 "Kofi Mensah.");
    CHECK(people(z) == std::vector<std::string>{"person/elena-ocampo-diaz", "person/kofi-mensah",
                                                "person/tomas-ocampo-ruiz"});
}
