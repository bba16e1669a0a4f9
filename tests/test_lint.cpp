// `geokg lint`: the project's ontology is clean; a broken one gets one finding per problem.
#include "check/lint.hpp"

#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace geokg;

namespace {

const std::string gk = "https://w3id.org/geokg/ontology#";
const std::string rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const std::string owl = "http://www.w3.org/2002/07/owl#";

const char* prefixes = "@prefix gk: <https://w3id.org/geokg/ontology#> .\n"
                       "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                       "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                       "@prefix sh: <http://www.w3.org/ns/shacl#> .\n";

fs::path scratch(const std::string& name) {
    return testing::scratch_dir("lint-" + name);
}

void write(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

std::vector<std::string> lines_of(const LintResult& r) {
    std::vector<std::string> lines;
    for (const Finding& f : r.findings) {
        lines.push_back(format_finding(f));
    }
    return lines;
}

// A small ontology with one of each problem lint knows, and clean terms beside them.
fs::path broken_ontology() {
    const fs::path dir = scratch("broken");
    write(dir / "a.ttl",
          std::string(prefixes) +
              "gk:Person a owl:Class ; rdfs:label \"Person\" ; rdfs:comment \"A person.\" .\n"
              "gk:Place a owl:Class ; rdfs:label \"Place\" .\n"
              "gk:visited a owl:ObjectProperty ; rdfs:label \"visited\" ;\n"
              "  rdfs:comment \"Went to.\" ; rdfs:domain gk:Person ;\n"
              "  gk:triggerPast \"visited\" .\n"
              "gk:met a owl:ObjectProperty ; rdfs:comment \"Met.\" ; rdfs:domain gk:Person ;\n"
              "  rdfs:range gk:Person .\n"
              "gk:triggerPast a owl:AnnotationProperty ; rdfs:label \"trigger\" ;\n"
              "  rdfs:comment \"A trigger.\" .\n"
              "gk:headWord a owl:AnnotationProperty ; rdfs:label \"head word\" ;\n"
              "  rdfs:comment \"A head word.\" .\n"
              "gk:signed gk:triggerPast \"signed\" .\n"
              "gk:Monument gk:headWord \"Monument\" .\n"
              "gk:Place gk:headWord \"Square\" .\n"
              "gk:EventShape a sh:NodeShape ; sh:targetClass gk:Person .\n");
    write(dir / "b.ttl", std::string(prefixes) +
                             "<https://w3id.org/geokg/id/city/x> a gk:City ; rdfs:label \"X\" .\n"
                             "<https://w3id.org/geokg/id/person/y> a gk:Person ;\n"
                             "  gk:nickname \"Y\" .\n");
    return dir;
}

struct Run {
    int status = -1;
    std::string err;
};

Run run_geokg(const std::string& args, const fs::path& dir) {
    const fs::path err = dir / "stderr.txt";
    const std::string cmd = "cd '" + dir.string() + "' && '" + GEOKG_BINARY + "' " + args +
                            " </dev/null >/dev/null 2>'" + err.string() + "'";
    const int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    std::ifstream in(err);
    std::stringstream s;
    s << in.rdbuf();
    r.err = s.str();
    return r;
}

} // namespace

TEST_CASE("the project's ontology passes lint", "[lint]") {
    const LintResult r = lint_ontology(GEOKG_ONTOLOGY_DIR);
    CHECK(r.errors.empty());
    CHECK(r.unusable.empty());
    CHECK(lines_of(r).empty());
}

TEST_CASE("lint reports each problem of a broken ontology", "[lint]") {
    const fs::path dir = broken_ontology();
    const LintResult r = lint_ontology(dir.string());
    const std::string a = (dir / "a.ttl").string() + ": ";
    const std::string b = (dir / "b.ttl").string() + ": ";
    CHECK(r.errors.empty());
    // Nor could extraction use it: its trigger sits on a property without gk:eventClass.
    REQUIRE(r.unusable.size() == 1);
    CHECK(std::string(r.unusable.front().what()).find("gk:eventClass") != std::string::npos);
    CHECK(lines_of(r) ==
          std::vector<std::string>{
              a + "<" + gk + "Monument> <" + gk + "headWord> \"Monument\": head word on an " +
                  "undeclared class",
              a + "<" + gk + "Place> " + rdf_type + " <" + owl + "Class>: no rdfs:comment",
              a + "<" + gk + "met> " + rdf_type + " <" + owl + "ObjectProperty>: no rdfs:label",
              a + "<" + gk + "signed> <" + gk + "triggerPast> \"signed\": trigger on an " +
                  "undeclared property",
              a + "<" + gk + "visited> " + rdf_type + " <" + owl + "ObjectProperty>: no rdfs:range",
              b + "<https://w3id.org/geokg/id/city/x> " + rdf_type + " <" + gk +
                  "City>: undeclared class gk:City",
              b + "<https://w3id.org/geokg/id/person/y> <" + gk +
                  "nickname> \"Y\": undeclared property gk:nickname",
          });
}

TEST_CASE("geokg lint: exit codes and lines", "[lint][cli]") {
    const fs::path dir = broken_ontology();
    Run r = run_geokg("lint --ontology '" + std::string(GEOKG_ONTOLOGY_DIR) + "'", dir);
    CHECK(r.status == 0);
    CHECK(r.err.empty());

    r = run_geokg("lint --ontology .", dir);
    CHECK(r.status == 1);
    CHECK(r.err.find("geokg: ./b.ttl: <https://w3id.org/geokg/id/city/x> " + rdf_type + " <" + gk +
                     "City>: undeclared class gk:City\n") != std::string::npos);
    std::size_t lines = 0;
    for (char c : r.err) {
        lines += c == '\n' ? 1 : 0;
    }
    CHECK(lines == 8);

    write(dir / "c.ttl", "@prefix gk: <https://w3id.org/geokg/ontology#> .\ngk:A gk:b \"x .\n");
    r = run_geokg("lint --ontology .", dir);
    CHECK(r.status == 3);
    CHECK(r.err.find("geokg: ./c.ttl:2:") == 0);

    r = run_geokg("lint extra.ttl", dir);
    CHECK(r.status == 2);
}
