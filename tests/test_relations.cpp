// The relation grammar, one rule at a time, through analyze_sentence: each rule has a
// sentence it must read and one it must not.
#include "extract/relations.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"

#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using geokg::Modality;
using geokg::RelationMention;
using geokg::SentenceAnalysis;
using Strings = std::vector<std::string>;

namespace {

SentenceAnalysis analyze(std::string_view sentence) {
    return geokg::analyze_sentence(sentence, geokg::testing::project_lexicon_index());
}

Strings surfaces(const SentenceAnalysis& a, const std::vector<int>& mentions) {
    Strings out;
    for (int m : mentions)
        out.push_back(a.mentions.at(static_cast<std::size_t>(m)).surface);
    return out;
}

std::vector<const RelationMention*> with_property(const SentenceAnalysis& a,
                                                  std::string_view property) {
    std::vector<const RelationMention*> out;
    for (const auto& r : a.relations)
        if (geokg::testing::project_lexicon_index().lexicon.relation(r.relation).name == property)
            out.push_back(&r);
    return out;
}

// The single relation of a property in the sentence; fails the test otherwise.
const RelationMention& only(const SentenceAnalysis& a, std::string_view property) {
    auto found = with_property(a, property);
    INFO("grammar saw: " << a.abstracted);
    REQUIRE(found.size() == 1);
    return *found.front();
}

bool has_relation(const SentenceAnalysis& a, std::string_view property) {
    return !with_property(a, property).empty();
}

} // namespace

TEST_CASE("clause: a visit verb with its place", "[grammar]") {
    auto a = analyze("Defense Minister Lena Okafor arrived in Ethiopia.");
    const auto& r = only(a, "visited");
    CHECK(surfaces(a, r.agents) == Strings{"Defense Minister Lena Okafor"});
    CHECK(surfaces(a, r.places) == Strings{"Ethiopia"});
    CHECK(r.targets.empty());
    CHECK(r.modality == Modality::Reported);
    CHECK(r.rule == "clause: arrived in");

    // "stayed in" is no trigger word.
    auto none = analyze("Defense Minister Lena Okafor stayed in Ethiopia.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("clause: a light verb with a visit noun", "[grammar]") {
    auto a = analyze("President Tomas Varga paid a visit to Morocco.");
    const auto& r = only(a, "visited");
    CHECK(surfaces(a, r.agents) == Strings{"President Tomas Varga"});
    CHECK(surfaces(a, r.places) == Strings{"Morocco"});
    CHECK(r.modality == Modality::Reported);

    auto none = analyze("President Tomas Varga paid tribute to Morocco.");
    INFO(none.abstracted);
    CHECK_FALSE(has_relation(none, "visited"));
}

TEST_CASE("clause: \"is expected in\" is a planned visit", "[grammar]") {
    auto a = analyze("President Tomas Varga is expected in Morocco.");
    const auto& r = only(a, "visited");
    CHECK(surfaces(a, r.agents) == Strings{"President Tomas Varga"});
    CHECK(surfaces(a, r.places) == Strings{"Morocco"});
    CHECK(r.modality == Modality::Planned);

    // Expected to do something else: no visit.
    auto none = analyze("President Tomas Varga is expected to comment on Morocco.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("clause: a tour verb ending a tour in a place", "[grammar]") {
    auto planned = analyze("Defense Minister Lena Okafor will end her tour in Tunisia.");
    const auto& p = only(planned, "visited");
    CHECK(surfaces(planned, p.agents) == Strings{"Defense Minister Lena Okafor"});
    CHECK(surfaces(planned, p.places) == Strings{"Tunisia"});
    CHECK(p.modality == Modality::Planned);

    auto done = analyze("Defense Minister Lena Okafor ended her tour in Tunisia.");
    CHECK(only(done, "visited").modality == Modality::Reported);

    auto none = analyze("Defense Minister Lena Okafor will end her career in Tunisia.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("clause: \"met with\" names the counterpart and \"in\" the place they met", "[grammar]") {
    auto a = analyze("Okafor met with Varga in Nairobi.");
    const auto& r = only(a, "metWith");
    CHECK(surfaces(a, r.agents) == Strings{"Okafor"});
    CHECK(surfaces(a, r.targets) == Strings{"Varga"});
    CHECK(surfaces(a, r.places) == Strings{"Nairobi"});
    CHECK_FALSE(r.symmetric);
    CHECK(r.modality == Modality::Reported);

    auto none = analyze("Okafor held a press conference with Varga.");
    INFO(none.abstracted);
    CHECK_FALSE(has_relation(none, "metWith"));
}

TEST_CASE("clause: \"held talks with\"", "[grammar]") {
    auto a = analyze("Okafor held talks with Varga.");
    const auto& r = only(a, "metWith");
    CHECK(surfaces(a, r.agents) == Strings{"Okafor"});
    CHECK(surfaces(a, r.targets) == Strings{"Varga"});
    CHECK(r.rule == "clause: held talks with");
}

TEST_CASE("clause: \"A and B held talks\" is a symmetric meeting", "[grammar]") {
    auto a = analyze("Okafor and Varga held talks in Rabat.");
    const auto& r = only(a, "metWith");
    CHECK(surfaces(a, r.agents) == Strings{"Okafor", "Varga"});
    CHECK(r.targets.empty());
    CHECK(r.symmetric);

    auto none = analyze("Okafor and Varga held elections.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("clause: a passive \"was received by\" makes the host the counterpart", "[grammar]") {
    auto a = analyze("Okafor was received by President Tomas Varga.");
    const auto& r = only(a, "metWith");
    CHECK(surfaces(a, r.agents) == Strings{"Okafor"});
    CHECK(surfaces(a, r.targets) == Strings{"President Tomas Varga"});

    // Received by nobody named: a meeting without a counterpart.
    auto alone = analyze("Okafor was received warmly.");
    for (const auto* m : with_property(alone, "metWith"))
        CHECK(m->targets.empty());
}

TEST_CASE("clause: a signing with its agreement and a \"with\" counterpart", "[grammar]") {
    auto a = analyze("Okafor signed a five-year Defence Cooperation Framework with Varga.");
    const auto& r = only(a, "signedWith");
    CHECK(surfaces(a, r.agents) == Strings{"Okafor"});
    CHECK(surfaces(a, r.targets) == Strings{"Varga"});
    REQUIRE(r.agreement >= 0);
    CHECK(a.mentions[static_cast<std::size_t>(r.agreement)].surface ==
          "a five-year Defence Cooperation Framework");

    // "with" inside "without" is no preposition.
    auto without = analyze("Okafor signed the deal without Varga.");
    const auto& w = only(without, "signedWith");
    CHECK(w.targets.empty());
}

TEST_CASE("clause: \"accusing them\" takes the counterparts of the previous predicate",
          "[grammar]") {
    auto a = analyze("Okafor met with Varga and Girma, accusing them of delays.");
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"Varga", "Girma"});
    const RelationMention* accusation = nullptr;
    for (const auto* r : with_property(a, "accused"))
        if (surfaces(a, r->agents) == Strings{"Okafor"})
            accusation = r;
    INFO(a.abstracted);
    REQUIRE(accusation != nullptr);
    CHECK(surfaces(a, accusation->targets) == Strings{"Varga", "Girma"});
    CHECK(accusation->modality == Modality::Reported);

    auto direct = analyze("Okafor accused Sudan of supporting militants.");
    CHECK(surfaces(direct, only(direct, "accused").targets) == Strings{"Sudan"});

    auto none = analyze("Okafor praised Sudan.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("clause: the object of one clause does not start another", "[grammar]") {
    auto a = analyze("Okafor met with Varga, accusing Sudan of delays.");
    for (const auto* r : with_property(a, "accused")) {
        INFO(a.abstracted);
        CHECK(surfaces(a, r->agents) == Strings{"Okafor"});
    }
}

TEST_CASE("clause: a wreath and a speech share the place named once", "[grammar]") {
    for (std::string_view s :
         {"Okafor laid a wreath and delivered a speech at the Peacekeepers Memorial.",
          "Okafor laid a wreath at the Peacekeepers Memorial and delivered a speech."}) {
        INFO(s);
        auto a = analyze(s);
        const auto& wreath = only(a, "laidWreathAt");
        const auto& speech = only(a, "deliveredSpeechAt");
        CHECK(surfaces(a, wreath.agents) == Strings{"Okafor"});
        CHECK(surfaces(a, speech.agents) == Strings{"Okafor"});
        CHECK(surfaces(a, wreath.places) == Strings{"Peacekeepers Memorial"});
        CHECK(surfaces(a, speech.places) == Strings{"Peacekeepers Memorial"});
        CHECK_FALSE(wreath.place_from_context);
        CHECK_FALSE(speech.place_from_context);
    }
    auto none = analyze("Okafor bought a wreath at the Peacekeepers Memorial.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("clause: the first to visit since someone: both visited", "[grammar]") {
    auto a =
        analyze("Okafor is the first foreign minister to visit Tunisia since Abebe Girma in 2011.");
    auto visits = with_property(a, "visited");
    INFO(a.abstracted);
    REQUIRE(visits.size() == 2);
    for (const auto* r : visits) {
        CHECK(surfaces(a, r->places) == Strings{"Tunisia"});
        CHECK(r->modality == Modality::Reported);
    }
    CHECK(surfaces(a, visits[0]->agents) == Strings{"Okafor"});
    CHECK(surfaces(a, visits[1]->agents) == Strings{"Abebe Girma"});
    // 2011 dates only the earlier visit.
    CHECK(visits[0]->time == -1);
    REQUIRE(visits[1]->time >= 0);
    CHECK(a.times[static_cast<std::size_t>(visits[1]->time)].year == 2011);

    auto none = analyze("Okafor is the first woman to lead Kenya since 2011.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("first_since: \"A's visit is the first by a minister to P since B's\"", "[grammar]") {
    auto a = analyze("Okafor's visit is the first by a minister to Tunisia since Girma's in 2011.");
    auto visits = with_property(a, "visited");
    INFO(a.abstracted);
    REQUIRE(visits.size() == 2);
    CHECK(visits[0]->rule == "first_since: visit");
    CHECK(surfaces(a, visits[0]->agents) == Strings{"Okafor"});
    CHECK(surfaces(a, visits[1]->agents) == Strings{"Girma"});
    for (const auto* r : visits) {
        CHECK(surfaces(a, r->places) == Strings{"Tunisia"});
        CHECK(r->modality == Modality::Reported);
    }
    CHECK(visits[0]->time == -1);
    CHECK(visits[1]->time >= 0);

    // Without "since B's" the rule does not apply, and no clause reads a visit.
    auto none = analyze("Okafor's speech is the first by a minister to Tunisia.");
    INFO(none.abstracted);
    CHECK_FALSE(has_relation(none, "visited"));
}

TEST_CASE("apposition: \"who also serves as\" gives the person a role", "[grammar]") {
    auto a = analyze("President Tomas Varga, who also serves as Minister of Defence, met Okafor.");
    REQUIRE(a.positions.size() == 1);
    const auto& claim = a.positions.front();
    CHECK(a.mentions[static_cast<std::size_t>(claim.person)].surface == "President Tomas Varga");
    CHECK(surfaces(a, claim.roles) == Strings{"Minister of Defence"});

    auto none = analyze("President Tomas Varga, Okafor and Girma arrived in Kenya.");
    INFO(none.abstracted);
    CHECK(none.positions.empty());
}

TEST_CASE("located: a site in a city", "[grammar]") {
    auto a = analyze("Okafor visited the Peacekeepers Memorial in Nairobi.");
    REQUIRE(a.located.size() == 1);
    CHECK(a.mentions[static_cast<std::size_t>(a.located[0].inner)].surface ==
          "Peacekeepers Memorial");
    CHECK(a.mentions[static_cast<std::size_t>(a.located[0].outer)].surface == "Nairobi");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Peacekeepers Memorial", "Nairobi"});

    // A country is never inside a city.
    auto none = analyze("Okafor visited Kenya in Nairobi.");
    CHECK(none.located.empty());
}

TEST_CASE("capital: \"Kenya's capital Nairobi\" is one place in another", "[grammar]") {
    auto a = analyze("Okafor arrived in Kenya's capital Nairobi.");
    REQUIRE(a.located.size() == 1);
    CHECK(a.mentions[static_cast<std::size_t>(a.located[0].inner)].surface == "Nairobi");
    CHECK(a.mentions[static_cast<std::size_t>(a.located[0].outer)].surface == "Kenya");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Kenya", "Nairobi"});

    auto none = analyze("Okafor left Kenya's capital for Ethiopia.");
    CHECK(none.located.empty());
}

TEST_CASE("itinerary: each leg of a tour is a planned visit of the tour's owner", "[grammar]") {
    auto a = analyze("Okafor began a tour that included Kenya and Ethiopia.");
    auto legs = with_property(a, "visited");
    INFO(a.abstracted);
    REQUIRE(legs.size() == 2);
    CHECK(surfaces(a, legs[0]->places) == Strings{"Kenya"});
    CHECK(surfaces(a, legs[1]->places) == Strings{"Ethiopia"});
    for (const auto* r : legs) {
        CHECK(r->tour_owner);
        CHECK(r->agents.empty());
        CHECK(r->modality == Modality::Planned);
    }

    auto possessive = analyze("Okafor's tour included Kenya, Ethiopia and Somalia.");
    CHECK(with_property(possessive, "visited").size() == 3);

    auto none = analyze("The report included Kenya and Ethiopia.");
    INFO(none.abstracted);
    CHECK(none.relations.empty());
}

TEST_CASE("itinerary: a trip that included places", "[grammar]") {
    auto a = analyze("Okafor began a trip that included Kenya and Ethiopia.");
    INFO(a.abstracted);
    Strings places;
    for (const auto* r : with_property(a, "visited"))
        for (const auto& p : surfaces(a, r->places))
            places.push_back(p);
    CHECK(places == Strings{"Kenya", "Ethiopia"});
}

TEST_CASE("modality: modal, intention, negation", "[grammar]") {
    CHECK(only(analyze("Okafor will visit Kenya."), "visited").modality == Modality::Planned);
    CHECK(only(analyze("Okafor is scheduled to visit Kenya."), "visited").modality ==
          Modality::Planned);
    CHECK(only(analyze("Okafor did not meet Varga."), "metWith").modality == Modality::Negated);
    CHECK(only(analyze("Okafor never met Varga."), "metWith").modality == Modality::Negated);
    CHECK(only(analyze("Okafor visited Kenya."), "visited").modality == Modality::Reported);
}

TEST_CASE("keywords and triggers match whole words only", "[grammar]") {
    SECTION("\"with\" inside \"without\"") {
        auto a = analyze("She left without meeting Varga.");
        INFO(a.abstracted);
        CHECK_FALSE(has_relation(a, "metWith"));
    }
    SECTION("\"visit\" inside \"visitors\"") {
        auto a = analyze("Okafor greeted visitors in Tunisia.");
        INFO(a.abstracted);
        CHECK(a.abstracted.find("visitors") != std::string::npos);
        CHECK(a.relations.empty());
    }
    SECTION("\"met\" inside \"metal\"") {
        auto a = analyze("Okafor bought metal from Kenya.");
        INFO(a.abstracted);
        CHECK(a.abstracted.find("metal") != std::string::npos);
        CHECK(a.relations.empty());
    }
    SECTION("a trigger word inside a name") {
        auto a = analyze("President Tomas Meeting arrived in Kenya.");
        INFO(a.abstracted);
        CHECK_FALSE(has_relation(a, "metWith"));
        CHECK(surfaces(a, only(a, "visited").agents) == Strings{"President Tomas Meeting"});
    }
}

TEST_CASE("a time expression goes to the relation, a quoted one does not", "[grammar]") {
    auto dated =
        analyze("Okafor visited Ghana on Monday, calling it \"the best day of the year\".");
    const auto& d = only(dated, "visited");
    REQUIRE(d.time >= 0);
    CHECK(dated.times[static_cast<std::size_t>(d.time)].weekday == 0);

    auto quoted = analyze("Okafor visited Ghana, calling it \"the best Monday of the year\".");
    CHECK(only(quoted, "visited").time == -1);
}

TEST_CASE("an agreement's topic before its counterpart", "[grammar]") {
    auto a = analyze("Ana Dorr signed a memorandum on fisheries and ports with Ghana.");
    CHECK(surfaces(a, only(a, "signedWith").targets) == Strings{"Ghana"});
    // Near miss: "with" inside the topic is the topic's, not a counterpart after it.
    auto none = analyze("Ana Dorr signed a memorandum on trade, which Ghana welcomed.");
    CHECK(only(none, "signedWith").targets.empty());
}

TEST_CASE("a journey under way and a present after 'when' are yet to come", "[grammar]") {
    auto en_route = analyze("Ivo Kerr is traveling to Nairobi to meet President Sam Otu.");
    CHECK(only(en_route, "visited").modality == Modality::Planned);
    auto when = analyze("Ivo Kerr invited Ana Dorr to dinner when she visits Kenya in "
                        "September.");
    CHECK(only(when, "visited").modality == Modality::Planned);
    // Near misses: "is visiting" is there; a past after "when" happened.
    auto there = analyze("Ivo Kerr is visiting Nairobi.");
    CHECK(only(there, "visited").modality == Modality::Reported);
    auto past = analyze("Ivo Kerr met Ana Dorr when she visited Kenya in September.");
    CHECK(only(past, "visited").modality == Modality::Reported);
}

TEST_CASE("a past form after 'be' with 'by' is a passive", "[grammar]") {
    auto a = analyze("Ivo Kerr would be personally received by President Sam Otu.");
    const auto& met = only(a, "metWith");
    CHECK(surfaces(a, met.targets) == Strings{"President Sam Otu"});
    CHECK(met.modality == Modality::Planned);
    auto accused = analyze("Ghana was sharply accused by Ivo Kerr of delays.");
    CHECK(surfaces(accused, only(accused, "accused").agents) == Strings{"Ivo Kerr"});
    // Near miss: without "by" the past form after "be" is no passive of a counterpart.
    auto none = analyze("Ivo Kerr was received in Accra.");
    CHECK(only(none, "metWith").targets.empty());
}

TEST_CASE("a trip's purpose and an adverb do not end the predicate", "[grammar]") {
    auto a = analyze("Ivo Kerr arrived in Accra for a three-day visit and held talks with "
                     "President Sam Otu.");
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"President Sam Otu"});
    auto b = analyze("Ana Dorr met separately in Doha with Ivo Kerr and Sam Otu.");
    CHECK(surfaces(b, only(b, "metWith").targets) == Strings{"Ivo Kerr", "Sam Otu"});
    // Near miss: "for" before a person is no purpose: Otu is no counterpart of the arrival.
    auto c = analyze("Ivo Kerr arrived in Accra for Sam Otu's inauguration.");
    CHECK_FALSE(has_relation(c, "metWith"));
}

TEST_CASE("subjects who met with unnamed people did not meet each other", "[grammar]") {
    auto a = analyze("Ana Dorr and Ivo Kerr met with 16 business leaders.");
    CHECK_FALSE(only(a, "metWith").symmetric);
    // Near miss: subjects who met, with nobody after the verb, met each other.
    auto b = analyze("Ana Dorr and Ivo Kerr met in Accra.");
    CHECK(only(b, "metWith").symmetric);
}

TEST_CASE("a time in a relative clause dates the clause, not the sentence", "[grammar]") {
    auto later = analyze("Ivo Kerr signed a training pact with Ghana, under which officers will "
                         "train in Accra from 2027.");
    CHECK(only(later, "signedWith").time == -1);
    auto who = analyze("Ivo Kerr, who arrived on Monday, met Ana Dorr.");
    CHECK(only(who, "metWith").time == -1);
    // Near miss: a time outside the clause still dates the relation.
    auto dated = analyze("Ivo Kerr signed a training pact with Ghana on Monday, which officers "
                         "welcomed.");
    const auto& d = only(dated, "signedWith");
    REQUIRE(d.time >= 0);
    CHECK(dated.times[static_cast<std::size_t>(d.time)].weekday == 0);
}

TEST_CASE("a person \"of Country\" before the verb", "[grammar]") {
    auto a = analyze("Defense Minister Lena Okafor of Kenya arrived in Ethiopia.");
    const auto& r = only(a, "visited");
    CHECK(surfaces(a, r.agents) == Strings{"Defense Minister Lena Okafor of Kenya"});
    CHECK(surfaces(a, r.places) == Strings{"Ethiopia"});
}

TEST_CASE("a relative clause between subject and verb", "[grammar]") {
    auto a = analyze("President Tomas Varga, who arrived in Kenya, met Okafor.");
    const auto& r = only(a, "metWith");
    CHECK(surfaces(a, r.agents) == Strings{"President Tomas Varga"});
}

TEST_CASE("a place followed by a word that is not a noun", "[grammar]") {
    for (std::string_view s :
         {"Okafor visited Kenya last week.", "Okafor visited Kenya without incident."}) {
        INFO(s);
        auto a = analyze(s);
        CHECK(surfaces(a, only(a, "visited").places) == Strings{"Kenya"});
    }
}

TEST_CASE("a capitalized trigger word inside a name is no trigger, but in a headline it is",
          "[grammar]") {
    auto mine = analyze("The list names the Warrior Met Coal Mines and the Valley Copper Project.");
    INFO(mine.abstracted);
    CHECK_FALSE(has_relation(mine, "metWith"));
    auto headline = analyze("Kenya And Canada Sign Defence Cooperation Framework");
    INFO(headline.abstracted);
    CHECK(has_relation(headline, "signedWith"));
}

TEST_CASE("a time between a trigger's words does not break it", "[grammar]") {
    auto a = analyze("President Tomas Varga spoke today with Prime Minister Ana Dorr of Norway.");
    const auto& r = only(a, "metWith");
    CHECK(surfaces(a, r.targets) == Strings{"Prime Minister Ana Dorr of Norway"});
    auto b = analyze("Foreign Minister Ivo Kerr arrived Sunday in Nairobi.");
    CHECK(surfaces(b, only(b, "visited").places) == Strings{"Nairobi"});
    // A word that is no time still separates them: "spoke" alone is no trigger.
    auto none = analyze("President Tomas Varga spoke warmly with Prime Minister Ana Dorr.");
    CHECK_FALSE(has_relation(none, "metWith"));
}

TEST_CASE("an aside in brackets between a trigger's words does not break it", "[grammar]") {
    auto a = analyze("Foreign Minister Ivo Kerr traveled on Monday (3 June 2024) to Ghana.");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Ghana"});
    // Words outside brackets still separate them.
    auto none = analyze("Foreign Minister Ivo Kerr traveled on Monday back to Ghana.");
    CHECK_FALSE(has_relation(none, "visited"));
}

TEST_CASE("coordinated subjects with commas before a final 'and'", "[grammar]") {
    auto a = analyze("Ana Dorr, Mato Kerr and Lena Pohl travelled to Ghana.");
    const auto& r = only(a, "visited");
    CHECK(surfaces(a, r.agents) == Strings{"Ana Dorr", "Mato Kerr", "Lena Pohl"});
    // Without the final "and" a comma is no list: an apposition is no second visitor.
    auto b = analyze("Ana Dorr, Kenya's foreign minister, travelled to Ghana.");
    CHECK(surfaces(b, only(b, "visited").agents) == Strings{"Ana Dorr"});
}

TEST_CASE("a headline's present tense reports", "[grammar]") {
    auto a = analyze("Kenya and Ethiopia Sign Fisheries Pact");
    CHECK(only(a, "signedWith").modality == Modality::Reported);
    // In running text a base form without an auxiliary plans.
    auto b =
        analyze("Kenya and Ethiopia sign a fisheries pact in the coming weeks, officials said.");
    for (const auto* r : with_property(b, "signedWith"))
        CHECK(r->modality == Modality::Planned);
}

TEST_CASE("a tour under way has not been everywhere yet", "[grammar]") {
    auto tour = analyze("Foreign Minister Ivo Kerr is touring Kenya and Ethiopia this week.");
    for (const auto* r : with_property(tour, "visited"))
        CHECK(r->modality == Modality::Planned);
    CHECK(with_property(tour, "visited").size() == 1);
    // One place: he is there.
    auto visit = analyze("Foreign Minister Ivo Kerr is visiting Ethiopia this week.");
    CHECK(only(visit, "visited").modality == Modality::Reported);
}

TEST_CASE("'looks forward to' plans", "[grammar]") {
    auto a = analyze("Prime Minister Ana Dorr looks forward to welcoming President Walter Hale.");
    CHECK(only(a, "metWith").modality == Modality::Planned);
    auto b = analyze("Prime Minister Ana Dorr welcomed President Walter Hale.");
    CHECK(only(b, "metWith").modality == Modality::Reported);
}

TEST_CASE("violence is no accusation, but a verbal attack's 'them' is", "[grammar]") {
    auto violence = analyze("Militants attacked Kenya on Monday, officials said.");
    CHECK_FALSE(has_relation(violence, "accused"));
    auto speech = analyze("In her speech, Ana Dorr attacked China and Russia, accusing them of "
                          "coercion.");
    const auto& r = only(speech, "accused");
    CHECK(surfaces(speech, r.targets) == Strings{"China", "Russia"});
    // "them" with nothing before it to stand for accuses no one.
    auto alone = analyze("Ana Dorr spoke at length, accusing them of coercion.");
    CHECK_FALSE(has_relation(alone, "accused"));
}

TEST_CASE("a light verb's noun may follow a counted phrase", "[grammar]") {
    auto a = analyze("Ana Dorr held two rounds of talks with Ivo Kerr.");
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"Ivo Kerr"});
    auto none = analyze("Ana Dorr held two rounds of applause with Ivo Kerr.");
    CHECK_FALSE(has_relation(none, "metWith"));
}

TEST_CASE("a relative or participle clause tells of the one before it", "[grammar]") {
    auto who = analyze("Ivo Kerr, who visited Ghana in January, met President Sam Otu.");
    CHECK(surfaces(who, only(who, "visited").agents) == Strings{"Ivo Kerr"});
    CHECK(surfaces(who, only(who, "metWith").targets) == Strings{"President Sam Otu"});
    auto visiting = analyze("Ana Dorr, visiting Accra, said trade would grow.");
    CHECK(surfaces(visiting, only(visiting, "visited").places) == Strings{"Accra"});
    // Without the closing comma a participle continues the clause: Otu accuses no one.
    auto object = analyze("Ana Dorr met with Sam Otu, accusing Nigeria of delays.");
    CHECK(surfaces(object, only(object, "accused").agents) == Strings{"Ana Dorr"});
}

TEST_CASE("a relative clause may end the sentence or go on after \"and\"", "[grammar]") {
    auto end = analyze("President Ana Dorr held talks in Accra with Ivo Kerr, who is paying an "
                       "official visit to Ghana.");
    CHECK(surfaces(end, only(end, "visited").agents) == Strings{"Ivo Kerr"});
    CHECK(surfaces(end, only(end, "visited").places) == Strings{"Ghana"});
    auto more = analyze("President Ana Dorr met Ivo Kerr, who is paying a visit to Ghana and "
                        "attending the summit of the AU.");
    CHECK(surfaces(more, only(more, "visited").agents) == Strings{"Ivo Kerr"});
    // Near miss: "that" opens no clause of a person.
    auto that = analyze("President Ana Dorr met Ivo Kerr, a man that visited Ghana.");
    CHECK_FALSE(has_relation(that, "visited"));
}

TEST_CASE("the present progressive with a weekday or tomorrow is a plan", "[grammar]") {
    auto friday = analyze("Ivo Kerr is meeting President Ana Dorr on Friday.");
    CHECK(only(friday, "metWith").modality == Modality::Planned);
    auto tomorrow = analyze("Ana Dorr, who is visiting Ghana tomorrow, praised the talks.");
    CHECK(only(tomorrow, "visited").modality == Modality::Planned);
    // Near misses: under way this week, and the simple past on a weekday.
    auto week = analyze("Ivo Kerr, who is visiting Ghana this week, met President Ana Dorr.");
    CHECK(only(week, "visited").modality == Modality::Reported);
    auto past = analyze("Ivo Kerr met President Ana Dorr on Friday.");
    CHECK(only(past, "metWith").modality == Modality::Reported);
}

TEST_CASE("a predicate before the clause shares its subject", "[grammar]") {
    auto after = analyze("After meeting President Sam Otu, Ivo Kerr flew to Ghana.");
    CHECK(surfaces(after, only(after, "metWith").agents) == Strings{"Ivo Kerr"});
    auto during = analyze("During his visit to Windhoek, Ivo Kerr met President Sam Otu.");
    CHECK(surfaces(during, only(during, "visited").agents) == Strings{"Ivo Kerr"});
    // A participle after the clause's own "after" is its subject's too.
    auto inside = analyze("Ivo Kerr arrived in Ghana after meeting President Sam Otu.");
    CHECK(surfaces(inside, only(inside, "metWith").agents) == Strings{"Ivo Kerr"});
    // "After the talks, ..." names no predicate: nothing is read before the comma.
    auto none = analyze("After the ceremony, Ivo Kerr flew to Ghana.");
    CHECK_FALSE(has_relation(none, "metWith"));
}

TEST_CASE("a predicate before a clause with no trigger is its subject's", "[grammar]") {
    auto told = analyze("After meeting President Sam Otu on Thursday evening, Ivo Kerr told "
                        "reporters that trade would grow.");
    CHECK(surfaces(told, only(told, "metWith").agents) == Strings{"Ivo Kerr"});
    // A possessor is no subject: the aides' talks are not Kerr's reading of them.
    auto aides = analyze("After meeting President Sam Otu, Ivo Kerr's aides said the talks "
                         "went well.");
    CHECK_FALSE(has_relation(aides, "metWith"));
}

TEST_CASE("an event named by a noun is reported only in a past sentence", "[grammar]") {
    auto past = analyze("Ivo Kerr's two-day visit to Ghana ended on Tuesday.");
    CHECK(only(past, "visited").modality == Modality::Reported);
    auto present = analyze("Ivo Kerr's visit to Ghana is planned for May.");
    CHECK(only(present, "visited").modality == Modality::Planned);
    auto upcoming = analyze("Ivo Kerr's upcoming visit to Ghana was announced on Monday.");
    CHECK(only(upcoming, "visited").modality == Modality::Planned);
}

TEST_CASE("parties of an event noun acted together", "[grammar]") {
    auto meeting = analyze("The meeting between Ana Dorr and Ivo Kerr was held in Nairobi.");
    const auto& m = only(meeting, "metWith");
    CHECK(surfaces(meeting, m.agents) == Strings{"Ana Dorr", "Ivo Kerr"});
    CHECK(m.symmetric);
    CHECK(m.modality == Modality::Reported);
    auto signing = analyze("The signing of the accord by Ana Dorr and Ivo Kerr was witnessed by "
                           "diplomats.");
    CHECK(only(signing, "signedWith").agreement >= 0);
    // "between" a meeting and its topic is no party.
    auto none = analyze("The meeting covered trade between Kenya and Ghana.");
    CHECK_FALSE(has_relation(none, "metWith"));
}

TEST_CASE("an agreement signed between or by its parties", "[grammar]") {
    auto between = analyze("A fisheries pact was signed between Kenya and Ethiopia on Tuesday.");
    const auto& r = only(between, "signedWith");
    CHECK(surfaces(between, r.agents) == Strings{"Kenya", "Ethiopia"});
    CHECK(r.symmetric);
    auto by = analyze("The agreement was signed in Nairobi by Ana Dorr and Ivo Kerr.");
    CHECK(surfaces(by, only(by, "signedWith").agents) == Strings{"Ana Dorr", "Ivo Kerr"});
    auto planned = analyze("The agreement will be signed by Ana Dorr and Ivo Kerr.");
    CHECK(only(planned, "signedWith").modality == Modality::Planned);
}

TEST_CASE("a comma joins arguments only in a list", "[grammar]") {
    auto list = analyze("Ana Dorr met Sam Otu, Ivo Kerr and Lena Pohl in Accra.");
    CHECK(surfaces(list, only(list, "metWith").targets) ==
          Strings{"Sam Otu", "Ivo Kerr", "Lena Pohl"});
    auto not_list = analyze("Ana Dorr met Sam Otu, Ivo Kerr said on Monday.");
    CHECK(surfaces(not_list, only(not_list, "metWith").targets) == Strings{"Sam Otu"});
}

TEST_CASE("calls, courtesy calls and protests", "[grammar]") {
    auto called = analyze("President Sam Otu called Ana Dorr on Monday.");
    CHECK(surfaces(called, only(called, "metWith").targets) == Strings{"Ana Dorr"});
    auto phone = analyze("Ana Dorr spoke by phone today with Ivo Kerr.");
    CHECK(surfaces(phone, only(phone, "metWith").targets) == Strings{"Ivo Kerr"});
    auto courtesy = analyze("Ana Dorr paid a courtesy call on President Sam Otu.");
    CHECK(surfaces(courtesy, only(courtesy, "metWith").targets) == Strings{"President Sam Otu"});
    auto protest = analyze("Ghana lodged a strong protest with Nigeria.");
    CHECK(surfaces(protest, only(protest, "accused").targets) == Strings{"Nigeria"});
    // "called on" a state to act is no call.
    auto urged = analyze("Ana Dorr called on Nigeria to release the detainees.");
    for (const auto* r : with_property(urged, "metWith"))
        CHECK(r->targets.empty());
}

TEST_CASE("a slot right before a past trigger is the next clause's subject, not an argument",
          "[grammar]") {
    auto a = analyze("Ana Dorr held a meeting with Ivo Kerr, and Tom Suto met Sam Otu.");
    auto met = with_property(a, "metWith");
    REQUIRE(met.size() == 2);
    CHECK(surfaces(a, met[0]->agents) == Strings{"Ana Dorr"});
    CHECK(surfaces(a, met[0]->targets) == Strings{"Ivo Kerr"});
    CHECK(surfaces(a, met[1]->agents) == Strings{"Tom Suto"});
    CHECK(surfaces(a, met[1]->targets) == Strings{"Sam Otu"});
    // Near miss: a list of counterparts ending in "and" stays one argument list.
    auto list = analyze("Ana Dorr held a meeting with Ivo Kerr, Tom Suto and Sam Otu.");
    CHECK(surfaces(list, only(list, "metWith").targets) ==
          Strings{"Ivo Kerr", "Tom Suto", "Sam Otu"});
}

TEST_CASE("a slot before an adverb and a trigger is the next clause's subject", "[grammar]") {
    auto a = analyze("Ana Dorr met Ivo Kerr in Accra, and Sam Otu recently visited Nairobi.");
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"Ivo Kerr"});
    CHECK(surfaces(a, only(a, "visited").agents) == Strings{"Sam Otu"});
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Nairobi"});
    // Near miss: an adverb without a verb after it leaves the slot a counterpart.
    auto list = analyze("Ana Dorr met Ivo Kerr and Sam Otu separately.");
    CHECK(surfaces(list, only(list, "metWith").targets) == Strings{"Ivo Kerr", "Sam Otu"});
}

TEST_CASE("the comma that closes an apposition inside a name closes the name", "[grammar]") {
    auto a = analyze("Kenya's Foreign Minister, Ana Dorr, blamed Ghana for the delay.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Ghana"});
    // Near miss: before "who" the comma opens a relative clause, which still reads.
    auto who = analyze("Kenya's Foreign Minister, Ana Dorr, who arrived on Monday, met Ivo Kerr.");
    CHECK(surfaces(who, only(who, "metWith").targets) == Strings{"Ivo Kerr"});
}

TEST_CASE("a past verb that is no trigger before 'and' and a trigger shares its subject",
          "[grammar]") {
    auto a = analyze("Ana Dorr rejected the accusations and blamed Ghana for the delay.");
    CHECK(surfaces(a, only(a, "accused").agents) == Strings{"Ana Dorr"});
    // Near miss: violence is no accusation, whatever follows it.
    auto none = analyze("Militants attacked the town and fled.");
    CHECK(none.relations.empty());
}

TEST_CASE("a participle trigger after 'by' is the means of the subject's act", "[grammar]") {
    auto a = analyze("Ana Dorr and Ivo Kerr marked the tenth anniversary of the accord, which "
                     "opened the border, by meeting with Sam Otu.");
    auto met = with_property(a, "metWith");
    REQUIRE(met.size() == 1);
    CHECK(surfaces(a, met[0]->agents) == Strings{"Ana Dorr", "Ivo Kerr"});
    CHECK(surfaces(a, met[0]->targets) == Strings{"Sam Otu"});
    // Near miss: "by" before a noun names an agent, not a means.
    auto none = analyze("Ana Dorr marked the anniversary of the accord by a speech to Sam Otu.");
    CHECK(with_property(none, "metWith").empty());
}

TEST_CASE("a signing's parties after what its 'of' names, in the past after a past verb",
          "[grammar]") {
    auto a = analyze("The leaders welcomed the signing of a joint record of the talks on the "
                     "border by Ivo Kerr and Sam Otu.");
    const auto& signed_ = only(a, "signedWith");
    CHECK(surfaces(a, signed_.agents) == Strings{"Ivo Kerr", "Sam Otu"});
    CHECK(signed_.modality == Modality::Reported);
    // Near misses: a hope is a plan, and a verb before "by" ends the noun phrase.
    auto hope = analyze("Ghana hopes for the signing of a joint record by Ivo Kerr and Sam Otu.");
    CHECK(only(hope, "signedWith").modality == Modality::Planned);
    auto verb = analyze("The signing of the accord was delayed by Ivo Kerr and Sam Otu.");
    CHECK(with_property(verb, "signedWith").empty());
}

TEST_CASE("a parenthetical between subject and verb may open with a preposition", "[grammar]") {
    auto a = analyze("Ana Dorr, for her part, blamed Ghana for the delay.");
    CHECK(surfaces(a, only(a, "accused").agents) == Strings{"Ana Dorr"});
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Ghana"});
    // Near miss: a phrase that does not close with a comma is no parenthetical.
    auto none = analyze("Ana Dorr, for her part blamed Ghana.");
    CHECK(with_property(none, "accused").empty());
}

TEST_CASE("a past verb, its object and an 'as' phrase before 'and' and a trigger", "[grammar]") {
    auto a = analyze("Ana Dorr rejected the claim as baseless and accused Sam Otu of lying.");
    CHECK(surfaces(a, only(a, "accused").agents) == Strings{"Ana Dorr"});
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Sam Otu"});
    // Near miss: a slot is not skipped as words are: Ghana is accused of nothing.
    auto slot = analyze("Ana Dorr rejected the claim of Ghana and accused Sam Otu of lying.");
    for (const auto* r : with_property(slot, "accused"))
        CHECK(surfaces(slot, r->targets) != Strings{"Ghana"});
}

TEST_CASE("condemning an act called something first accuses its actor", "[grammar]") {
    auto a = analyze("Ghana denounced as a grave crime Togo's crackdown on the border.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Togo"});
    // Near miss: what follows the name is no act but the end of the clause.
    auto none = analyze("Ghana denounced as a grave crime the killing of Togo.");
    CHECK(only(none, "accused").targets.empty());
}

TEST_CASE("a subject the text does not name, coordinated after a named one, acts with it",
          "[grammar]") {
    auto a = analyze("Ana Dorr and a group of deputies visited Accra on Monday.");
    CHECK(surfaces(a, only(a, "visited").agents) == Strings{"Ana Dorr"});
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Accra"});
    // Near miss: before a verb that is no trigger the clause is another's.
    auto said = analyze("Ana Dorr and a group of deputies said Ivo Kerr visited Accra.");
    CHECK(surfaces(said, only(said, "visited").agents) == Strings{"Ivo Kerr"});
}

TEST_CASE("a warm welcome given to a guest is a meeting with the guest", "[grammar]") {
    auto a = analyze("President Ana Dorr gave a warm welcome on Thursday to Ivo Kerr.");
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"Ivo Kerr"});
    // Near miss: a welcome given to a decision meets no one.
    auto none = analyze("President Ana Dorr gave a cautious welcome to the decision.");
    CHECK(with_property(none, "metWith").empty());
}

TEST_CASE("what an accusation charges is no second accused", "[grammar]") {
    auto a = analyze("Ana Dorr accused Ghana of deploying troops alongside the M23 rebels.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Ghana"});
    // Near miss: "and" joins a second accused.
    auto both = analyze("Ana Dorr accused Ghana and the M23 rebels of delays.");
    CHECK(surfaces(both, only(both, "accused").targets).size() == 2);
}

TEST_CASE("armed groups the gazetteer knows are accused by name", "[grammar]") {
    auto a = analyze("Ana Dorr condemned the al-Shabaab attack on the base.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"al-Shabaab"});
    auto h = analyze("Ana Dorr condemned the Houthis' attacks on shipping.");
    CHECK(surfaces(h, only(h, "accused").targets) == Strings{"the Houthis"});
    // Near miss: an act with no actor named accuses no one.
    auto none = analyze("Ana Dorr condemned the attack on the base.");
    CHECK(only(none, "accused").targets.empty());
}

TEST_CASE("a complaint about a hostile act accuses its actor and not the one addressed",
          "[grammar]") {
    auto a = analyze("Ghana complained to the United Nations on Tuesday over two Togolese air "
                     "raids.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Togolese"});
    auto b = analyze("Ghana complained about Togo's incursions.");
    CHECK(surfaces(b, only(b, "accused").targets) == Strings{"Togo"});
    // Near misses: the one addressed, and a state modifying what is no act.
    auto to = analyze("Ghana complained to Togo.");
    CHECK(only(to, "accused").targets.empty());
    auto currency = analyze("Ana Dorr complained about the Togolese currency.");
    CHECK(only(currency, "accused").targets.empty());
}

TEST_CASE("the agent of a passive accusation may follow its charge", "[grammar]") {
    auto a = analyze("Opposition leader Ivo Kerr was accused of fraud by the Ghanaian government.");
    CHECK(surfaces(a, only(a, "accused").agents) == Strings{"Ghanaian government"});
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Ivo Kerr"});
    auto far = analyze("Ivo Kerr has been accused of misusing public funds, much of it believed "
                       "to have been embezzled, by current Ghanaian government officials.");
    CHECK(surfaces(far, only(far, "accused").agents) == Strings{"Ghanaian government"});
    // Near misses: "by" after a participle is that participle's agent, and former officials
    // are no state's.
    auto funded = analyze("Ivo Kerr was accused of being funded by Ghana.");
    CHECK(only(funded, "accused").targets.empty());
    auto former = analyze("Ivo Kerr was accused of fraud by former Ghanaian government officials.");
    CHECK(only(former, "accused").targets.empty());
}

TEST_CASE("a trigger after a hyphenated adjective is a noun", "[grammar]") {
    auto a = analyze("Trade Minister Ana Dorr made a five-hour stop in Accra on Monday.");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Accra"});
    CHECK(only(a, "visited").modality == Modality::Reported);
    // Near miss: after "will" the verb plans.
    auto plan = analyze("Trade Minister Ana Dorr will stop in Accra.");
    CHECK(only(plan, "visited").modality == Modality::Planned);
}

TEST_CASE("the place one is on the way to is not reached", "[grammar]") {
    auto a = analyze("Ana Dorr made a five-hour stop in Accra on her way to Nairobi.");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Accra"});
    // Near miss: a topic before a counterpart is no way.
    auto topic = analyze("Ana Dorr held talks on trade and energy with Ivo Kerr.");
    CHECK(surfaces(topic, only(topic, "metWith").targets) == Strings{"Ivo Kerr"});
}

TEST_CASE("a place that opens the sentence is where its meetings were held", "[grammar]") {
    auto a = analyze("In Accra, Ana Dorr met with President Ivo Kerr.");
    CHECK(surfaces(a, only(a, "metWith").places) == Strings{"Accra"});
    // Near miss: a meeting's own place wins over the opening one.
    auto own = analyze("In Ghana, elections were held and Ana Dorr met Ivo Kerr in Lome.");
    CHECK(surfaces(own, only(own, "metWith").places) == Strings{"Lome"});
}

TEST_CASE("leading a delegation to a place is travelling there", "[grammar]") {
    auto a = analyze("General Ivo Kerr led a delegation to Dhaka on Monday.");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Dhaka"});
    // Near miss: a delegation that is only named goes nowhere.
    auto none = analyze("The delegation to Dhaka included General Ivo Kerr.");
    CHECK_FALSE(has_relation(none, "visited"));
}

TEST_CASE("an organization before a name between commas is the named person's title", "[grammar]") {
    auto a = analyze("The head of India's Border Security Force (BSF), Ravi Kerr, led a "
                     "delegation to Dhaka.");
    CHECK(surfaces(a, only(a, "visited").agents) == Strings{"Ravi Kerr"});
    // Near miss: a list of subjects keeps the organization.
    auto list = analyze("The Kestrel Foundation, Ana Dorr and Ivo Kerr visited Ghana.");
    CHECK(only(list, "visited").agents.size() == 3);
}

TEST_CASE("'over' ends a counterpart's noun phrase", "[grammar]") {
    auto a = analyze("Ghana lodged a protest with the Kenyan government over the attack.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Kenyan government"});
    // Near miss: a noun after the state still makes it a modifier.
    auto none = analyze("Ghana lodged a protest with the Kenyan embassy staff.");
    CHECK(only(none, "accused").targets.empty());
}

TEST_CASE("the capitalized noun that ends a meeting's name triggers the meeting", "[grammar]") {
    auto a = analyze("Ana Dorr held the annual Strategic Talks with Ivo Kerr in Velm.");
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"Ivo Kerr"});
    auto d = analyze("Ana Dorr held a strategic dialogue with Ivo Kerr.");
    CHECK(surfaces(d, only(d, "metWith").targets) == Strings{"Ivo Kerr"});
    // Near misses: dialogue called for is none held; a capitalized word of no meeting's name.
    CHECK_FALSE(has_relation(analyze("Ana Dorr urged dialogue with Ivo Kerr."), "metWith"));
    CHECK_FALSE(
        has_relation(analyze("Ana Dorr read the Kestria Talk Review with Ivo Kerr."), "metWith"));
}

TEST_CASE("a meeting held on the sidelines of a summit was held where the summit was",
          "[grammar]") {
    auto a = analyze("Ana Dorr met Ivo Kerr on the margins of the NATO summit in Brussels.");
    CHECK(surfaces(a, only(a, "metWith").places) == Strings{"Brussels"});
    auto b = analyze("Ana Dorr met Ivo Kerr on the sidelines of the summit in Brussels.");
    CHECK(surfaces(b, only(b, "metWith").places) == Strings{"Brussels"});
    // Near miss: a summit the meeting prepares is held elsewhere, later.
    auto c = analyze("Ana Dorr met Ivo Kerr to prepare the summit in Brussels.");
    CHECK(only(c, "metWith").places.empty());
}

TEST_CASE("condemning an act done by an actor accuses the actor", "[grammar]") {
    auto a = analyze("Ana Dorr condemned the continued detention of UN staff by the Kestrel "
                     "Liberation Front.");
    CHECK(surfaces(a, only(a, "accused").targets) == Strings{"Kestrel Liberation Front"});
    auto b = analyze("Ana Dorr condemned the attack on the village by Ghana.");
    CHECK(surfaces(b, only(b, "accused").targets) == Strings{"Ghana"});
    // Near misses: the victim named in the act is not accused, nor a state after another
    // clause's "by".
    auto c = analyze("Ana Dorr condemned the attack on Kenya by gunmen.");
    CHECK(only(c, "accused").targets.empty());
    auto d = analyze("Ana Dorr condemned the attack and thanked Kenya for its help by phone.");
    CHECK(only(d, "accused").targets.empty());
}

TEST_CASE("a fronted participle may say how long before its comma", "[grammar]") {
    auto a = analyze("After meeting Ana Dorr for more than two hours, Ivo Kerr told reporters that "
                     "arrivals fell.");
    CHECK(surfaces(a, only(a, "metWith").agents) == Strings{"Ivo Kerr"});
    CHECK(surfaces(a, only(a, "metWith").targets) == Strings{"Ana Dorr"});
    // Near miss: a phrase that names someone is no such adjunct.
    auto b = analyze("After meeting Ana Dorr for talks on Sam Otu, Ivo Kerr told reporters.");
    for (const auto& r : b.relations)
        CHECK(surfaces(b, r.agents) != Strings{"Ivo Kerr"});
}

TEST_CASE("a direction between a verb of travel and 'to' is the verb's", "[grammar]") {
    auto a = analyze("Ana Dorr, who had travelled ahead to Ghana, met Ivo Kerr.");
    CHECK(surfaces(a, only(a, "visited").places) == Strings{"Ghana"});
    // Near misses: flying back is going home, and a direction before no "to" stays a word.
    CHECK_FALSE(has_relation(analyze("Ana Dorr flew back to Ghana."), "visited"));
    CHECK_FALSE(has_relation(analyze("Ana Dorr travelled ahead of Ghana's team."), "visited"));
}

TEST_CASE("an act done during someone's visit puts the visit in the act's time", "[grammar]") {
    auto a = analyze("The accord was signed during Ana Dorr's visit to Accra.");
    CHECK(only(a, "visited").modality == Modality::Reported);
    // Near miss: an act to come during the visit leaves it planned.
    auto b = analyze("The accord will be signed during Ana Dorr's visit to Accra.");
    CHECK(only(b, "visited").modality == Modality::Planned);
}

TEST_CASE("an event held in a place and chaired by people is their meeting there", "[grammar]") {
    auto a = analyze("The 12th meeting of the Joint Commission was held in Accra and co-chaired by "
                     "Ana Dorr and Ivo Kerr.");
    const auto& m = only(a, "metWith");
    CHECK(surfaces(a, m.agents) == Strings{"Ana Dorr", "Ivo Kerr"});
    CHECK(surfaces(a, m.places) == Strings{"Accra"});
    auto b = analyze("The talks took place in Doha and were attended by Ana Dorr and Ivo Kerr.");
    CHECK(surfaces(b, only(b, "metWith").places) == Strings{"Doha"});
    // Near misses: an event still to be held, and one whose people only spoke of it.
    CHECK_FALSE(has_relation(analyze("The talks will be held in Doha and attended by Ana Dorr and "
                                     "Ivo Kerr."),
                             "metWith"));
    CHECK_FALSE(has_relation(analyze("The talks were held in Doha and praised by Ana Dorr and Ivo "
                                     "Kerr."),
                             "metWith"));
}

TEST_CASE("a trip someone announced is no trip made", "[grammar]") {
    auto a = analyze("The office announced Ana Dorr's trip to Accra.");
    CHECK(only(a, "visited").modality == Modality::Planned);
}
