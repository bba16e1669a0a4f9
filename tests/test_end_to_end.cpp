// End to end: the bundled corpus gives exactly the committed out/, in any input order.
#include "extract/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/writer.hpp"

#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string turtle_of(std::vector<geokg::Document> docs) {
    auto x = geokg::extract(std::move(docs), geokg::testing::project_lexicon_index(),
                            geokg::default_base_iri);
    return geokg::write_graph_to_string(x.graph, geokg::RdfFormat::Turtle,
                                        geokg::output_prefixes(geokg::default_base_iri));
}

} // namespace

TEST_CASE("corpus/ gives exactly the committed out/corpus.ttl", "[end-to-end]") {
    auto read = geokg::read_inputs({std::string(GEOKG_SOURCE_DIR) + "/corpus"});
    REQUIRE(read.errors.empty());
    REQUIRE(read.documents.size() >= 8);
    std::string expected = slurp(std::string(GEOKG_SOURCE_DIR) + "/out/corpus.ttl");
    REQUIRE_FALSE(expected.empty());
    INFO("regenerate with: ./build/geokg (from the top directory) and review the diff");
    CHECK(turtle_of(read.documents) == expected);
}

TEST_CASE("the order of the input documents does not change the output", "[end-to-end]") {
    auto read = geokg::read_inputs({std::string(GEOKG_SOURCE_DIR) + "/corpus"});
    REQUIRE(read.errors.empty());
    std::string first = turtle_of(read.documents);
    std::mt19937 random(42);
    for (int round = 0; round < 3; ++round) {
        auto docs = read.documents;
        std::shuffle(docs.begin(), docs.end(), random);
        CHECK(turtle_of(docs) == first);
    }
}

TEST_CASE("the same input gives the same bytes", "[end-to-end]") {
    geokg::Document d;
    d.id = "d1";
    d.date = "2024-03-05";
    d.text = "On Tuesday, Kenyan President Samuel Otieno arrived in Ethiopia.";
    CHECK(turtle_of({d}) == turtle_of({d}));
}
