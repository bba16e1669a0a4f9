// `geokg timeline`: events day by day, reported and planned side by side, text and SVG.
#include "app/timeline.hpp"
#include "extract/pipeline.hpp"
#include "lexicon/lexicon.hpp"

#include "project_lexicon.hpp"
#include "run_geokg.hpp"
#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using namespace geokg;

namespace {

const char* tour = "On Monday, Foreign Minister Ana Dorr of Ghana arrived in Kenya. "
                   "She is expected to visit Ethiopia on Wednesday.\n";

Extraction tour_extraction() {
    Document d;
    d.id = "tour";
    d.date = "2024-03-04";
    d.text = tour;
    return extract({d}, testing::project_lexicon_index(), default_base_iri);
}

} // namespace

TEST_CASE("the timeline as text: a row per date, reported and planned side by side", "[timeline]") {
    const std::string text = timeline_text(tour_extraction());
    CHECK(text.rfind("DATE        REPORTED", 0) == 0);
    // The reported visit on its day, in the reported column.
    CHECK(text.find("\n2024-03-04  Visit of Ana Dorr to Kenya") != std::string::npos);
    // The planned one on its own day, in the planned column, after the reported column.
    const std::size_t day = text.find("\n2024-03-06 ");
    REQUIRE(day != std::string::npos);
    const std::string line = text.substr(day + 1, text.find('\n', day + 1) - day - 1);
    CHECK(line.find("Visit of Ana Dorr to Ethiopia") > std::string("2024-03-06  ").size());
    // Near miss: the planned visit is not in the reported column of its day.
    CHECK(line.find("2024-03-06  Visit") == std::string::npos);
}

TEST_CASE("the timeline as SVG: lanes, planned dashed, text escaped", "[timeline]") {
    const std::string svg = timeline_svg(tour_extraction());
    CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    CHECK(svg.find(">Reported</text>") != std::string::npos);
    CHECK(svg.find(">Planned</text>") != std::string::npos);
    const std::size_t planned = svg.find(">Visit of Ana Dorr to Ethiopia</text>");
    REQUIRE(planned != std::string::npos);
    // The box before the planned event's text is dashed.
    const std::size_t rect = svg.rfind("<rect", planned);
    CHECK(svg.substr(rect, planned - rect).find("stroke-dasharray") != std::string::npos);
    CHECK(svg.find(">2024-03-04</text>") != std::string::npos);
    CHECK(svg.substr(svg.size() - 7) == "</svg>\n");

    // From the command line: text to stdout, SVG by -o's extension.
    const auto dir = testing::scratch_dir("timeline");
    {
        std::ofstream f(dir / "tour.md");
        f << "---\ndate: 2024-03-04\n---\n" << tour;
    }
    const testing::Run r = testing::run_geokg("timeline tour.md", dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("2024-03-04  Visit of Ana Dorr to Kenya") != std::string::npos);
    CHECK(testing::run_geokg("timeline tour.md -o tour.svg", dir).status == 0);
    std::ifstream drawn(dir / "tour.svg");
    const std::string back((std::istreambuf_iterator<char>(drawn)),
                           std::istreambuf_iterator<char>());
    CHECK(back.find("<svg") != std::string::npos);
    CHECK(testing::run_geokg("timeline -f turtle tour.md", dir).status == 2);
}
