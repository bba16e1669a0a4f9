// The graph drawn: Graphviz DOT from an extraction, rendered to SVG when Graphviz is there.
#include "app/graph_picture.hpp"
#include "extract/pipeline.hpp"
#include "lexicon/lexicon.hpp"

#include "project_lexicon.hpp"
#include "run_geokg.hpp"
#include "scratch_dir.hpp"
#include "skip.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace geokg;

namespace {

Extraction small_extraction() {
    Document d;
    d.id = "tour";
    d.date = "2024-03-04";
    d.text = "On Monday, Foreign Minister Ana Dorr of Ghana arrived in Kenya. "
             "She is expected to visit Ethiopia on Wednesday.\n";
    return extract({d}, testing::project_lexicon_index(), default_base_iri);
}

} // namespace

TEST_CASE("the graph in DOT: styled nodes, labelled direct triples, events by status",
          "[picture]") {
    const Extraction x = small_extraction();
    const std::string dot = graph_to_dot(x);
    CHECK(dot.rfind("digraph geokg {", 0) == 0);
    CHECK(dot.find("\"person/ana-dorr\" [label=\"Ana Dorr\", shape=ellipse") != std::string::npos);
    CHECK(dot.find("\"country/KEN\" [label=\"Kenya\", shape=box") != std::string::npos);
    // A reported visit is a direct triple, a labelled edge; the planned one is not.
    CHECK(dot.find("\"person/ana-dorr\" -> \"country/KEN\" [label=\"visited\"") !=
          std::string::npos);
    CHECK(dot.find("\"person/ana-dorr\" -> \"country/ETH\" [label=\"visited\"") ==
          std::string::npos);
    // The planned visit is an event drawn dashed, and so are its links.
    const std::size_t planned = dot.find("(Planned)");
    REQUIRE(planned != std::string::npos);
    CHECK(dot.find("dashed", planned) < dot.find('\n', planned));
    CHECK(dot == graph_to_dot(x)); // the same bytes each time
}

TEST_CASE("a label with quotes and backslashes stays one DOT string", "[picture]") {
    Extraction x;
    Entity e;
    e.key = "person/x";
    e.label = "A \"quoted\" \\ name";
    x.knowledge.entities.emplace(e.key, e);
    x.direct.push_back({"person/x", "https://w3id.org/geokg/ontology#visited", "person/x"});
    const std::string dot = graph_to_dot(x);
    CHECK(dot.find("[label=\"A \\\"quoted\\\" \\\\ name\"") != std::string::npos);
}

TEST_CASE("pictures in SVG through Graphviz, or a clear message without it", "[picture]") {
    const std::string dot = graph_to_dot(small_extraction());
    CHECK(picture_format_from_extension("x.svg") == PictureFormat::Svg);
    CHECK(picture_format_from_extension("x.PNG") == PictureFormat::Png);
    CHECK(picture_format_from_extension("x.ttl") == std::nullopt);
    const char* path = std::getenv("PATH");
    const std::string saved = path ? path : "";
    ::setenv("PATH", "/nonexistent", 1);
    CHECK_THROWS_WITH(render_picture(dot, PictureFormat::Svg),
                      Catch::Contains("apt-get install graphviz"));
    ::setenv("PATH", saved.c_str(), 1);
    if (std::system("command -v dot >/dev/null 2>&1") != 0)
        GEOKG_SKIP("Graphviz's dot is not installed: SVG not drawn");
    const std::string svg = render_picture(dot, PictureFormat::Svg);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("Ana Dorr") != std::string::npos);

    // From the command line: -o FILE.svg draws; --every refuses a picture.
    const auto dir = testing::scratch_dir("picture");
    {
        std::ofstream f(dir / "in.txt");
        f << "On Monday, Foreign Minister Ana Dorr of Ghana arrived in Kenya.\n";
    }
    CHECK(testing::run_geokg("extract in.txt -o graph.svg", dir).status == 0);
    CHECK(std::filesystem::file_size(dir / "graph.svg") > 1000);
    CHECK(testing::run_geokg("extract -f dot in.txt", dir).out.rfind("digraph", 0) == 0);
    CHECK(testing::run_geokg("extract --every 5 in.txt -o graph.png", dir).status == 2);
}
