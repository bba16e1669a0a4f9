// The command line as users and pipelines meet it: exit codes, messages, output files.
#include "run_geokg.hpp"
#include "scratch_dir.hpp"
#include "skip.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using geokg::testing::Run;
using geokg::testing::run_geokg;

fs::path scratch(const std::string& name) {
    return geokg::testing::scratch_dir("cli-" + name);
}

void write(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
}

const char* good_line =
    R"({"id": "a", "date": "2024-03-05", "text": "On Tuesday, Kenyan President Samuel Otieno arrived in Ethiopia."})";

} // namespace

TEST_CASE("a bad JSON line is reported with file and line, and the other documents are kept",
          "[cli]") {
    auto dir = scratch("badline");
    write(dir / "in.jsonl", std::string(good_line) + "\n{\"id\": \"b\", \"text\": oops}\n");
    Run r = run_geokg("extract in.jsonl -o out.ttl", dir);
    CHECK(r.status == 1);
    CHECK(r.err.find("geokg: in.jsonl:2: invalid JSON") != std::string::npos);
    REQUIRE(fs::exists(dir / "out.ttl"));
    std::ifstream f(dir / "out.ttl");
    std::stringstream s;
    s << f.rdbuf();
    CHECK(s.str().find("Samuel Otieno") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and name the problem", "[cli]") {
    auto dir = scratch("usage");
    Run r = run_geokg("extract --frobnicate x", dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("geokg: unknown option '--frobnicate'") != std::string::npos);
    r = run_geokg("extract", dir);
    CHECK(r.status == 2);
    r = run_geokg("extract -f rdfxml in.txt", dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("unknown format") != std::string::npos);
}

TEST_CASE("stdin to stdout as N-Quads: data only on stdout", "[cli]") {
    auto dir = scratch("stdin");
    write(dir / "in.jsonl", std::string(good_line) + "\n");
    Run r = run_geokg("extract -f nquads -", dir, (dir / "in.jsonl").string());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("<https://w3id.org/geokg/id/person/samuel-otieno> "
                     "<https://w3id.org/geokg/ontology#visited> "
                     "<https://w3id.org/geokg/id/country/ETH> .") != std::string::npos);
    CHECK(r.out.find("@prefix") == std::string::npos);
}

TEST_CASE("the output format follows -o's extension", "[cli]") {
    auto dir = scratch("ext");
    write(dir / "in.jsonl", std::string(good_line) + "\n");
    Run r = run_geokg("extract in.jsonl -o graph.nt", dir);
    CHECK(r.status == 0);
    std::ifstream f(dir / "graph.nt");
    std::stringstream s;
    s << f.rdbuf();
    CHECK(s.str().rfind("<https://w3id.org/geokg/", 0) == 0);
}

TEST_CASE("an unreadable ontology is an error naming the file and line", "[cli]") {
    auto dir = scratch("onto");
    fs::create_directories(dir / "onto");
    write(dir / "onto" / "broken.ttl", "@prefix x: <http://x/> .\nx:a x:b \"unterminated .\n");
    write(dir / "in.txt", "Nothing here.\n");
    Run r = run_geokg("extract --ontology onto in.txt -o out.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err.find("broken.ttl:2:") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.ttl"));
}

TEST_CASE("explain shows each fact's sentence, rule and name resolutions", "[cli][explain]") {
    auto dir = scratch("explain");
    write(dir / "in.md", "---\ndate: 2024-03-05\n---\n"
                         "Canadian Defence Minister Lena Okafor arrived in Kenya on Monday.\n\n"
                         "On Tuesday, Okafar met Kenyan President Samuel Otieno.\n\n"
                         "The defence minister also laid a wreath at the Peacekeepers Memorial.\n\n"
                         "Heavy rain fell over the capital for most of the day.\n\n"
                         "The rain stopped at noon.\n");
    Run r = run_geokg("explain in.md", dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("event/visit-lena-okafor-KEN-2024-03-04") != std::string::npos);
    CHECK(r.out.find("rule: clause: arrived in") != std::string::npos);
    CHECK(r.out.find("\"Okafar\" person -> person/lena-okafor (misspelling)") != std::string::npos);
    CHECK(r.out.find("\"The defence minister\" role -> person/lena-okafor (role)") !=
          std::string::npos);
    CHECK(r.out.find("Heavy rain fell") == std::string::npos); // printed as the grammar saw it
    CHECK(r.out.find("rain fell over the capital for most of the day .") != std::string::npos);
    // A sentence without any mention is not parsed, and says why.
    CHECK(r.out.find(": (no name, place, title, pronoun or group: no rule applies)") !=
          std::string::npos);
}

TEST_CASE("explain shows a meeting's mode, the words left out and the visit not implied",
          "[cli][explain]") {
    auto dir = scratch("explain-mode");
    write(dir / "in.md", "---\ndate: 2024-03-05\n---\n"
                         "Foreign Minister Ana Dorr of Canada spoke by phone with President "
                         "Ivo Kerr of Chile in Santiago on Monday.\n");
    Run r = run_geokg("explain in.md", dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("event/meeting-ana-dorr-ivo-kerr-2024-03-04  [Reported, ByPhone]") !=
          std::string::npos);
    // Offsets count code points of the document's text (after its front matter).
    CHECK(r.out.find("left out (manner): \"by phone\" chars 42-50") != std::string::npos);
    CHECK(r.out.find("left out (time): \"on Monday\"") != std::string::npos);
    CHECK(r.out.find("held from afar (a call or a virtual meeting)") != std::string::npos);
    CHECK(r.out.find("event/visit-ana-dorr") == std::string::npos);
}

TEST_CASE("when no input can be read, no output file is written", "[cli]") {
    auto dir = scratch("noinput");
    Run r = run_geokg("extract missing.txt -o out.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err.find("geokg: missing.txt: no such file or directory") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.ttl"));
}

TEST_CASE("an --ontology folder with no ontology is a failure, not an empty graph", "[cli]") {
    auto dir = scratch("emptyonto");
    fs::create_directories(dir / "empty");
    write(dir / "in.txt", "Kenyan Defence Minister Amina Otieno visited Ethiopia.\n");
    Run r = run_geokg("extract --ontology empty in.txt -o out.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err == "geokg: empty: no ontology here: no *.ttl file\n");
    CHECK_FALSE(fs::exists(dir / "out.ttl"));
    // Turtle, but not an ontology geokg can extract with.
    write(dir / "empty" / "other.ttl", "<http://x/a> <http://x/b> <http://x/c> .\n");
    r = run_geokg("extract --ontology empty in.txt -o out.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err.find("declares no relation property") != std::string::npos);
    r = run_geokg("validate --ontology empty in.ttl", dir);
    CHECK(r.status == 3);
    r = run_geokg("lint --ontology empty", dir);
    CHECK(r.status != 0);
}

TEST_CASE("one exit-status table for every subcommand, shown by --help", "[cli]") {
    auto dir = scratch("exits");
    Run r = run_geokg("--help", dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("Exit status:") != std::string::npos);
    CHECK(r.out.find("3  failure") != std::string::npos);
    // An option of another subcommand is a usage error.
    r = run_geokg("validate -o x.ttl y.ttl", dir);
    CHECK(r.status == 2);
    CHECK(
        r.err.find("option -o does not go with validate (only with extract, merge and timeline)") !=
        std::string::npos);
    r = run_geokg("extract --report r.ttl in.txt", dir);
    CHECK(r.status == 2);
    // An unwritable output is a failure.
    write(dir / "in.txt", "Kenyan Defence Minister Amina Otieno visited Ethiopia.\n");
    write(dir / "file", "a file, not a directory\n");
    r = run_geokg("extract in.txt -o file/out.ttl", dir);
    CHECK(r.status == 3);
}

TEST_CASE("worker threads change nothing in the output", "[cli]") {
    auto dir = scratch("jobs");
    const std::string inputs = std::string("'") + GEOKG_SOURCE_DIR + "/corpus' '" +
                               GEOKG_SOURCE_DIR + "/bench/devset/written'";
    Run one = run_geokg("extract -f nquads " + inputs, dir);
    REQUIRE(one.status == 0);
    REQUIRE(one.out.size() > 100000);
    for (const char* jobs : {"-j 2", "--jobs 3", "-j 0"}) {
        Run many = run_geokg(std::string("extract -f nquads ") + jobs + " " + inputs, dir);
        CHECK(many.status == 0);
        CHECK(many.out == one.out);
    }
    // Near miss: what is no number of threads is a usage error.
    Run bad = run_geokg("extract -j two " + inputs, dir);
    CHECK(bad.status == 2);
    CHECK(bad.err.find("-j takes a number of threads") != std::string::npos);
}

TEST_CASE("a progress line only on a terminal, and never with -q", "[cli]") {
    auto dir = scratch("progress");
    write(dir / "in.jsonl", std::string(good_line) + "\n");
    // script(1) (util-linux) gives geokg a terminal; its output file records what was drawn.
    auto on_terminal = [&](const std::string& args) {
        fs::remove(dir / "typescript");
        const std::string cmd = "cd '" + dir.string() + "' && script -qec \"'" + GEOKG_BINARY +
                                "' " + args + "\" typescript >/dev/null 2>&1";
        CHECK(std::system(cmd.c_str()) == 0);
        std::ifstream f(dir / "typescript");
        std::stringstream s;
        s << f.rdbuf();
        return s.str();
    };
    if (std::system("command -v script >/dev/null 2>&1") != 0)
        GEOKG_SKIP("script(1) is not installed");
    const std::string shown = on_terminal("extract in.jsonl -o out.ttl");
    CHECK(shown.find("1/1 documents") != std::string::npos);
    CHECK(shown.find("wrote out.ttl") != std::string::npos);
    // Near misses: -q on a terminal, and stderr that is no terminal.
    CHECK(on_terminal("extract -q in.jsonl -o out.ttl").find("1/1 documents") == std::string::npos);
    Run piped = run_geokg("extract in.jsonl -o out.ttl", dir);
    CHECK(piped.err.rfind("geokg: wrote out.ttl: 1 documents,", 0) == 0);
    CHECK(piped.err.find("1/1 documents") == std::string::npos);
}

TEST_CASE("positions in organizations and regions validate: their bodies are in the graph",
          "[cli][validate]") {
    auto dir = scratch("orgpos");
    write(
        dir / "in.jsonl",
        R"({"id": "a", "date": "2024-03-05", "text": "The Chairperson of the African Union Commission, Ana Dorr, arrived in Ghana. NATO Secretary General Ivo Kerr met Illinois Governor Lena Pohl."})"
        "\n");
    Run r = run_geokg("extract in.jsonl -o out.ttl", dir);
    REQUIRE(r.status == 0);
    Run v = run_geokg("validate out.ttl", dir);
    CHECK(v.status == 0);
    CHECK(v.err.empty());
    std::ifstream f(dir / "out.ttl");
    std::stringstream s;
    s << f.rdbuf();
    CHECK(s.str().find("rdfs:label \"African Union Commission\"") != std::string::npos);
}

TEST_CASE("with --keep-going, input skipped or repaired is reported, and the exit status is 0",
          "[cli][hostile]") {
    auto dir = scratch("keepgoing");
    write(dir / "in.jsonl", std::string(good_line) + "\n{\"id\": \"b\", \"text\": oops}\n");
    Run r = run_geokg("extract --keep-going in.jsonl -o out.ttl", dir);
    CHECK(r.status == 0);
    CHECK(r.err.find("geokg: in.jsonl:2: invalid JSON") != std::string::npos);
    CHECK(fs::exists(dir / "out.ttl"));
    // Near miss: without it, the same input exits 1.
    CHECK(run_geokg("extract in.jsonl -o out2.ttl", dir).status == 1);
}

TEST_CASE("an output that cannot be written is reported before any input is read",
          "[cli][hostile]") {
    auto dir = scratch("unwritable");
    write(dir / "blocker", "a file where a directory is wanted");
    Run r = run_geokg("extract missing.txt -o blocker/out.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err.find("geokg: blocker/out.ttl: cannot create directory") != std::string::npos);
    CHECK(r.err.find("missing.txt") == std::string::npos); // the input was never opened
    r = run_geokg("extract --every 5 missing.txt -o blocker/out.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err.find("missing.txt") == std::string::npos);
}

TEST_CASE("an empty input directory is a warning and exit 1, empty stdin a note and exit 0",
          "[cli][hostile]") {
    auto dir = scratch("emptyinput");
    fs::create_directories(dir / "inbox");
    Run r = run_geokg("extract inbox -o out.ttl", dir);
    CHECK(r.status == 1);
    CHECK(r.err.find("geokg: inbox: no document in this directory") != std::string::npos);
    CHECK(fs::exists(dir / "out.ttl")); // an empty graph: read, and nothing in it
    r = run_geokg("extract -f nquads -", dir);
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err.find("geokg: -: standard input holds no document") != std::string::npos);
}

TEST_CASE("identical repeats exit 0 with a note, other content under one id exits 1 or 3",
          "[cli][hostile]") {
    auto dir = scratch("repeats");
    const std::string other =
        R"({"id": "a", "date": "2024-03-06", "text": "Kenyan President Samuel Otieno left Ethiopia."})";
    write(dir / "same.jsonl", std::string(good_line) + "\n" + good_line + "\n");
    write(dir / "other.jsonl", std::string(good_line) + "\n" + other + "\n");
    Run r = run_geokg("extract same.jsonl -o same.ttl", dir);
    CHECK(r.status == 0);
    CHECK(r.err.find("identical: dropped") != std::string::npos);
    r = run_geokg("extract other.jsonl -o other.ttl", dir);
    CHECK(r.status == 1);
    CHECK(r.err.find("with other content: skipped") != std::string::npos);
    r = run_geokg("extract --duplicates keep -f nquads other.jsonl", dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("/doc/a~") != std::string::npos);
    r = run_geokg("extract --duplicates refuse other.jsonl -o refused.ttl", dir);
    CHECK(r.status == 3);
    CHECK_FALSE(fs::exists(dir / "refused.ttl"));
    CHECK(run_geokg("extract --duplicates sometimes other.jsonl", dir).status == 2);
    CHECK(run_geokg("extract --max-document-size 12X other.jsonl", dir).status == 2);
    CHECK(run_geokg("extract --max-document-size 1K same.jsonl", dir).status == 0);
    CHECK(run_geokg("extract --max-document-size 64 --keep-going -f nquads same.jsonl", dir)
              .out.empty());
}

TEST_CASE("the command line: a mistyped command is a suggestion, not a file name", "[cli]") {
    auto dir = scratch("typo");
    Run r = run_geokg("extact in.txt", dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("geokg: unknown command 'extact': did you mean 'extract'?") !=
          std::string::npos);
    CHECK(run_geokg("valdate out.ttl", dir).err.find("did you mean 'validate'?") !=
          std::string::npos);
    // Near miss: a file of that name is an input to the default command.
    write(dir / "extact", "Kenyan Defence Minister Amina Otieno visited Ethiopia.\n");
    r = run_geokg("extact", dir);
    CHECK(r.err.find("did you mean") == std::string::npos);
    CHECK(r.err.find("unknown file type") != std::string::npos); // read as a file
}

TEST_CASE("the command line: --opt=value, -oFILE, -- and --version", "[cli]") {
    auto dir = scratch("forms");
    write(dir / "in.txt", "Kenyan Defence Minister Amina Otieno visited Ethiopia.\n");
    write(dir / "-dash.txt", "Kenyan Defence Minister Amina Otieno visited Ethiopia.\n");
    CHECK(run_geokg("extract --output=a.nt in.txt", dir).status == 0);
    CHECK(fs::exists(dir / "a.nt"));
    CHECK(run_geokg("extract -ob.nq in.txt", dir).status == 0);
    CHECK(fs::exists(dir / "b.nq"));
    Run r = run_geokg("extract -f nquads -- -dash.txt", dir);
    CHECK(r.status == 0);
    CHECK(r.out.find("samuel") == std::string::npos);
    CHECK(r.out.find("amina-otieno") != std::string::npos);
    r = run_geokg("--version", dir);
    CHECK(r.status == 0);
    CHECK(r.out.rfind("geokg ", 0) == 0);
}

TEST_CASE("the command line: -o is the file, a format name there is refused with a hint", "[cli]") {
    auto dir = scratch("oformat");
    write(dir / "in.txt", "Kenyan Defence Minister Amina Otieno visited Ethiopia.\n");
    Run r = run_geokg("extract -o turtle in.txt", dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("-o names the output file, not its format: '-f turtle'") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "turtle"));
    CHECK(run_geokg("extract -o ntriples in.txt", dir).status == 2);
    // Near miss: a name with an extension is a file.
    CHECK(run_geokg("extract -o turtle.ttl in.txt", dir).status == 0);
}

TEST_CASE("each command has its own help with examples and the exit-status table", "[cli]") {
    auto dir = scratch("help");
    for (const char* command : {"extract", "explain", "merge", "validate", "lint"}) {
        INFO(command);
        Run r = run_geokg(std::string(command) + " --help", dir);
        CHECK(r.status == 0);
        CHECK(r.out.find("Usage: geokg " + std::string(command)) != std::string::npos);
        CHECK(r.out.find("Examples:") != std::string::npos);
        CHECK(r.out.find("3  failure") != std::string::npos);
    }
    // -q and -v: notes only without -q; stages only with -v.
    write(dir / "twice.jsonl", std::string(good_line) + "\n" + good_line + "\n");
    Run quiet = run_geokg("extract -q twice.jsonl -o q.ttl", dir);
    CHECK(quiet.status == 0);
    CHECK(quiet.err.empty());
    Run plain = run_geokg("extract twice.jsonl -o p.ttl", dir);
    CHECK(plain.err.find("identical: dropped") != std::string::npos);
    CHECK(plain.err.find("resolving names") == std::string::npos);
    Run verbose = run_geokg("extract -v twice.jsonl -o v.ttl", dir);
    CHECK(verbose.err.find("geokg: resolving names (") != std::string::npos);
    CHECK(verbose.err.find("geokg: ontology ") != std::string::npos);
}
