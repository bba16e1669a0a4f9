// Meetings (issue 8): who met whom, the meeting's mode, and the visits talks imply.
#include "extract/pipeline.hpp"

#include "extraction_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>

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
const std::string kerr = "person/tom-kerr";

} // namespace

TEST_CASE("a meeting links its agent with each counterpart, not the counterparts together",
          "[meetings]") {
    auto x = run("Foreign Minister Anka Dorr met President Ivo Suto and Defense Minister Tom "
                 "Kerr.");
    CHECK(met(x, dorr, suto));
    CHECK(met(x, dorr, kerr));
    CHECK_FALSE(linked(x, suto, kerr));
    const auto* m = only_meeting(x);
    CHECK_FALSE(m->joint);
    CHECK(m->key == "event/meeting-anka-dorr-with-ivo-suto-tom-kerr");
}

TEST_CASE("a joint meeting links all its participants with each other", "[meetings]") {
    auto x = run("Anka Dorr and Ivo Suto and Tom Kerr held talks.");
    CHECK(met(x, dorr, suto));
    CHECK(met(x, dorr, kerr));
    CHECK(met(x, suto, kerr));
    const auto* m = only_meeting(x);
    CHECK(m->joint);
    CHECK(m->key == "event/meeting-anka-dorr-ivo-suto-tom-kerr");
}

TEST_CASE("subjects who held talks with someone did not meet each other", "[meetings]") {
    // Near miss of the joint meeting: a counterpart makes the subjects a side, not a table.
    auto x = run("Anka Dorr and Ivo Suto held talks with Tom Kerr.");
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
