// A document's facts do not depend on the rest of the batch: pronouns, roles and surnames
// resolve within their own document, only names merge across documents, and a person's IRI
// is minted from the name alone.
#include "extract/pipeline.hpp"

#include "extraction_fixture.hpp"
#include "project_lexicon.hpp"

#include "rdf/namespaces.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using geokg::Extraction;
using geokg::testing::document;
using geokg::testing::run;

using geokg::testing::has_direct;

namespace {

using Fact = std::tuple<std::string, std::string, std::string>;

// The direct triples of the events read from document `id`.
std::set<Fact> facts_of(const Extraction& x, const std::string& id) {
    std::size_t index = x.documents.size();
    for (std::size_t i = 0; i < x.documents.size(); ++i)
        if (x.documents[i].document.id == id)
            index = i;
    REQUIRE(index < x.documents.size());
    std::vector<geokg::Event> events;
    for (const auto& e : x.events)
        if (std::any_of(e.sources.begin(), e.sources.end(),
                        [&](const geokg::SourceRef& r) { return r.document == index; }))
            events.push_back(e);
    std::set<Fact> out;
    const auto& lexicon = geokg::testing::project_lexicon_index().lexicon;
    for (const auto& t : geokg::direct_triples(events, x.knowledge, lexicon))
        out.emplace(t.subject, t.property, t.object);
    return out;
}

// Whether the entity's label in `alone` is one of its labels in `together`: the name the
// document gives it names it in the batch too, whichever form the batch prefers as label.
bool named_alike(const Extraction& alone, const Extraction& together, const std::string& key) {
    const auto& a = alone.knowledge.entities.at(key);
    const auto& b = together.knowledge.entities.at(key);
    return a.label == b.label || b.alt_labels.count(a.label) == 1;
}

// How the first mention of document `id` with this surface was resolved.
std::string resolved_as(const Extraction& x, const std::string& id, std::string_view surface) {
    for (std::size_t di = 0; di < x.documents.size(); ++di) {
        if (x.documents[di].document.id != id)
            continue;
        for (std::size_t si = 0; si < x.documents[di].sentences.size(); ++si) {
            const auto& s = x.documents[di].sentences[si];
            for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                if (s.analysis.mentions[m].surface == surface)
                    return x.resolved.of(di, si).at(m).entity;
        }
    }
    FAIL("no mention \"" << surface << "\" in " << id);
    return {};
}

std::set<std::string> positions_of(const Extraction& x, const std::string& person) {
    auto it = x.knowledge.entities.find(person);
    return it == x.knowledge.entities.end() ? std::set<std::string>{} : it->second.positions;
}

std::vector<geokg::Document> batch() {
    auto wh = document("wh", "President Walter K. Hale arrived in Ghana on Monday. Hale met "
                             "Ghanaian President Kofi Mensah in Accra. The President later "
                             "visited Togo.");
    wh.outlet = "The White House";
    return {
        wh,
        // A surname, a role and a pronoun with no one of their own document to stand for.
        document("wire", "He arrived in Mali. Hale met Ana Dorr in Nairobi. The President "
                         "visited Benin."),
        document("ke", "Kenyan Defense Minister Lena Okafor arrived in Ghana. The defense "
                       "minister laid a wreath at the Peacekeepers Memorial."),
        document("tg", "The Kenyan defense minister visited Togo."),
        document("ng", "Minister Hale arrived in Niger. She met Kofi Mensah."),
        document("acc", "Walter Hale visited Benin. President Kofi Mensah met Lena Okafor."),
    };
}

} // namespace

TEST_CASE("a document's facts are the same extracted alone and in a batch", "[batch]") {
    const auto docs = batch();
    const Extraction together = run(docs);
    std::set<std::string> people_alone;
    for (const auto& d : docs) {
        INFO("document " << d.id);
        const Extraction alone = run({d});
        const auto facts = facts_of(alone, d.id);
        CHECK(facts == facts_of(together, d.id));
        for (const auto& [subject, property, object] : facts) {
            INFO(subject << " " << property << " " << object);
            CHECK(named_alike(alone, together, subject));
            CHECK(named_alike(alone, together, object));
        }
        for (const auto& [key, e] : alone.knowledge.entities)
            if (e.entity_class == geokg::EntityClass::Person) {
                people_alone.insert(key);
                // Every position a document gives a person, the batch gives too.
                auto in_batch = positions_of(together, key);
                for (const auto& p : e.positions)
                    CHECK(in_batch.count(p) == 1);
            }
    }
    // The same people, by the same IRIs.
    std::set<std::string> people_together;
    for (const auto& [key, e] : together.knowledge.entities)
        if (e.entity_class == geokg::EntityClass::Person)
            people_together.insert(key);
    CHECK(people_alone == people_together);
}

TEST_CASE("pronouns, roles and surnames resolve within their own document", "[batch]") {
    const Extraction x = run(batch());
    // Not Walter Hale (wh), nor Lena Okafor (ke): the wire's "he", "Hale", "The President".
    for (const auto& person : {"person/walter-hale", "person/lena-okafor", "person/hale"}) {
        CHECK_FALSE(has_direct(x, person, "visited", "country/MLI"));
        CHECK_FALSE(has_direct(x, person, "metWith", "person/ana-dorr"));
    }
    // "The Kenyan defense minister" of tg is the position, not ke's minister.
    CHECK_FALSE(has_direct(x, "person/lena-okafor", "visited", "country/TGO"));
    CHECK(resolved_as(x, "tg", "The Kenyan defense minister") ==
          "position/KEN-minister-of-defense");
    // Within their documents they do stand for them.
    CHECK(has_direct(x, "person/walter-hale", "visited", "country/TGO"));
    CHECK(has_direct(x, "person/lena-okafor", "laidWreathAt", "site/peacekeepers-memorial"));
    // "Minister Hale" of ng is a person of that one name, who met Kofi Mensah.
    CHECK(has_direct(x, "person/hale", "metWith", "person/kofi-mensah"));
    CHECK_FALSE(has_direct(x, "person/walter-hale", "visited", "country/NER"));
}

TEST_CASE("a person's IRI does not depend on the spellings of other documents", "[batch]") {
    // "Walter K. Hale" with an initial, "Walt Hale" with a hypocorism: one IRI, alone and
    // together, whatever form the batch prefers for the label.
    const auto a = document("a", "President Walter K. Hale arrived in Ghana.");
    const auto b = document("b", "Walt Hale visited Togo. Walt Hale visited Benin.");
    for (const auto& x : {run({a}), run({b}), run({a, b})}) {
        std::vector<std::string> people;
        for (const auto& [key, e] : x.knowledge.entities)
            if (e.entity_class == geokg::EntityClass::Person)
                people.push_back(key);
        CHECK(people == std::vector<std::string>{"person/walter-hale"});
    }
}
