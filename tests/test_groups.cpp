// Groups: "the two ministers", "both sides" stand for the participants of the event before.
#include "extract/group_mentions.hpp"
#include "extract/pipeline.hpp"
#include "rdf/namespaces.hpp"
#include "text/token.hpp"

#include "extraction_fixture.hpp"
#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using geokg::Extraction;
using geokg::testing::run;

using geokg::testing::has_direct;

namespace {

std::string groups_in(std::string_view sentence) {
    auto tokens = geokg::tokenize(sentence);
    const auto& index = geokg::testing::project_lexicon_index();
    auto mentions = geokg::find_mentions(sentence, tokens, index);
    geokg::add_group_mentions(sentence, tokens, index, mentions);
    std::string out;
    for (const auto& m : mentions)
        if (m.group_size > 0)
            out += "[" + m.surface + (m.group_of_states ? " states " : " people ") +
                   std::to_string(m.group_size) + "]";
    return out;
}

} // namespace

TEST_CASE("group phrases count people or states", "[groups]") {
    CHECK(groups_in("The two ministers then signed a protocol.") == "[The two ministers people 2]");
    CHECK(groups_in("The two Vice Ministers condemned the launch.") ==
          "[The two Vice Ministers people 2]");
    CHECK(groups_in("Both sides signed three memorandums.") == "[Both sides states 2]");
    CHECK(groups_in("The three leaders condemned the attacks.") == "[The three leaders people 3]");
    CHECK(groups_in("The two signed a letter of intent.") == "[The two people 2]");
    // Near misses: a number without "the" is any such people; a number before another noun
    // or a name is no group.
    CHECK(groups_in("Two ministers signed the protocol.").empty());
    CHECK(groups_in("The two days of talks ended.").empty());
    CHECK(groups_in("The two Kestrian ministers met.") == "[The two Kestrian ministers people 2]");
    CHECK(groups_in("Both Ivo Kerr and Ana Dorr spoke.").empty());
}

TEST_CASE("the two ministers are the two who met before", "[groups]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr held talks with Ghanaian Foreign Minister Ana "
                 "Dorr in Nairobi on Tuesday. The two ministers then signed a trade protocol.");
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "person/ana-dorr"));
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "country/GHA"));
    // Near miss: a group of three has no event of three people to stand for.
    auto none = run("Kenyan Foreign Minister Ivo Kerr held talks with Ghanaian Foreign Minister "
                    "Ana Dorr in Nairobi on Tuesday. The three ministers then signed a protocol.");
    for (const auto& t : none.direct)
        CHECK(t.property != std::string(geokg::ns::gk) + "signedWith");
}

TEST_CASE("a group after talks in its own sentence", "[groups]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr held talks with Ghanaian Foreign Minister Ana "
                 "Dorr on Tuesday, and the two ministers signed a trade protocol.");
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "person/ana-dorr"));
}

TEST_CASE("both sides are the states of the two who met", "[groups]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr held talks with Ghanaian Foreign Minister Ana "
                 "Dorr in Nairobi on Tuesday. Both sides signed an agreement on trade.");
    CHECK((has_direct(x, "country/KEN", "signedWith", "country/GHA") ||
           has_direct(x, "country/GHA", "signedWith", "country/KEN")));
    CHECK_FALSE(has_direct(x, "person/ivo-kerr", "signedWith", "person/ana-dorr"));
}

TEST_CASE("each of a group condemns", "[groups]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr met Ghanaian Foreign Minister Ana Dorr in "
                 "Nairobi on Tuesday. The two ministers condemned Norway's missile launch.");
    CHECK(has_direct(x, "person/ivo-kerr", "accused", "country/NOR"));
    CHECK(has_direct(x, "person/ana-dorr", "accused", "country/NOR"));
    // Near miss: a group too far back (more than three sentences) stands for no one.
    auto far = run("Kenyan Foreign Minister Ivo Kerr met Ghanaian Foreign Minister Ana Dorr in "
                   "Nairobi on Tuesday. Trade grew. Prices fell. Rains came. The two ministers "
                   "condemned Norway's missile launch.");
    CHECK_FALSE(has_direct(far, "person/ivo-kerr", "accused", "country/NOR"));
}

TEST_CASE("a group stands for the group told before it", "[groups]") {
    auto x = run("Kenyan Foreign Minister Ivo Kerr met Ghanaian Foreign Minister Ana Dorr in "
                 "Nairobi on Tuesday. Trade grew. Both ministers condemned Norway's missile "
                 "launch. Prices fell. Rains came. The two ministers then signed a protocol.");
    CHECK(has_direct(x, "person/ivo-kerr", "signedWith", "person/ana-dorr"));
    // Near miss: a group of another size does not stand for it.
    auto none = run("Kenyan Foreign Minister Ivo Kerr met Ghanaian Foreign Minister Ana Dorr in "
                    "Nairobi on Tuesday. Trade grew. Both ministers condemned Norway's missile "
                    "launch. Prices fell. Rains came. The three ministers then signed a protocol.");
    for (const auto& t : none.direct)
        CHECK(t.property != std::string(geokg::ns::gk) + "signedWith");
}
