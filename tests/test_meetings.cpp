// Meetings (issue 8): who met whom, the meeting's mode, and the visits talks imply.
#include "extract/pipeline.hpp"

#include "extraction_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using geokg::EventKind;
using geokg::Extraction;
using geokg::testing::has_direct;
using geokg::testing::run;

namespace {

const geokg::Event* only_meeting(const Extraction& x) {
    const geokg::Event* found = nullptr;
    std::size_t count = 0;
    std::string keys;
    for (const auto& e : x.events) {
        keys += e.key + " ";
        if (e.kind == EventKind::Meeting) {
            found = &e;
            ++count;
        }
    }
    INFO("events: " << keys);
    REQUIRE(count == 1);
    return found;
}

bool met(const Extraction& x, const std::string& a, const std::string& b) {
    return has_direct(x, a, "metWith", b) && has_direct(x, b, "metWith", a);
}

bool linked(const Extraction& x, const std::string& a, const std::string& b) {
    return has_direct(x, a, "metWith", b) || has_direct(x, b, "metWith", a);
}

const std::string dorr = "person/anka-dorr";
const std::string suto = "person/ivo-suto";
const std::string kerr = "person/oren-kerr";

} // namespace

TEST_CASE("a meeting links its agent with each counterpart, not the counterparts together",
          "[meetings]") {
    auto x = run("Foreign Minister Anka Dorr met President Ivo Suto and Defense Minister Oren "
                 "Kerr.");
    CHECK(met(x, dorr, suto));
    CHECK(met(x, dorr, kerr));
    CHECK_FALSE(linked(x, suto, kerr));
    const auto* m = only_meeting(x);
    CHECK_FALSE(m->joint);
    CHECK(m->key == "event/meeting-anka-dorr-with-ivo-suto-oren-kerr");
}

TEST_CASE("a joint meeting links all its participants with each other", "[meetings]") {
    auto x = run("Anka Dorr and Ivo Suto and Oren Kerr held talks.");
    CHECK(met(x, dorr, suto));
    CHECK(met(x, dorr, kerr));
    CHECK(met(x, suto, kerr));
    const auto* m = only_meeting(x);
    CHECK(m->joint);
    CHECK(m->key == "event/meeting-anka-dorr-ivo-suto-oren-kerr");
}

TEST_CASE("subjects who held talks with someone did not meet each other", "[meetings]") {
    // Near miss of the joint meeting: a counterpart makes the subjects a side, not a table.
    auto x = run("Anka Dorr and Ivo Suto held talks with Oren Kerr.");
    CHECK(met(x, dorr, kerr));
    CHECK(met(x, suto, kerr));
    CHECK_FALSE(linked(x, dorr, suto));
}

TEST_CASE("a meeting of two is one event whichever side the report starts from", "[meetings]") {
    auto x = run({geokg::testing::document("a", "Anka Dorr met Ivo Suto on Tuesday."),
                  geokg::testing::document("b", "Ivo Suto met Anka Dorr on Tuesday.")});
    const auto* m = only_meeting(x);
    CHECK(m->key == "event/meeting-anka-dorr-ivo-suto-2024-03-05");
    CHECK(m->sources.size() == 2);
}

namespace {

const geokg::Event* meeting_with(const Extraction& x, const std::string& a, const std::string& b) {
    for (const auto& e : x.events) {
        if (e.kind != EventKind::Meeting)
            continue;
        std::vector<std::string> all = e.counterparts;
        all.push_back(e.agent);
        if (std::find(all.begin(), all.end(), a) != all.end() &&
            std::find(all.begin(), all.end(), b) != all.end())
            return &e;
    }
    return nullptr;
}

geokg::MeetingMode mode_of(const std::string& text) {
    auto x = run(text);
    return only_meeting(x)->mode;
}

bool visited(const Extraction& x, const std::string& who, const std::string& where) {
    return has_direct(x, who, "visited", where);
}

} // namespace

using geokg::MeetingMode;

TEST_CASE("the manner adverbial left out of the clause says the meeting's mode", "[meetings]") {
    CHECK(mode_of("Anka Dorr spoke by phone with Ivo Suto.") == MeetingMode::ByPhone);
    CHECK(mode_of("Anka Dorr met virtually with Ivo Suto.") == MeetingMode::Virtual);
    CHECK(mode_of("Anka Dorr met Ivo Suto via video link on Monday.") == MeetingMode::Virtual);
    CHECK(mode_of("Anka Dorr met Ivo Suto in person.") == MeetingMode::InPerson);
    // Near miss: no manner, no mode.
    CHECK(mode_of("Anka Dorr spoke with Ivo Suto.") == MeetingMode::Unknown);
}

TEST_CASE("the meeting's trigger says its mode", "[meetings]") {
    CHECK(mode_of("Anka Dorr phoned Ivo Suto.") == MeetingMode::ByPhone);
    CHECK(mode_of("Anka Dorr held a phone call with Ivo Suto.") == MeetingMode::ByPhone);
    CHECK(mode_of("Anka Dorr held a video call with Ivo Suto.") == MeetingMode::Virtual);
    CHECK(mode_of("Anka Dorr held a virtual meeting with Ivo Suto.") == MeetingMode::Virtual);
    CHECK(mode_of("Anka Dorr held a videoconference with Ivo Suto.") == MeetingMode::Virtual);
    CHECK(mode_of("Anka Dorr paid a courtesy call on Ivo Suto.") == MeetingMode::InPerson);
    // Near miss: a meeting says nothing of how it was held.
    CHECK(mode_of("Anka Dorr held a meeting with Ivo Suto.") == MeetingMode::Unknown);
}

TEST_CASE("a manner adverbial belongs to the meeting whose clause it ends", "[meetings]") {
    auto x = run("Anka Dorr met Oren Kerr on Monday, and on Tuesday she spoke by phone with Ivo "
                 "Suto.");
    const auto* kerr_meeting = meeting_with(x, dorr, kerr);
    const auto* suto_meeting = meeting_with(x, dorr, suto);
    REQUIRE(kerr_meeting);
    REQUIRE(suto_meeting);
    CHECK(kerr_meeting->mode == MeetingMode::Unknown);
    CHECK(suto_meeting->mode == MeetingMode::ByPhone);
}

TEST_CASE("a call implies no visit to the place it is said to be held in", "[meetings]") {
    auto call = run("Foreign Minister Anka Dorr of Canada spoke by phone with President Ivo "
                    "Suto of Chile in Santiago.");
    CHECK(met(call, dorr, suto));
    CHECK_FALSE(visited(call, dorr, "city/santiago"));
    CHECK_FALSE(visited(call, dorr, "country/CHL"));
    // Near miss: talks held there bring the foreign minister there.
    auto talks = run("Foreign Minister Anka Dorr of Canada met President Ivo Suto of Chile in "
                     "Santiago.");
    CHECK(visited(talks, dorr, "city/santiago"));
}

TEST_CASE("a host who received a guest by phone was not visited", "[meetings]") {
    auto call = run("President Ivo Suto of Chile received Foreign Minister Anka Dorr of Canada "
                    "by phone.");
    CHECK(met(call, dorr, suto));
    CHECK_FALSE(visited(call, dorr, "country/CHL"));
    auto received = run("President Ivo Suto of Chile received Foreign Minister Anka Dorr of "
                        "Canada.");
    CHECK(visited(received, dorr, "country/CHL"));
}

TEST_CASE("talks in a place are a visit only for the participants foreign to it", "[meetings]") {
    auto x = run("President Ivo Suto of Chile met Foreign Minister Anka Dorr of Canada in "
                 "Santiago.");
    CHECK(visited(x, dorr, "city/santiago"));
    CHECK_FALSE(visited(x, suto, "city/santiago"));
    // Near miss: two officials of the country meeting at home visit nothing.
    auto home = run("President Ivo Suto of Chile met Interior Minister Anka Dorr of Chile in "
                    "Santiago.");
    CHECK(met(home, dorr, suto));
    CHECK_FALSE(visited(home, dorr, "city/santiago"));
    CHECK_FALSE(visited(home, suto, "city/santiago"));
}

TEST_CASE("a joint meeting in a place is a visit for its foreign participants", "[meetings]") {
    auto x = run("President Ivo Suto of Chile and Foreign Minister Anka Dorr of Canada met today "
                 "at the Palace of Government in Santiago, Chile.");
    CHECK(met(x, dorr, suto));
    CHECK(visited(x, dorr, "city/santiago"));
    CHECK_FALSE(visited(x, suto, "city/santiago"));
}

TEST_CASE("hosts of a roundtable had guests, not each other", "[meetings]") {
    auto x = run("Today, Advisor Ana Dorr and Director Ivo Kerr hosted a roundtable with civic "
                 "leaders on voting access.");
    CHECK_FALSE(linked(x, "person/ana-dorr", "person/ivo-kerr"));
    // Near miss: subjects who held talks did meet each other.
    auto talks = run("Advisor Ana Dorr and Director Ivo Kerr held talks on voting access.");
    CHECK(met(talks, "person/ana-dorr", "person/ivo-kerr"));
}

TEST_CASE("a readout's participant list names who met its hosts", "[meetings]") {
    const std::string lead = "Today, Advisor Ana Dorr hosted a roundtable with civic leaders on "
                             "voting access.\n\n";
    const std::string items = "- Ivo Kerr, Kestrel Foundation\n- Lena Okafor, Velmar Institute\n"
                              "- Harbor Youth Alliance\n- Coalition for Civic Trust (CCT) Program\n"
                              "- The group announced a new study on turnout\n\n###\n";
    auto x = run(lead + "Meeting participants included:\n" + items);
    CHECK(met(x, "person/ana-dorr", "person/ivo-kerr"));
    CHECK(met(x, "person/ana-dorr", "person/lena-okafor"));
    CHECK(met(x, "person/ana-dorr", "org/harbor-youth-alliance"));
    CHECK(met(x, "person/ana-dorr", "org/coalition-for-civic-trust-program"));
    CHECK(x.knowledge.entities.at("org/coalition-for-civic-trust-program").label ==
          "Coalition for Civic Trust Program");
    // Near misses: the participants did not meet each other; an affiliation is no
    // participant; a sentence is no organization's name.
    CHECK_FALSE(linked(x, "person/ivo-kerr", "person/lena-okafor"));
    CHECK_FALSE(linked(x, "person/ana-dorr", "org/kestrel-foundation"));
    for (const auto& [key, e] : x.knowledge.entities)
        CHECK(key.find("announced") == std::string::npos);
    // A host who is one capitalized word and holds no office is too little to hang guests on.
    auto bare = run("Today, Violence hosted a roundtable with civic leaders.\n\nMeeting "
                    "participants included:\n" +
                    items);
    CHECK_FALSE(linked(bare, "person/violence", "person/ivo-kerr"));
    // A list that names no participants, or the hosts' own side, names no guests.
    for (const char* header : {"Our partners include:\n", "White House participants:\n"}) {
        auto y = run(lead + header + items);
        CHECK_FALSE(linked(y, "person/ana-dorr", "person/ivo-kerr"));
    }
}

TEST_CASE("an envoy posted to a country visits nothing in it, nor does the host he meets",
          "[meetings]") {
    auto x = run("The Prime Minister, Ivo Suto, met the US Ambassador to Chile, Anka Dorr, in "
                 "Santiago.");
    CHECK(met(x, dorr, suto));
    CHECK_FALSE(visited(x, dorr, "city/santiago"));
    CHECK_FALSE(visited(x, suto, "city/santiago"));
    // Near miss: an envoy sent elsewhere who meets there is a visitor.
    auto y = run("President Ivo Suto of Chile met the US Ambassador to Peru, Anka Dorr, in "
                 "Santiago.");
    CHECK(visited(y, dorr, "city/santiago"));
}
