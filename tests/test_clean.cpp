// Cleaning: which lines are kept, and that spans point into the original text.
#include "text/clean.hpp"
#include "text/dateline.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace geokg;

namespace {

std::vector<std::string> kept_lines(const std::string& text) {
    std::vector<std::string> out;
    for (const TextSpan& s : clean_text(text)) {
        REQUIRE(s.begin < s.end);
        REQUIRE(s.end <= text.size());
        out.push_back(text.substr(s.begin, s.size()));
    }
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("one trimmed span per non-empty line, offsets into the original", "[clean]") {
    const std::string text = "  First paragraph here.  \r\n\n\t\nSecond\xC2\xA0paragraph.\xC2\xA0\n"
                             "Third one, at the end.";
    const std::vector<TextSpan> spans = clean_text(text);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0] == TextSpan{2, 23});
    CHECK(text.substr(spans[0].begin, spans[0].size()) == "First paragraph here.");
    CHECK(text.substr(spans[1].begin, spans[1].size()) == "Second\xC2\xA0paragraph.");
    CHECK(text.substr(spans[2].begin, spans[2].size()) == "Third one, at the end.");
    CHECK(clean_text("").empty());
    CHECK(clean_text("\n \n\r\n").empty());
}

TEST_CASE("navigation crumbs are dropped", "[clean]") {
    CHECK(kept_lines("Home / world / Harbour talks resume in Valletta\n"
                     "Harbour talks resumed on Monday, officials said.\n") ==
          Lines{"Harbour talks resumed on Monday, officials said."});
    CHECK(kept_lines("Home \xC2\xBB Africa \xC2\xBB Trade\nThe ministers met in Rabat.\n") ==
          Lines{"The ministers met in Rabat."});
    CHECK(kept_lines("News / Africa / Trade\nThe ministers met in Rabat.\n") ==
          Lines{"The ministers met in Rabat."});
    // Slashes in prose are not a crumb.
    const std::string prose = "Spellings vary: Hamid / Hameed / Hamed, the agency noted.";
    CHECK(kept_lines(prose) == Lines{prose});
    const std::string homeward = "Homeward-bound troops left Sicily on Friday.";
    CHECK(kept_lines(homeward) == Lines{homeward});
}

TEST_CASE("a tail heading drops everything after it", "[clean]") {
    for (const std::string heading :
         {"Recent Posts", "Related Articles", "Related Posts", "More Stories",
          "related stories:", "Our partners", "Leave a Reply"}) {
        CAPTURE(heading);
        const std::string text = "The envoy arrived in Niamey on Sunday.\n\n" + heading +
                                 "\n\nFarmers Expect Record Olive Harvest\n\n"
                                 "Olive growers say the season will be long.\n";
        CHECK(kept_lines(text) == Lines{"The envoy arrived in Niamey on Sunday."});
    }
    // Before any content (a sidebar at the top) only the heading itself goes.
    CHECK(kept_lines("Recent Posts\nThe envoy arrived in Niamey on Sunday.\n") ==
          Lines{"The envoy arrived in Niamey on Sunday."});
}

TEST_CASE("page furniture lines are dropped", "[clean]") {
    const std::string text = "Read More\n"
                             "The envoy arrived in Niamey on Sunday.\n"
                             "Share this:\n"
                             "Back to top button\n"
                             "Source link\n"
                             "Read more \xC2\xBB\n"
                             "A second paragraph follows the first one.\n"
                             "* * *\n"
                             "Wheat prices are rising again\xE2\x80\xA6 Read More\n"
                             "The talks ended late.\n";
    CHECK(kept_lines(text) == Lines{"The envoy arrived in Niamey on Sunday.",
                                    "A second paragraph follows the first one.",
                                    "The talks ended late."});
}

TEST_CASE("cookie notices are dropped", "[clean]") {
    const std::string text = "We use cookies to improve your experience.\n"
                             "The envoy arrived in Niamey on Sunday.\n"
                             "This website uses cookies.\n"
                             "By clicking Accept you agree to our cookies and privacy policy.\n"
                             "Farmers in the region bake cookies for the festival.\n";
    CHECK(kept_lines(text) == Lines{"The envoy arrived in Niamey on Sunday.",
                                    "Farmers in the region bake cookies for the festival."});
}

TEST_CASE("follow-us lines are dropped", "[clean]") {
    const std::string text = "The envoy arrived in Niamey on Sunday.\n"
                             "Follow\xC2\xA0The Daily Harbour\xC2\xA0on Google News.\n"
                             "Follow us on Twitter\n"
                             "Follow The Coast Courier on Facebook for updates\n"
                             "Followers of the movement marched on Twitter's offices.\n";
    CHECK(kept_lines(text) == Lines{"The envoy arrived in Niamey on Sunday.",
                                    "Followers of the movement marched on Twitter's offices."});
}

TEST_CASE("photo captions and credit lines are dropped", "[clean]") {
    const std::string text =
        "The envoy arrived in Niamey on Sunday.\n"
        "Soldiers parade in Tunis, Tunisia May 3, 2019. Picture taken May 3, 2019.\n"
        "A ship is unloaded at the port of Oran. REUTERS/Jane Roe\n"
        "Fishermen mend nets at dawn in Sfax. /File Photo\n"
        "The minister at the podium (Photo: Harbour News Agency)\n"
        "Photo credit: Example Images\n"
        "Delegates gather before the vote (Coast Agency \xE2\x80\x93 Archive)\n"
        "Reporting by Jane Roe; Editing by John Doe\n"
        "Writing by Ann Poe\n"
        "Editing by Ben Loe\n"
        "By Carla Moe\n"
        "Officials said the delegates agreed (after a long debate).\n"
        "I had my picture taken with the mayor.\n"
        "- Rosa Vidal, Director, National Association of Pilots Alliance (NAPAA)\n";
    CHECK(kept_lines(text) ==
          Lines{"The envoy arrived in Niamey on Sunday.",
                "Officials said the delegates agreed (after a long debate).",
                "I had my picture taken with the mayor.",
                "- Rosa Vidal, Director, National Association of Pilots Alliance (NAPAA)"});
}

TEST_CASE("a bare byline after the article is dropped, short paragraphs are kept", "[clean]") {
    const std::string text = "Harbour talks resume in Valletta after long pause\n"
                             "The envoy arrived in Valletta on Sunday.\n"
                             "It worked.\n"
                             "no comment yet\n"
                             "Why now?\n"
                             "Jane Q. Roe\n"
                             "Mirela\n";
    CHECK(kept_lines(text) == Lines{"Harbour talks resume in Valletta after long pause",
                                    "The envoy arrived in Valletta on Sunday.", "It worked.",
                                    "no comment yet", "Why now?"});
}

TEST_CASE("a section label above the headline is dropped", "[clean]") {
    CHECK(kept_lines("North Africa\n\nEnvoy opens talks on the border crossing\n\n"
                     "The envoy arrived in Niamey on Sunday.\n") ==
          Lines{"Envoy opens talks on the border crossing",
                "The envoy arrived in Niamey on Sunday."});
    CHECK(kept_lines("World\nNorth Africa\nEnvoy opens talks on the border crossing\n"
                     "The envoy arrived in Niamey on Sunday.\n") ==
          Lines{"Envoy opens talks on the border crossing",
                "The envoy arrived in Niamey on Sunday."});
    // A short headline directly above the first paragraph is the title: kept.
    CHECK(kept_lines("Envoy in Niamey\n\nThe envoy arrived in Niamey on Sunday.\n") ==
          Lines{"Envoy in Niamey", "The envoy arrived in Niamey on Sunday."});
    // A short line alone is kept.
    CHECK(kept_lines("Ceasefire holds\n") == Lines{"Ceasefire holds"});
}

TEST_CASE("seed articles: boilerplate gone, article sentences kept", "[clean][seeds]") {
    const std::filesystem::path dir = std::filesystem::path(GEOKG_SHARED_DIR) / "seeds";
    if (!std::filesystem::is_directory(dir)) {
        GEOKG_SKIP(dir.string() << " is absent");
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".txt") {
            files.push_back(entry.path());
        }
    }
    if (files.empty()) {
        GEOKG_SKIP("no seed .txt files in " << dir.string());
    }
    const std::vector<std::string> banned = {
        "Recent Posts", "GTA",           "Rockstar",     "Jamaica Beach", "LGBTQ",   "2026",
        "Source link",  "Picture taken", "Reporting by", "Leave a Reply", "cookies", "Home /"};
    bool found_tunisia = false;
    std::size_t kept_total = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();
        for (const std::string& line : kept_lines(text)) {
            CAPTURE(path.filename().string(), line);
            for (const std::string& word : banned) {
                CHECK(line.find(word) == std::string::npos);
            }
            if (line.find("arrived in Tunisia") != std::string::npos) {
                found_tunisia = true;
            }
            ++kept_total;
        }
    }
    CHECK(found_tunisia);
    CHECK(kept_total >= 40); // the articles themselves survive
}

TEST_CASE("a wire story's dateline is no part of its first sentence", "[clean][dateline]") {
    CHECK(kept_lines("VELMARA, Sept 5 (Tidewater News) - Kestria and Norland signed a pact.") ==
          Lines{"Kestria and Norland signed a pact."});
    CHECK(kept_lines("NEW DELHI (Wire) \xE2\x80\x94 Ivo Kerr arrived on Monday.") ==
          Lines{"Ivo Kerr arrived on Monday."});
    CHECK(kept_lines("WASHINGTON, D.C. \xE2\x80\x93 Today, Ana Dorr met Ivo Kerr.") ==
          Lines{"Today, Ana Dorr met Ivo Kerr."});
    CHECK(kept_lines("KORVA, Norland, June 4 -- The talks ended.") == Lines{"The talks ended."});
    CHECK(dateline_length("VELM - Talks began.") == 7);
    // Near misses: a capitalized sentence start, an acronym in the sentence, a heading
    // with a colon, a dash inside the sentence, and a dateline with nothing after it.
    CHECK(dateline_length("Velmara, June 4 - Kestria signed.") == 0);
    CHECK(dateline_length("US - Norland relations improved.") == 0);
    CHECK(dateline_length("HOAX: Kestria will default.") == 0);
    CHECK(dateline_length("Ivo Kerr - the envoy - arrived.") == 0);
    CHECK(dateline_length("VELMARA -") == 0);
    CHECK(kept_lines("The envoy, ANA DORR - who arrived - spoke.") ==
          Lines{"The envoy, ANA DORR - who arrived - spoke."});
}
