// `geokg extract --every N`: the input read, extracted and written N documents at a time,
// each part a run of its own; with --records, the parts merge into the single run's graph.
#include "run_geokg.hpp"
#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using geokg::testing::Run;
using geokg::testing::run_geokg;

namespace {

const std::vector<std::string> lines = {
    R"({"id": "d1", "date": "2024-03-04", "text": "Kenyan President Samuel Otieno visited Ghana on Monday."})",
    R"({"id": "d2", "date": "2024-03-05", "text": "Samuel Otieno met Ghanaian President Ama Boateng in Accra on Tuesday."})",
    R"({"id": "d3", "date": "2024-03-06", "text": "Ethiopian Prime Minister Dawit Alemu visited Kenya on Wednesday."})",
    R"({"id": "d4", "date": "2024-03-07", "text": "Dawit Alemu signed a trade agreement with Kenya on Thursday."})",
    R"({"id": "d5", "date": "2024-03-08", "text": "Ama Boateng visited Ethiopia on Friday."})"};

void write_lines(const fs::path& p, std::size_t first, std::size_t last) {
    std::ofstream f(p, std::ios::binary);
    for (std::size_t k = first; k < last; ++k)
        f << lines[k] << "\n";
}

} // namespace

TEST_CASE("extract --every N writes each part of N documents as a run of its own", "[every]") {
    const fs::path dir = geokg::testing::scratch_dir("every-parts");
    write_lines(dir / "all.jsonl", 0, 5);
    write_lines(dir / "p1.jsonl", 0, 2);
    write_lines(dir / "p2.jsonl", 2, 4);
    write_lines(dir / "p3.jsonl", 4, 5);
    std::string expected;
    for (const char* part : {"p1.jsonl", "p2.jsonl", "p3.jsonl"}) {
        Run r = run_geokg(std::string("extract -q -f nquads ") + part, dir);
        REQUIRE(r.status == 0);
        REQUIRE_FALSE(r.out.empty());
        expected += r.out;
    }
    Run every = run_geokg("extract -q --every 2 -f nquads -", dir, (dir / "all.jsonl").string());
    CHECK(every.status == 0);
    CHECK(every.out == expected);
    // The same into a file, with a closing line that counts the parts.
    Run file = run_geokg("extract --every 2 -j 2 all.jsonl -o out.nq", dir);
    CHECK(file.status == 0);
    CHECK(file.err.find("5 documents in 3 parts of up to 2") != std::string::npos);
    std::ifstream in(dir / "out.nq", std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == expected);
    // Near miss: all at once is one run, not the parts.
    Run whole = run_geokg("extract -q -f nquads all.jsonl", dir);
    CHECK(whole.out != expected);
}

TEST_CASE("parts written with --records merge into the graph of one run", "[every][merge]") {
    const fs::path dir = geokg::testing::scratch_dir("every-merge");
    write_lines(dir / "all.jsonl", 0, 5);
    REQUIRE(run_geokg("extract -q --records --every 2 all.jsonl -o parts.nq", dir).status == 0);
    Run single = run_geokg("extract -q --records -f nquads all.jsonl", dir);
    Run merged = run_geokg("merge -q -f nquads parts.nq", dir);
    CHECK(merged.status == 0);
    CHECK(merged.out == single.out);
}

TEST_CASE("extract --every: problems and usage", "[every]") {
    const fs::path dir = geokg::testing::scratch_dir("every-usage");
    write_lines(dir / "all.jsonl", 0, 3);
    // A bad line among good ones: reported with its place, the rest written, exit 1.
    {
        std::ofstream f(dir / "bad.jsonl", std::ios::binary);
        f << lines[0] << "\n{not json}\n" << lines[1] << "\n";
    }
    Run bad = run_geokg("extract -q --every 1 -f nquads bad.jsonl", dir);
    CHECK(bad.status == 1);
    CHECK(bad.err.find("bad.jsonl:2: invalid JSON") != std::string::npos);
    CHECK(bad.out.find("doc/d1>") != std::string::npos);
    CHECK(bad.out.find("doc/d2>") != std::string::npos);
    // An output that cannot be written is reported before anything is read.
    write_lines(dir / "file", 0, 1);
    Run unwritable = run_geokg("extract --every 1 all.jsonl -o file/out.nq", dir);
    CHECK(unwritable.status == 3);
    CHECK(unwritable.err.find("file/out.nq") != std::string::npos);
    // Usage: a number from 1, and only for extract.
    CHECK(run_geokg("extract --every 0 all.jsonl", dir).status == 2);
    CHECK(run_geokg("extract --every two all.jsonl", dir).status == 2);
    CHECK(run_geokg("merge --every 2 x.nq", dir).status == 2);
}
