// Resolution: mentions to entities, through the whole extraction of small documents.
#include "extract/pipeline.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"

#include "extraction_fixture.hpp"
#include "project_lexicon.hpp"

#include "rdf/namespaces.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using geokg::Extraction;

using geokg::testing::has_direct;

namespace {

using geokg::testing::document;
using geokg::testing::run;

// How a mention with this surface was resolved (the first one in document order).
geokg::Resolution resolution(const Extraction& x, std::string_view surface) {
    for (std::size_t di = 0; di < x.documents.size(); ++di)
        for (std::size_t si = 0; si < x.documents[di].sentences.size(); ++si) {
            const auto& s = x.documents[di].sentences[si];
            for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                if (s.analysis.mentions[m].surface == surface)
                    return x.resolved.of(di, si).at(m);
        }
    FAIL("no mention \"" << surface << "\"");
    return {};
}

std::vector<std::string> people(const Extraction& x) {
    std::vector<std::string> out;
    for (const auto& [key, e] : x.knowledge.entities)
        if (e.entity_class == geokg::EntityClass::Person)
            out.push_back(key);
    return out;
}

const geokg::Entity& entity(const Extraction& x, const std::string& key) {
    auto it = x.knowledge.entities.find(key);
    INFO(key);
    REQUIRE(it != x.knowledge.entities.end());
    return it->second;
}

} // namespace

TEST_CASE("a surname alone joins the full name", "[resolve]") {
    auto x = run("Defense Minister Lena Okafor arrived in Ghana. Okafor met with Togo's President "
                 "Kofi Mensah.");
    CHECK(people(x) == std::vector<std::string>{"person/kofi-mensah", "person/lena-okafor"});
    auto r = resolution(x, "Okafor");
    CHECK(r.entity == "person/lena-okafor");
    CHECK(r.how == "surname");
    const auto& okafor = entity(x, "person/lena-okafor");
    CHECK(okafor.label == "Lena Okafor");
    CHECK(okafor.alt_labels.count("Okafor") == 1);
    CHECK(has_direct(x, "person/lena-okafor", "metWith", "person/kofi-mensah"));
}

TEST_CASE("a surname never takes a full name from another document", "[resolve]") {
    // Within a document a surname joins the full name it ends; across documents only names
    // merge: a surname alone names no one, and with a title it is a person of that one name.
    auto x = run({document("a", "Defense Minister Lena Okafor arrived in Ghana."),
                  document("b", "Okafor visited Togo."),
                  document("c", "Minister Okafor visited Benin.")});
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor", "person/okafor"});
    CHECK_FALSE(has_direct(x, "person/lena-okafor", "visited", "country/TGO"));
    CHECK_FALSE(has_direct(x, "person/lena-okafor", "visited", "country/BEN"));
    CHECK(has_direct(x, "person/okafor", "visited", "country/BEN"));
    CHECK_FALSE(has_direct(x, "person/okafor", "visited", "country/TGO"));
}

TEST_CASE("a one-letter misspelling of a surname joins it as an altLabel", "[resolve]") {
    auto x = run("Defense Minister Lena Okafor arrived in Ghana. Later, Okafer visited Togo.");
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor"});
    auto r = resolution(x, "Okafer");
    CHECK(r.entity == "person/lena-okafor");
    CHECK(r.how == "misspelling");
    const auto& okafor = entity(x, "person/lena-okafor");
    CHECK(okafor.label == "Lena Okafor");
    CHECK(okafor.alt_labels.count("Okafer") == 1);
    CHECK(has_direct(x, "person/lena-okafor", "visited", "country/TGO"));
}

TEST_CASE("a misspelt full name joins the most frequent spelling of its document", "[resolve]") {
    auto x = run("President Samuel Otieno arrived in Ghana. Samuel Otieno met with Lena Okafor. "
                 "President Samuel Otiena visited Togo.");
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor", "person/samuel-otieno"});
    const auto& otieno = entity(x, "person/samuel-otieno");
    CHECK(otieno.label == "Samuel Otieno");
    CHECK(otieno.alt_labels.count("Samuel Otiena") == 1);
    CHECK(resolution(x, "President Samuel Otiena").how == "misspelling");
    CHECK(has_direct(x, "person/samuel-otieno", "visited", "country/TGO"));
    // Across documents too: a full name one letter apart joins the most frequent spelling.
    auto apart = run({document("a", "President Samuel Otieno arrived in Ghana. Samuel Otieno "
                                    "met with Lena Okafor."),
                      document("b", "President Samuel Otiena visited Togo.")});
    CHECK(people(apart) == std::vector<std::string>{"person/lena-okafor", "person/samuel-otieno"});
    CHECK(has_direct(apart, "person/samuel-otieno", "visited", "country/TGO"));
    // Not a surname alone: "Otiena" of another document is no one.
    auto surname = run({document("a", "President Samuel Otieno arrived in Ghana."),
                        document("b", "Otiena visited Togo.")});
    CHECK(people(surname) == std::vector<std::string>{"person/samuel-otieno"});
    CHECK_FALSE(has_direct(surname, "person/samuel-otieno", "visited", "country/TGO"));
}

TEST_CASE("short names differing by one letter stay apart", "[resolve]") {
    // A one-letter difference is a misspelling only in words of five letters or more.
    auto x = run("President Tomas Lund arrived in Ghana. President Tomas Lind arrived in Togo.");
    CHECK(people(x) == std::vector<std::string>{"person/tomas-lind", "person/tomas-lund"});
}

TEST_CASE("a name written without its space joins the spaced name", "[resolve]") {
    auto x = run("President Samuel Otieno arrived in Ghana. SamuelOtieno met with Lena Okafor.");
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor", "person/samuel-otieno"});
    auto r = resolution(x, "SamuelOtieno");
    CHECK(r.entity == "person/samuel-otieno");
    CHECK(r.how == "spacing");
    CHECK(entity(x, "person/samuel-otieno").alt_labels.count("SamuelOtieno") == 1);
}

TEST_CASE("a role resolves to the person holding that title in the document", "[resolve]") {
    auto x = run("Kenyan Defense Minister Lena Okafor arrived in Ghana. The defense minister laid "
                 "a wreath at the Peacekeepers Memorial.");
    auto r = resolution(x, "The defense minister");
    CHECK(r.entity == "person/lena-okafor");
    CHECK(r.how == "role");
    CHECK(has_direct(x, "person/lena-okafor", "laidWreathAt", "site/peacekeepers-memorial"));
    CHECK(entity(x, "person/lena-okafor").positions.count("position/KEN-minister-of-defense") == 1);
}

TEST_CASE("a role without a named holder is the position of its country", "[resolve]") {
    auto x = run("Lena Okafor met the Kenyan defense minister in Nairobi.");
    auto r = resolution(x, "the Kenyan defense minister");
    CHECK(r.entity == "position/KEN-minister-of-defense");
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor"});
}

TEST_CASE("\"she\" resolves to the previous agent", "[resolve]") {
    auto x = run("Defense Minister Lena Okafor met with President Samuel Otieno in Nairobi. She "
                 "later visited Ghana.");
    auto r = resolution(x, "She");
    CHECK(r.entity == "person/lena-okafor");
    CHECK(r.how == "pronoun");
    CHECK(has_direct(x, "person/lena-okafor", "visited", "country/GHA"));
    CHECK_FALSE(has_direct(x, "person/samuel-otieno", "visited", "country/GHA"));
}

TEST_CASE("the canonical label is the most complete, then the most frequent form", "[resolve]") {
    auto x = run("Okafor arrived in Ghana. Okafor met with Kofi Mensah. Defense Minister Lena "
                 "Okafor visited Togo. Okafor left.");
    const auto& okafor = entity(x, "person/lena-okafor");
    CHECK(okafor.label == "Lena Okafor");
    CHECK(okafor.alt_labels == std::set<std::string>{"Okafor"});
    // Every surface form resolves to the one entity.
    CHECK(people(x) == std::vector<std::string>{"person/kofi-mensah", "person/lena-okafor"});
}

TEST_CASE("the canonical label of names with initials prefers the frequent form", "[resolve]") {
    auto x = run("Lena M. Okafor arrived in Ghana. Lena M. Okafor visited Togo. Lena Okafor "
                 "visited Benin.");
    // Initials do not count as words: both forms are as complete; frequency decides the
    // label. The IRI is minted from the name without its initials.
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor"});
    const auto& okafor = entity(x, "person/lena-okafor");
    CHECK(okafor.label == "Lena M. Okafor");
    CHECK(okafor.alt_labels.count("Lena Okafor") == 1);
}

TEST_CASE("no person is created from a lower-case word", "[resolve]") {
    auto x = run("Defense Minister Lena Okafor arrived in Ghana. The minister said otieno was "
                 "late.");
    CHECK(people(x) == std::vector<std::string>{"person/lena-okafor"});
}

TEST_CASE("gazetteer places keep their keys and surface forms", "[resolve]") {
    auto x = run("Minister Okafor visited Tunisia and Tunis.");
    CHECK(resolution(x, "Tunisia").entity == "country/TUN");
    CHECK(resolution(x, "Tunis").entity == "city/tunis");
    CHECK(has_direct(x, "person/okafor", "visited", "country/TUN"));
}

TEST_CASE("a destination is not the country of a title", "[resolve]") {
    auto x = run("Defense Minister Lena Okafor arrived in Ghana.");
    CHECK(entity(x, "person/lena-okafor").positions.count("position/GHA-minister-of-defense") == 0);
}

TEST_CASE("a rank before a name is not part of it", "[resolve]") {
    auto x = run("Army chief Lieutenant General Marek Hollis arrived in Kenya.");
    CHECK(people(x) == std::vector<std::string>{"person/marek-hollis"});
}

TEST_CASE("a place before a title is not the country of the title", "[resolve]") {
    auto x = run("Senator Ivo Kerr is traveling to Accra, Ghana to meet with President Kofi "
                 "Mensah at President Lena Okafor's request.");
    // A place names no title's state: neither President is Ghana's.
    CHECK(entity(x, "person/kofi-mensah").positions.count("position/GHA-president") == 0);
    CHECK(entity(x, "person/lena-okafor").positions.count("position/GHA-president") == 0);
    // Near miss: a demonym before the title does name it.
    auto y = run("In Accra, Okafor met with Ghanaian President Kofi Mensah.");
    CHECK(entity(y, "person/kofi-mensah").positions.count("position/GHA-president") == 1);
}

TEST_CASE("a government body's release gives its main person's title the body's state",
          "[resolve]") {
    const std::string text = "President Ivo Kerr spoke today with Prime Minister Ana Dorr. "
                             "President Kerr thanked Prime Minister Dorr.";
    auto release = document("a", text);
    release.outlet = "The Kremlin";
    auto x = run(std::vector<geokg::Document>{release});
    CHECK(entity(x, "person/ivo-kerr").positions.count("position/RUS-president") == 1);
    // Only the main person: the one he spoke with may be of another state.
    CHECK(entity(x, "person/ana-dorr").positions.count("position/RUS-prime-minister") == 0);

    // Near miss: a news agency speaks for no state.
    auto story = document("a", text);
    story.outlet = "Reuters";
    auto y = run(std::vector<geokg::Document>{story});
    CHECK(entity(y, "person/ivo-kerr").positions.count("position/GBR-president") == 0);
    CHECK(entity(y, "person/ivo-kerr").positions.empty());
}

TEST_CASE("an office the title phrase composes is a position of the state the mention names",
          "[resolve]") {
    auto x = run("Peru's Minister of Energy and Mining Resources, Teo Marel, met Okafor in Lima. "
                 "Germany's Minister for Economic Affairs and Climate Action, Lena Pohl, met "
                 "Okafor.");
    const auto& marel = entity(x, "person/teo-marel");
    CHECK(marel.positions ==
          std::set<std::string>{"position/PER-minister-of-energy-and-mining-resources"});
    CHECK(entity(x, "position/PER-minister-of-energy-and-mining-resources").label ==
          "Minister of Energy and Mining Resources of Peru");
    CHECK(entity(x, "person/lena-pohl").positions ==
          std::set<std::string>{"position/DEU-minister-for-economic-affairs-and-climate-action"});

    // Near miss: without the state, a composed office is no position.
    auto y = run("Minister of Energy and Mining Resources Teo Marel met Okafor.");
    CHECK(entity(y, "person/teo-marel").positions.empty());
}

TEST_CASE("offices coordinated before one name are all held", "[resolve]") {
    auto x = run("Kenyan Deputy Prime Minister and Foreign Minister Ivo Kerr met Okafor.");
    CHECK(entity(x, "person/ivo-kerr").positions ==
          std::set<std::string>{"position/KEN-deputy-prime-minister",
                                "position/KEN-foreign-minister"});
    // Near miss: a former office is not held now.
    auto y = run("Former Deputy Prime Minister and Foreign Minister Ivo Kerr met Okafor.");
    CHECK(entity(y, "person/ivo-kerr").positions.empty());
}

TEST_CASE("a position is also named by each of its title's other names", "[resolve]") {
    auto x = run("Kenyan Defense Minister Lena Okafor arrived in Ghana.");
    const auto& p = entity(x, "position/KEN-minister-of-defense");
    CHECK(p.label == "Minister of Defense of Kenya");
    CHECK(p.alt_labels.count("Defence Minister of Kenya") == 1);
    // Near miss: the label is not repeated as an altLabel, and no other country's name is.
    CHECK(p.alt_labels.count("Minister of Defense of Kenya") == 0);
    for (const auto& alt : p.alt_labels)
        CHECK(alt.ends_with(" of Kenya"));
}

TEST_CASE("the document's title names the country of a title its text leaves without one",
          "[resolve]") {
    auto d = document("a", "President Ivo Kerr spoke today with President Ana Dorr. President "
                           "Dorr thanked President Kerr.");
    d.title = "Readout of President Ivo Kerr's Call with President Ana Dorr of Ghana";
    auto x = run(std::vector<geokg::Document>{d});
    CHECK(entity(x, "person/ana-dorr").positions ==
          std::set<std::string>{"position/GHA-president"});
    // Near miss: the other president is not Ghana's.
    CHECK(entity(x, "person/ivo-kerr").positions.count("position/GHA-president") == 0);
    // A person only the title names, and not as its speaker, is no person of the document.
    auto e = document("a", "President Ivo Kerr spoke today with reporters.");
    e.title = "President Ivo Kerr to Host President Ana Dorr of Ghana";
    auto y = run(std::vector<geokg::Document>{e});
    CHECK(people(y) == std::vector<std::string>{"person/ivo-kerr"});
    CHECK(entity(y, "person/ivo-kerr").positions.count("position/GHA-president") == 0);
}

TEST_CASE("the speaker a statement's title names holds the office it gives him", "[resolve]") {
    auto d = document("a", "The United States will continue to stand with Ghana.");
    d.title = "Statement by President Ivo Kerr on the Anniversary of the Treaty";
    d.outlet = "The White House";
    auto x = run(std::vector<geokg::Document>{d});
    CHECK(entity(x, "person/ivo-kerr").positions ==
          std::set<std::string>{"position/USA-president"});
    // A title-case headline runs on after the name: where the name ends is unknown, so no
    // one is named.
    for (const char* title : {"Statement by President Ivo Kerr Congratulating Inaugural Fellows",
                              "Statement by President Kerr Marking the Day of the Treaty",
                              "President Ivo Kerr Announces Nominees",
                              "Statement from President Kerr Commemorating 100 Years"}) {
        auto e = document("a", "The United States will continue to stand with Ghana.");
        e.title = title;
        e.outlet = "The White House";
        CHECK(people(run(std::vector<geokg::Document>{e})).empty());
    }
}

TEST_CASE("a statement's speaker takes its outlet's state though the text names another",
          "[resolve]") {
    auto d = document("a", "Vice President Ana Dorr and I welcome the treaty. Vice President "
                           "Dorr will travel to Ghana to sign it.");
    d.title = "Statement from President Ivo Kerr on the Fisheries Treaty";
    d.outlet = "The White House";
    auto x = run(std::vector<geokg::Document>{d});
    CHECK(entity(x, "person/ivo-kerr").positions ==
          std::set<std::string>{"position/USA-president"});
    // Near miss: a title that honours someone names no speaker.
    auto e = document("a", "Vice President Ana Dorr and I mourn him.");
    e.title = "Statement on the Passing of President Ivo Kerr";
    e.outlet = "The White House";
    CHECK(run(std::vector<geokg::Document>{e}).knowledge.entities.count("person/ivo-kerr") == 0);
}

TEST_CASE("a statement's 'I' is the speaker its title names", "[resolve]") {
    auto d = document("a", "I strongly condemn the Kestrel Front's attack on Ghana.");
    d.title = "Statement by President Ivo Kerr on the Attack";
    d.outlet = "The White House";
    auto x = run(std::vector<geokg::Document>{d});
    CHECK(geokg::testing::has_direct(x, "person/ivo-kerr", "accused", "org/kestrel-front"));
    // Near misses: in a transcript "I" is whoever speaks, and a title of two speakers names
    // no one's "I".
    auto t = document("a", "Q I condemn the Kestrel Front's attack.\nTHE PRESIDENT: Thank you.");
    t.title = "Remarks by President Ivo Kerr on the Attack";
    CHECK(run(std::vector<geokg::Document>{t}).direct.empty());
    auto two = document("a", "I strongly condemn the Kestrel Front's attack on Ghana.");
    two.title = "Statement by President Ivo Kerr and President Ana Dorr on the Attack";
    CHECK_FALSE(geokg::testing::has_direct(run(std::vector<geokg::Document>{two}),
                                           "person/ivo-kerr", "accused", "org/kestrel-front"));
}

TEST_CASE("a state's release gives its state to the officials it reports acting abroad",
          "[resolve]") {
    auto d = document("a", "President Ana Dorr spoke with business leaders. National Security "
                           "Advisor Ivo Kerr met President Sam Otu of Ghana in Accra.");
    d.outlet = "The White House";
    auto x = run(std::vector<geokg::Document>{d});
    CHECK(entity(x, "person/ivo-kerr").positions ==
          std::set<std::string>{"position/USA-national-security-advisor"});
    // Near miss: whom the state's own officials met are their guests, not theirs.
    auto e = document("a", "President Ana Dorr met Prime Minister Ivo Kerr. President Ana Dorr "
                           "also met Lena Okafor. Prime Minister Ivo Kerr met President Sam Otu "
                           "of Ghana in Accra.");
    e.outlet = "The White House";
    auto y = run(std::vector<geokg::Document>{e});
    CHECK(entity(y, "person/ivo-kerr").positions.count("position/USA-prime-minister") == 0);
}
