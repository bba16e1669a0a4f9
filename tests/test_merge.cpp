// `geokg merge`: graphs written by `extract --records` (shards of one input, or an archive
// and a day's reports) give the bytes one run over all their documents gives; what cannot
// be merged is refused before anything is written.
#include "run_geokg.hpp"
#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using geokg::testing::Run;
using geokg::testing::run_geokg;

namespace {

const fs::path corpus = fs::path(GEOKG_SOURCE_DIR) / "corpus";
const fs::path written = fs::path(GEOKG_SOURCE_DIR) / "bench/devset/written";

// The corpus and the written development documents in three folders ("a", "b", "c"), and
// all of them in "all": shards of one input.
fs::path shards(const std::string& name) {
    const fs::path dir = geokg::testing::scratch_dir("merge-" + name);
    for (const char* shard : {"a", "b", "c", "all"})
        fs::create_directories(dir / shard);
    std::vector<fs::path> files;
    for (const fs::path& from : {corpus, written})
        for (const auto& entry : fs::directory_iterator(from))
            if (entry.path().extension() == ".md" || entry.path().extension() == ".jsonl")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (std::size_t k = 0; k < files.size(); ++k) {
        const char* shard = k % 3 == 0 ? "a" : k % 3 == 1 ? "b" : "c";
        fs::copy_file(files[k], dir / shard / files[k].filename());
        fs::copy_file(files[k], dir / "all" / files[k].filename());
    }
    return dir;
}

std::string read(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

void write(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
}

Run extract_records(const fs::path& dir, const std::string& input, const std::string& output) {
    return run_geokg("extract -q --records " + input + " -o " + output, dir);
}

} // namespace

TEST_CASE("shards extracted apart and merged give the bytes of one run over all of them",
          "[merge]") {
    const fs::path dir = shards("shards");
    for (const char* shard : {"a", "b", "c", "all"})
        REQUIRE(extract_records(dir, shard, std::string(shard) + ".nq").status == 0);
    const std::string single = read(dir / "all.nq");
    REQUIRE(single.find("ontology#analysisRecord") != std::string::npos);

    Run merged = run_geokg("merge a.nq b.nq c.nq -f nquads", dir);
    CHECK(merged.status == 0);
    CHECK(merged.err.empty());
    CHECK(merged.out == single);
    // In any order, and from any of the formats.
    CHECK(run_geokg("merge c.nq a.nq b.nq -f nquads", dir).out == single);
    REQUIRE(run_geokg("extract -q --records b -o b.ttl", dir).status == 0);
    REQUIRE(run_geokg("extract -q --records c -o c.trig", dir).status == 0);
    CHECK(run_geokg("merge b.ttl c.trig a.nq -f nquads", dir).out == single);
    // Into a file, in the format its name says, as extract writes it.
    REQUIRE(run_geokg("merge a.nq b.nq c.nq -o merged.ttl", dir).status == 0);
    REQUIRE(extract_records(dir, "all", "all.ttl").status == 0);
    CHECK(read(dir / "merged.ttl") == read(dir / "all.ttl"));
    // N-Quads on stdin: the reduce end of a pipe.
    write(dir / "ab.nq", read(dir / "a.nq") + read(dir / "b.nq"));
    CHECK(run_geokg("merge - c.nq -f nquads", dir, (dir / "ab.nq").string()).out == single);
    // The output with records is a valid graph.
    Run valid = run_geokg("validate all.nq", dir);
    CHECK(valid.status == 0);
    CHECK(valid.err.empty());
}

TEST_CASE("records add their statements and nothing else", "[merge]") {
    const fs::path dir = shards("records-only");
    Run plain = run_geokg("extract -q -f nquads all", dir);
    Run with = run_geokg("extract -q --records -f nquads all", dir);
    REQUIRE(plain.status == 0);
    REQUIRE(with.status == 0);
    CHECK(plain.out.find("analysisRecord") == std::string::npos);
    std::istringstream lines(with.out);
    std::string line, without;
    std::size_t records = 0;
    while (std::getline(lines, line)) {
        if (line.find("ontology#analysisRecord") != std::string::npos) {
            ++records;
            continue;
        }
        without += line + "\n";
    }
    CHECK(records >= 45); // one per document
    CHECK(without == plain.out);
}

TEST_CASE("a day's reports merged into an archive's graph, twice over", "[merge]") {
    const fs::path dir = shards("incremental");
    REQUIRE(extract_records(dir, "a", "archive.nq").status == 0);
    REQUIRE(extract_records(dir, "b", "day1.nq").status == 0);
    REQUIRE(extract_records(dir, "c", "day2.nq").status == 0);
    REQUIRE(extract_records(dir, "all", "all.nq").status == 0);
    REQUIRE(run_geokg("merge -q archive.nq day1.nq -o archive1.nq", dir).status == 0);
    Run second = run_geokg("merge archive1.nq day2.nq -f nquads", dir);
    CHECK(second.status == 0);
    CHECK(second.out == read(dir / "all.nq"));

    // A day that repeats a document already in the archive, with the same record: kept
    // once, said on stderr, and the graph is the same.
    Run repeated = run_geokg("merge all.nq day2.nq -f nquads", dir);
    CHECK(repeated.status == 0);
    CHECK(repeated.out == read(dir / "all.nq"));
    CHECK(repeated.err.find("read more than once, with the same record") != std::string::npos);
}

TEST_CASE("a different record under an id already read is reported and skipped", "[merge]") {
    const fs::path dir = geokg::testing::scratch_dir("merge-conflict");
    write(
        dir / "first.jsonl",
        R"({"id": "n1", "date": "2024-03-05", "text": "Kenyan President Samuel Otieno arrived in Ethiopia on Tuesday."})"
        "\n");
    write(
        dir / "second.jsonl",
        R"({"id": "n1", "date": "2024-03-05", "text": "Kenyan President Samuel Otieno arrived in Uganda on Tuesday."})"
        "\n");
    REQUIRE(extract_records(dir, "first.jsonl", "first.nq").status == 0);
    REQUIRE(extract_records(dir, "second.jsonl", "second.nq").status == 0);
    Run merged = run_geokg("merge first.nq second.nq -f nquads", dir);
    CHECK(merged.status == 1);
    CHECK(merged.err.find("second.nq") != std::string::npos);
    CHECK(merged.err.find("a different record of document \"n1\" was read from first.nq") !=
          std::string::npos);
    CHECK(merged.out == read(dir / "first.nq"));
}

TEST_CASE("what cannot be merged is refused, and nothing is written", "[merge]") {
    const fs::path dir = shards("refused");
    REQUIRE(extract_records(dir, "a", "a.nq").status == 0);
    const std::string a = read(dir / "a.nq");

    // A graph written without --records.
    REQUIRE(run_geokg("extract -q b -o plain.nq", dir).status == 0);
    Run plain = run_geokg("merge a.nq plain.nq -o out.nq", dir);
    CHECK(plain.status == 3);
    CHECK(plain.err.find("plain.nq: ") != std::string::npos);
    CHECK(plain.err.find("without an analysis record") != std::string::npos);
    CHECK(plain.err.find("--records") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.nq"));

    // Records made with another ontology: their indices into it mean nothing here.
    const fs::path ontology = dir / "edited"; // not ./ontology, which geokg would read
    fs::create_directories(ontology);
    for (const auto& entry : fs::directory_iterator(GEOKG_ONTOLOGY_DIR))
        if (entry.path().extension() == ".ttl")
            fs::copy_file(entry.path(), ontology / entry.path().filename());
    std::ofstream(ontology / "geokg.ttl", std::ios::app) << "\n# edited\n";
    REQUIRE(run_geokg("extract -q --records --ontology edited b -o other.nq", dir).status == 0);
    Run other = run_geokg("merge a.nq other.nq -o out.nq", dir);
    CHECK(other.status == 3);
    CHECK(other.err.find("other.nq: <") != std::string::npos);
    CHECK(other.err.find("made with another ontology") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.nq"));
    // Near miss: merged with the ontology they were made with, they are fine.
    CHECK(run_geokg("merge --ontology edited other.nq -o out.nq", dir).status == 0);
    fs::remove(dir / "out.nq");

    // A record whose Base64 was damaged.
    std::string damaged = a;
    const std::size_t at = damaged.find("^^<http://www.w3.org/2001/XMLSchema#base64Binary>");
    REQUIRE(at != std::string::npos);
    damaged[at - 10] = '-';
    write(dir / "damaged.nq", damaged);
    Run bad = run_geokg("merge damaged.nq -o out.nq", dir);
    CHECK(bad.status == 3);
    CHECK(bad.err.find("damaged.nq: <") != std::string::npos);
    CHECK(bad.err.find("no Base64") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.nq"));

    // A truncated shard (its last line cut): a syntax error with its place.
    write(dir / "cut.nq", a.substr(0, a.size() - 20));
    Run cut = run_geokg("merge cut.nq -o out.nq", dir);
    CHECK(cut.status == 3);
    CHECK(cut.err.find("cut.nq:") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.nq"));

    // A file whose syntax its name does not say, and a missing one.
    write(dir / "shard.txt", a);
    Run unknown = run_geokg("merge shard.txt", dir);
    CHECK(unknown.status == 3);
    CHECK(unknown.err.find("shard.txt: cannot tell its RDF syntax") != std::string::npos);
    Run missing = run_geokg("merge nowhere.nq", dir);
    CHECK(missing.status == 3);
    CHECK(missing.err.find("nowhere.nq: cannot open file") != std::string::npos);

    // Usage: no graph, and --records is extract's.
    CHECK(run_geokg("merge", dir).status == 2);
    CHECK(run_geokg("validate --records a.nq", dir).status == 2);
}
