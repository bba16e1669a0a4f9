// Assembly: dates fixed from the document date, modality, and merging of events.
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

using geokg::CivilDate;
using geokg::Event;
using geokg::EventStatus;
using geokg::Extraction;

using geokg::testing::has_direct;

namespace {

using geokg::testing::document;
using geokg::testing::run;

std::vector<const Event*> events_of(const Extraction& x, std::string_view kind) {
    std::vector<const Event*> out;
    for (const auto& e : x.events)
        if (geokg::event_kind_name(e.kind) == kind)
            out.push_back(&e);
    return out;
}

// The visits of an agent to a place.
std::vector<const Event*> visits(const Extraction& x, const std::string& agent,
                                 const std::string& place) {
    std::vector<const Event*> out;
    for (const auto* e : events_of(x, "Visit"))
        if (e->agent == agent && e->places == std::vector<std::string>{place})
            out.push_back(e);
    return out;
}

const Event& only_visit(const Extraction& x, const std::string& agent, const std::string& place) {
    auto found = visits(x, agent, place);
    std::string keys;
    for (const auto& e : x.events)
        keys += e.key + " ";
    INFO("events: " << keys);
    REQUIRE(found.size() == 1);
    return *found.front();
}

} // namespace

TEST_CASE("a reported weekday is the latest such day on or before the report", "[events]") {
    auto x = run("Defense Minister Lena Okafor arrived in Ghana on Tuesday.");
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    REQUIRE(v.date);
    CHECK(*v.date == CivilDate{2024, 3, 5});
    CHECK(v.status == EventStatus::Reported);
    CHECK(v.key == "event/visit-lena-okafor-GHA-2024-03-05");
    CHECK(has_direct(x, "person/lena-okafor", "visited", "country/GHA"));
}

TEST_CASE("a planned weekday is the next such day", "[events]") {
    auto x = run("Defense Minister Lena Okafor is scheduled to visit Ghana on Friday.");
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    REQUIRE(v.date);
    CHECK(*v.date == CivilDate{2024, 3, 8});
    CHECK(v.status == EventStatus::Planned);
}

TEST_CASE("a plan gives a Planned event and no direct triple", "[events]") {
    for (std::string_view s : {"Defense Minister Lena Okafor is scheduled to visit Ghana.",
                               "Defense Minister Lena Okafor will visit Ghana.",
                               "Defense Minister Lena Okafor is expected in Ghana."}) {
        INFO(s);
        auto x = run(std::string(s));
        CHECK(only_visit(x, "person/lena-okafor", "country/GHA").status == EventStatus::Planned);
        CHECK_FALSE(has_direct(x, "person/lena-okafor", "visited", "country/GHA"));
    }
}

TEST_CASE("a denied meeting gives no metWith triple", "[events]") {
    auto x = run("Defense Minister Lena Okafor did not meet President Samuel Otieno.");
    CHECK(x.direct.empty());
    auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->status == EventStatus::Negated);
    CHECK(std::string(geokg::event_status_name(meetings[0]->status)) == "Negated");

    auto reported = run("Defense Minister Lena Okafor met President Samuel Otieno.");
    CHECK(has_direct(reported, "person/lena-okafor", "metWith", "person/samuel-otieno"));
    CHECK(has_direct(reported, "person/samuel-otieno", "metWith", "person/lena-okafor"));
}

TEST_CASE("a plan and a report of the same visit and date merge into one Reported event",
          "[events]") {
    // Monday's plan for Tuesday, Wednesday's report of Tuesday.
    auto x = run({document("plan",
                           "Defense Minister Lena Okafor is scheduled to visit Ghana on "
                           "Tuesday.",
                           "2024-03-04"),
                  document("report", "Lena Okafor arrived in Ghana on Tuesday.", "2024-03-06")});
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    REQUIRE(v.date);
    CHECK(*v.date == CivilDate{2024, 3, 5});
    CHECK(v.status == EventStatus::Reported);
    CHECK(v.sources.size() == 2);
    CHECK(has_direct(x, "person/lena-okafor", "visited", "country/GHA"));
}

TEST_CASE("an undated planned leg merges into the single dated visit", "[events]") {
    auto x = run("Defense Minister Lena Okafor will visit Ghana. Okafor arrived in Ghana on "
                 "Tuesday.");
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    REQUIRE(v.date);
    CHECK(v.status == EventStatus::Reported);
    CHECK(v.sources.size() == 2);
}

TEST_CASE("an undated event stays apart when two dated ones could be meant", "[events]") {
    auto x = run("Minister Okafor arrived in Ghana on Monday. Okafor arrived in Ghana on Tuesday. "
                 "Okafor will visit Ghana.");
    auto found = visits(x, "person/okafor", "country/GHA");
    CHECK(found.size() == 3);
}

TEST_CASE("an undated itinerary leg alone is never Reported", "[events]") {
    auto x = run("Defense Minister Lena Okafor arrived in Ghana on Tuesday. Her tour included "
                 "Ghana and Togo.");
    // The Ghana leg joins the dated visit; Togo stays a plan.
    CHECK(only_visit(x, "person/lena-okafor", "country/GHA").status == EventStatus::Reported);
    const auto& togo = only_visit(x, "person/lena-okafor", "country/TGO");
    CHECK(togo.status == EventStatus::Planned);
    CHECK_FALSE(togo.date);
    CHECK_FALSE(has_direct(x, "person/lena-okafor", "visited", "country/TGO"));
}

TEST_CASE("an itinerary's owner may be named by a possessive", "[events]") {
    auto x = run("Defense Minister Lena Okafor's tour included Ghana and Togo.");
    CHECK(visits(x, "person/lena-okafor", "country/TGO").size() == 1);
}

TEST_CASE("a time inside quotation marks does not date the event", "[events]") {
    auto quoted = run("Minister Okafor visited Ghana, calling it \"the best Monday of the year\".");
    const auto& q = only_visit(quoted, "person/okafor", "country/GHA");
    CHECK_FALSE(q.date);
    CHECK(q.key == "event/visit-okafor-GHA");

    auto plain =
        run("Minister Okafor visited Ghana on Monday, calling it \"the best day of the year\".");
    const auto& p = only_visit(plain, "person/okafor", "country/GHA");
    REQUIRE(p.date);
    CHECK(*p.date == CivilDate{2024, 3, 4});
}

TEST_CASE("a year alone dates the event by its year", "[events]") {
    auto x = run("Minister Okafor is the first foreign minister to visit Tunisia since Abebe Girma "
                 "in 2011.");
    const auto& earlier = only_visit(x, "person/abebe-girma", "country/TUN");
    CHECK_FALSE(earlier.date);
    CHECK(earlier.year == 2011);
    CHECK(earlier.status == EventStatus::Reported);
    const auto& now = only_visit(x, "person/okafor", "country/TUN");
    CHECK(now.year == 0);
    CHECK(has_direct(x, "person/abebe-girma", "visited", "country/TUN"));
}

TEST_CASE("a wreath at a site in a city is a visit to the city", "[events]") {
    auto x =
        run("Minister Okafor laid a wreath at the Peacekeepers Memorial in Nairobi on Tuesday.");
    CHECK(has_direct(x, "person/okafor", "laidWreathAt", "site/peacekeepers-memorial"));
    const auto& v = only_visit(x, "person/okafor", "city/nairobi");
    CHECK(v.status == EventStatus::Reported);
    REQUIRE(v.date);
    CHECK(*v.date == CivilDate{2024, 3, 5});
}

TEST_CASE("a signing with a state's official is a signing with the state", "[events]") {
    auto x = run("Minister Okafor arrived in Ghana. Okafor signed a five-year Defence Cooperation "
                 "Framework with Ghanaian President Kofi Mensah.");
    CHECK(has_direct(x, "person/okafor", "signedWith", "person/kofi-mensah"));
    CHECK(has_direct(x, "person/okafor", "signedWith", "country/GHA"));
    auto signings = events_of(x, "Signing");
    REQUIRE(signings.size() == 1);
    CHECK(signings[0]->counterparts ==
          std::vector<std::string>{"country/GHA", "person/kofi-mensah"});
    REQUIRE_FALSE(signings[0]->agreement.empty());
    const auto& agreement = x.knowledge.entities.at(signings[0]->agreement);
    CHECK(agreement.label == "Defence Cooperation Framework");
    CHECK(has_direct(x, "person/okafor", "signed", signings[0]->agreement));
    CHECK(has_direct(x, "person/kofi-mensah", "signed", signings[0]->agreement));
}

TEST_CASE("the official's state named only by a demonym", "[events]") {
    auto x = run("Minister Okafor signed a deal with Ghanaian President Kofi Mensah.");
    CHECK(x.knowledge.entities.count("country/GHA") == 1);
    CHECK(has_direct(x, "person/okafor", "signedWith", "country/GHA"));
}

TEST_CASE("events and their keys do not depend on the order of documents", "[events]") {
    auto a = document("a", "Okafor arrived in Ghana on Tuesday.");
    auto b = document("b", "Okafor met with President Kofi Mensah in Accra.");
    auto one = run({a, b});
    auto two = run({b, a});
    REQUIRE(one.events.size() == two.events.size());
    for (std::size_t i = 0; i < one.events.size(); ++i)
        CHECK(one.events[i].key == two.events[i].key);
    CHECK(one.direct == two.direct);
}

TEST_CASE("a guest visits the host's country", "[events]") {
    auto hosted =
        run("Kenyan President Samuel Otieno hosted Canadian Defence Minister Lena Okafor.");
    CHECK(has_direct(hosted, "person/lena-okafor", "visited", "country/KEN"));
    CHECK(has_direct(hosted, "person/samuel-otieno", "metWith", "person/lena-okafor"));
    CHECK_FALSE(has_direct(hosted, "person/samuel-otieno", "visited", "country/KEN"));

    auto received = run(
        "Canadian Defence Minister Lena Okafor was received by Kenyan President Samuel Otieno.");
    CHECK(has_direct(received, "person/lena-okafor", "visited", "country/KEN"));

    auto planned = run("Canadian Defence Minister Lena Okafor will be received by Kenyan "
                       "President Samuel Otieno.");
    CHECK_FALSE(has_direct(planned, "person/lena-okafor", "visited", "country/KEN"));
}

TEST_CASE("a government named by its demonym acts for its state", "[events]") {
    auto x = run("The Sudanese government accused Chad of arming the rebels.");
    CHECK(has_direct(x, "country/SDN", "accused", "country/TCD"));
    auto interim = run("Pakistan lodged a strong protest with the Afghan interim government.");
    CHECK(has_direct(interim, "country/PAK", "accused", "country/AFG"));
    // Near miss: a qualifier before another noun names no government.
    auto team = run("Pakistan blamed the Afghan national team for the loss.");
    CHECK_FALSE(has_direct(team, "country/PAK", "accused", "country/AFG"));
}

TEST_CASE("a capitalized phrase of common words is no person", "[events]") {
    auto x = run("The Business Forum met with President Tomas Varga. The forum is held each "
                 "year, and business leaders attend.");
    for (const auto& [key, e] : x.knowledge.entities)
        CHECK(key != "person/business-forum");
    CHECK_FALSE(has_direct(x, "person/business-forum", "metWith", "person/tomas-varga"));
    // Words with diacritics too: "Énergie Verte" when the text writes "énergie verte".
    auto accented = run("Énergie Verte met with President Tomas Varga. The énergie verte plan "
                        "is new.");
    CHECK_FALSE(has_direct(accented, "person/energie-verte", "metWith", "person/tomas-varga"));
    // Near miss: a name whose words the text never writes in lower case is a person.
    auto named = run("Solène Maréchal met with President Tomas Varga. The énergie verte plan "
                     "is new.");
    CHECK(has_direct(named, "person/solene-marechal", "metWith", "person/tomas-varga"));
}

TEST_CASE("a passive accusation names the accuser after \"by\"", "[events]") {
    auto x = run("Kenyan President Samuel Otieno has been accused by Uganda of arming rebels.");
    CHECK(has_direct(x, "country/UGA", "accused", "person/samuel-otieno"));
    CHECK_FALSE(has_direct(x, "person/samuel-otieno", "accused", "country/UGA"));
}

TEST_CASE("'since' speaks of the clause's last visit", "[events]") {
    auto x =
        run("Foreign Minister Aiko Tanabe visited the Uruguayan capital Montevideo, becoming "
            "the first Japanese foreign minister to visit Uruguay since Kenji Morimoto in 2011.");
    CHECK(has_direct(x, "person/kenji-morimoto", "visited", "country/URY"));
    CHECK_FALSE(has_direct(x, "person/kenji-morimoto", "visited", "city/montevideo"));
    CHECK(has_direct(x, "person/aiko-tanabe", "visited", "city/montevideo"));
}

TEST_CASE("'is expected in X, where she will meet Y' plans the meeting too", "[events]") {
    auto x =
        run("Canadian Defence Minister Lena Okafor is expected in Nairobi on Friday, where she "
            "will meet Kenyan President Samuel Otieno.");
    bool planned_meeting = false;
    for (const auto* e : events_of(x, "Meeting"))
        planned_meeting = planned_meeting || e->status == EventStatus::Planned;
    CHECK(planned_meeting);
    CHECK_FALSE(has_direct(x, "person/lena-okafor", "metWith", "person/samuel-otieno"));
}

TEST_CASE("a foreign visitor in a city is in its country, but a citizen is not", "[events]") {
    auto foreign = run("Canadian Defence Minister Lena Okafor arrived in Nairobi on Monday.");
    CHECK(has_direct(foreign, "person/lena-okafor", "visited", "city/nairobi"));
    CHECK(has_direct(foreign, "person/lena-okafor", "visited", "country/KEN"));
    auto citizen = run("Kenyan President Samuel Otieno arrived in Nairobi on Monday.");
    CHECK(has_direct(citizen, "person/samuel-otieno", "visited", "city/nairobi"));
    CHECK_FALSE(has_direct(citizen, "person/samuel-otieno", "visited", "country/KEN"));
}

TEST_CASE("'the port of X' names a city the gazetteer does not know", "[events]") {
    auto x = run("Canadian Defence Minister Lena Okafor arrived in the Caspian port of Aktau.");
    CHECK(has_direct(x, "person/lena-okafor", "visited", "city/aktau"));
}

TEST_CASE("a month and year date the event by its month", "[events][dates]") {
    auto x = run("Defense Minister Lena Okafor visited Ghana in August 2022.");
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    CHECK_FALSE(v.date);
    CHECK(v.year == 2022);
    CHECK(v.month == 8);
    CHECK(v.key == "event/visit-lena-okafor-GHA-2022-08");
    CHECK(geokg::date_text(v) == "2022-08");
    const std::string gk(geokg::ns::gk);
    bool year_month = false, year = false;
    for (const auto& st : x.graph.statements) {
        year_month =
            year_month || (st.predicate.value == gk + "yearMonth" && st.object.value == "2022-08" &&
                           st.object.datatype == std::string(geokg::ns::xsd) + "gYearMonth");
        year = year || st.predicate.value == gk + "year";
    }
    CHECK(year_month);
    CHECK_FALSE(year);
}

TEST_CASE("a year without its month keeps the year alone", "[events][dates]") {
    // Near miss: "in 2022" names no month.
    auto x = run("Defense Minister Lena Okafor visited Ghana in 2022.");
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    CHECK(v.year == 2022);
    CHECK(v.month == 0);
    CHECK(v.key == "event/visit-lena-okafor-GHA-2022");
}

TEST_CASE("a visit dated by its year joins the one visit of a month of that year",
          "[events][dates]") {
    auto x = run({document("a", "Defense Minister Lena Okafor visited Ghana in August 2022."),
                  document("b", "Defense Minister Lena Okafor visited Ghana in 2022.")});
    const auto& v = only_visit(x, "person/lena-okafor", "country/GHA");
    CHECK(v.month == 8);
    CHECK(v.sources.size() == 2);
}

TEST_CASE("a visit dated by its year stays apart when two months could be meant",
          "[events][dates]") {
    auto x = run({document("a", "Defense Minister Lena Okafor visited Ghana in August 2022."),
                  document("b", "Defense Minister Lena Okafor visited Ghana in October 2022."),
                  document("c", "Defense Minister Lena Okafor visited Ghana in 2022.")});
    CHECK(visits(x, "person/lena-okafor", "country/GHA").size() == 3);
}

TEST_CASE("talks held in a place are a visit only for a guest from abroad", "[events]") {
    auto x = run("Kenyan President Samuel Otieno met with Canadian Defence Minister Lena Okafor "
                 "in Nairobi on Monday.");
    CHECK(visits(x, "person/samuel-otieno", "city/nairobi").empty());
    // Near miss: the agent of talks abroad did visit.
    auto abroad = run("Canadian Defence Minister Lena Okafor met with Kenyan President Samuel "
                      "Otieno in Nairobi on Monday.");
    CHECK(visits(abroad, "person/lena-okafor", "city/nairobi").size() == 1);
}

TEST_CASE("a state that signs with a state does not sign with the other's minister", "[events]") {
    auto x = run("Kenya and Ghana signed a fisheries accord on Monday. The accord was signed by "
                 "Kenyan Foreign Minister Ivo Kerr and Ghanaian Foreign Minister Ana Dorr.");
    CHECK_FALSE(has_direct(x, "country/KEN", "signedWith", "person/ana-dorr"));
    CHECK_FALSE(has_direct(x, "country/KEN", "signedWith", "person/ivo-kerr"));
    // Near misses: the ministers did sign with each other, and states with each other, also
    // when the signing is one event with the ministers'.
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "person/ana-dorr"));
    CHECK(has_direct(x, "country/KEN", "signedWith", "country/GHA"));
    auto states = run("Kenya and Ghana signed a fisheries accord on Monday.");
    CHECK(has_direct(states, "country/KEN", "signedWith", "country/GHA"));
}

TEST_CASE("people who sign together each sign with the others' states, not their own", "[events]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr met Ghanaian Foreign Minister Ana Dorr in "
                 "Accra. The two ministers signed a fisheries accord.");
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "person/ana-dorr"));
    CHECK(has_direct(x, "person/ana-dorr", "signedWith", "person/ivo-kerr"));
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "country/GHA"));
    CHECK(has_direct(x, "person/ana-dorr", "signedWith", "country/KEN"));
    // Near misses: no one signed with his own state, and the states, named only through
    // their ministers, signed with no one.
    CHECK_FALSE(has_direct(x, "person/ivo-kerr", "signedWith", "country/KEN"));
    CHECK_FALSE(has_direct(x, "person/ana-dorr", "signedWith", "country/GHA"));
    CHECK_FALSE(has_direct(x, "country/KEN", "signedWith", "country/GHA"));
    // One signing, one agreement.
    CHECK(events_of(x, "Signing").size() == 1);
}

TEST_CASE("a counterpart's state named elsewhere in the document is signed with too", "[events]") {
    auto x = run("Ghanaian President Kofi Mensah arrived in Nairobi. Minister Okafor signed a "
                 "deal with Mensah.");
    CHECK(has_direct(x, "person/okafor", "signedWith", "country/GHA"));
    // Near miss: the state another document gives him is not this document's.
    auto y = run(std::vector<geokg::Document>{
        document("a", "Ghanaian President Kofi Mensah arrived in Nairobi."),
        document("b", "Minister Okafor signed a deal with Kofi Mensah.")});
    CHECK_FALSE(has_direct(y, "person/okafor", "signedWith", "country/GHA"));
}

TEST_CASE("meetings held abroad with no one named are a visit there", "[events]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr concluded a series of meetings in Accra.");
    CHECK(has_direct(x, "person/ivo-kerr", "visited", "city/accra"));
    // Near misses: "concluded" signs nothing, a call travels nowhere, and meetings at home
    // are no visit.
    for (const auto& t : x.direct)
        CHECK(t.property != std::string(geokg::ns::gk) + "signedWith");
    auto call = run("Kenyan Foreign Minister Ivo Kerr held phone calls in Accra.");
    CHECK_FALSE(has_direct(call, "person/ivo-kerr", "visited", "city/accra"));
    auto home = run("Kenyan Foreign Minister Ivo Kerr concluded a series of meetings in Nairobi.");
    CHECK_FALSE(has_direct(home, "person/ivo-kerr", "visited", "city/nairobi"));
}

TEST_CASE("'the Kenyan capital' is the capital the ontology gives Kenya", "[events]") {
    auto x = run("Ghanaian Foreign Minister Ana Dorr arrived in the Kenyan capital on Monday.");
    CHECK(has_direct(x, "person/ana-dorr", "visited", "city/nairobi"));
    CHECK(has_direct(x, "person/ana-dorr", "visited", "country/KEN"));
    // Near miss: a name after the noun is the city, whatever the capital.
    auto named = run("Ghanaian Foreign Minister Ana Dorr arrived in the Kenyan capital Mombasa on "
                     "Monday.");
    CHECK_FALSE(has_direct(named, "person/ana-dorr", "visited", "city/nairobi"));
}

TEST_CASE("who accompanied a visitor visited the places told before", "[events]") {
    auto x = run("Kenyan Foreign Minister Ana Dorr arrived in Accra on Monday. Ana Dorr was "
                 "accompanied by Kenyan Trade Minister Ivo Kerr and Kenya's High Commissioner to "
                 "Ghana, Sam Otu. Ana Dorr later visited Abuja.");
    CHECK(has_direct(x, "person/ivo-kerr", "visited", "city/accra"));
    CHECK(has_direct(x, "person/ivo-kerr", "visited", "country/GHA"));
    // Near misses: the envoy posted to the country is at home there, and a visit told after
    // the companions is not theirs.
    CHECK_FALSE(has_direct(x, "person/sam-otu", "visited", "city/accra"));
    CHECK(has_direct(x, "person/ana-dorr", "visited", "city/abuja"));
    CHECK_FALSE(has_direct(x, "person/ivo-kerr", "visited", "city/abuja"));
}

TEST_CASE("a large city that is no capital is a place of its country", "[events]") {
    auto x = run("Kenyan Foreign Minister Ana Dorr arrived in Mumbai on Monday.");
    CHECK(has_direct(x, "person/ana-dorr", "visited", "city/mumbai"));
    CHECK(has_direct(x, "person/ana-dorr", "visited", "country/IND"));
    // Near miss: a city that is also a given name is left out of the gazetteer.
    auto name = run("Kenyan Foreign Minister Sydney Kerr arrived in Accra on Monday.");
    CHECK(has_direct(name, "person/sydney-kerr", "visited", "city/accra"));
}

TEST_CASE("an office in a state's body gives its holder the body's state", "[events]") {
    auto x = run("State Department Spokesperson Ivo Kerr met Ghanaian Foreign Minister Ana Dorr "
                 "in Accra. The two signed a protocol.");
    CHECK(has_direct(x, "person/ana-dorr", "signedWith", "country/USA"));
    // Near miss: an office in an international body gives no state.
    auto un = run("UN Special Envoy Ivo Kerr met Ghanaian Foreign Minister Ana Dorr in Accra. The "
                  "two signed a protocol.");
    for (const auto& t : un.direct)
        CHECK(!(t.subject == "person/ana-dorr" &&
                t.property == std::string(geokg::ns::gk) + "signedWith" &&
                t.object.rfind("country/", 0) == 0));
}

TEST_CASE("a signing held in a place is a visit there by the parties from abroad", "[events]") {
    auto x = run("Ghana's trade minister Sam Otu and Kenya's trade minister Lena Okafor signed a "
                 "memorandum in Accra on Monday.");
    CHECK(has_direct(x, "person/lena-okafor", "visited", "city/accra"));
    CHECK(has_direct(x, "person/lena-okafor", "visited", "country/GHA"));
    // Near misses: the host signs at home; a party whose state is not known went nowhere
    // the text says.
    CHECK_FALSE(has_direct(x, "person/sam-otu", "visited", "city/accra"));
    auto unknown = run("Trade minister Sam Otu and trade minister Lena Okafor signed a memorandum "
                       "in Accra on Monday.");
    CHECK_FALSE(has_direct(unknown, "person/lena-okafor", "visited", "city/accra"));
}

TEST_CASE("a demonym accused names its state and the graph declares it", "[events]") {
    auto x = geokg::testing::run("Ghana complained to the United Nations over two Togolese air "
                                 "raids.");
    CHECK(has_direct(x, "country/GHA", "accused", "country/TGO"));
    CHECK(x.knowledge.find("country/TGO") != nullptr);
}
