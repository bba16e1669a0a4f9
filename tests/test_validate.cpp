// `geokg validate`: real output is clean; each kind of broken graph gives its finding line and
// exit code, through the library and through the command line; the SHACL report parses.
#include "check/load.hpp"
#include "check/shacl_report.hpp"
#include "check/validate.hpp"
#include "extract/emit.hpp"
#include "extract/pipeline.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/reader.hpp"
#include "rdf/sord_reader.hpp"
#include "rdf/writer.hpp"

#include "skip.hpp"

#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace geokg;

namespace {

const std::string data_dir = std::string(GEOKG_TEST_DATA) + "/validate/";
const std::string gk = "https://w3id.org/geokg/ontology#";
const std::string id = "https://w3id.org/geokg/id/";
const std::string rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const std::string rdfs_label = "<http://www.w3.org/2000/01/rdf-schema#label>";
const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
const std::string sh = "http://www.w3.org/ns/shacl#";

std::vector<std::string> lines_of(const ValidationResult& r) {
    std::vector<std::string> lines;
    for (const Finding& f : r.findings) {
        lines.push_back(format_finding(f));
    }
    return lines;
}

ValidationResult validate_one(const std::string& name) {
    return validate_files({data_dir + name}, GEOKG_ONTOLOGY_DIR);
}

struct Broken {
    const char* file;
    std::string line; // after "FILE: "
    Constraint constraint;
};

// One fixture per kind of finding, each with exactly the one finding expected.
const std::vector<Broken>& broken_fixtures() {
    static const std::vector<Broken> cases = {
        {"undeclared_property.ttl",
         "<" + id + "person/a> <" + gk + "friendOf> <" + id +
             "country/XXX>: undeclared property gk:friendOf",
         Constraint::Closed},
        {"undeclared_class.ttl",
         "<" + id + "person/b> " + rdf_type + " <" + gk +
             "Astronaut>: undeclared class gk:Astronaut",
         Constraint::Class},
        {"domain.ttl",
         "<" + id + "country/XXX> <" + gk + "holdsPosition> <" + id +
             "position/p>: subject is not a gk:Person (domain of gk:holdsPosition)",
         Constraint::Class},
        {"range_subclass.ttl",
         "<" + id + "position/p> <" + gk + "positionIn> <" + id +
             "city/c>: object is not a gk:Country or gk:Organization (range of gk:positionIn)",
         Constraint::Class},
        {"literal_for_resource.ttl",
         "<" + id + "event/v1> <" + gk + "agent> \"A\": literal where gk:agent expects a resource",
         Constraint::NodeKind},
        {"resource_for_literal.ttl",
         "<" + id + "event/v1> <" + gk + "date> <" + id +
             "country/XXX>: resource where gk:date expects a literal",
         Constraint::NodeKind},
        {"bad_date.ttl",
         "<" + id + "event/v1> <" + gk + "date> \"2024-13-45\"^^<" + xsd +
             "date>: \"2024-13-45\" is not a valid xsd:date",
         Constraint::Datatype},
        {"wrong_datatype.ttl",
         "<" + id + "event/v1> <" + gk + "sourceCount> \"3\"^^<" + xsd +
             "integer>: datatype xsd:integer where gk:sourceCount expects xsd:nonNegativeInteger",
         Constraint::Datatype},
        {"bad_status.ttl",
         "<" + id + "event/v1> <" + gk + "status> <" + gk +
             "Rumoured>: object is not a gk:Status (range of gk:status)",
         Constraint::Class},
        {"two_labels.ttl",
         "<" + id + "person/a> " + rdfs_label +
             " \"Alpha\": 2 rdfs:label values, exactly one expected",
         Constraint::MaxCount},
        {"no_label.ttl",
         "<" + id + "person/a> " + rdf_type + " <" + gk +
             "Person>: no rdfs:label, exactly one expected",
         Constraint::MinCount},
        {"invalid_iri.nt",
         "<" + id + "person/a#b#c> " + rdf_type +
             " <http://www.w3.org/2002/07/owl#Thing>: invalid IRI <" + id + "person/a#b#c>",
         Constraint::NodeKind},
    };
    return cases;
}

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs geokg with `args` (shell words) in `dir`.
Run run_geokg(const std::string& args, const fs::path& dir) {
    const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd = "cd '" + dir.string() + "' && '" + GEOKG_BINARY + "' " + args +
                            " </dev/null >'" + out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

fs::path scratch(const std::string& name) {
    return testing::scratch_dir("validate-" + name);
}

std::string ontology_option() {
    return "--ontology '" + std::string(GEOKG_ONTOLOGY_DIR) + "'";
}

std::size_t count_statements(const Graph& g, const std::string& p, const Term& o) {
    return static_cast<std::size_t>(
        std::count_if(g.statements.begin(), g.statements.end(),
                      [&](const Statement& s) { return s.predicate.value == p && s.object == o; }));
}

} // namespace

TEST_CASE("a small valid graph has no findings", "[validate]") {
    const ValidationResult r = validate_one("clean.ttl");
    CHECK(r.errors.empty());
    CHECK(lines_of(r).empty());
}

TEST_CASE("the output of corpus/ passes validation in every format", "[validate]") {
    const LexiconIndex index = build_lexicon_index(load_lexicon(GEOKG_ONTOLOGY_DIR));
    ReadResult read = read_inputs({std::string(GEOKG_SOURCE_DIR) + "/corpus"});
    REQUIRE(read.errors.empty());
    REQUIRE_FALSE(read.documents.empty());
    const Extraction x = extract(std::move(read.documents), index, default_base_iri);
    REQUIRE(x.graph.statements.size() > 100);
    const fs::path dir = scratch("corpus");
    for (RdfFormat format :
         {RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::NQuads, RdfFormat::TriG}) {
        const fs::path file = dir / ("corpus." + std::string(extension_of(format)));
        std::ofstream(file, std::ios::binary)
            << write_graph_to_string(x.graph, format, output_prefixes(default_base_iri));
        const ValidationResult r = validate_files({file.string()}, GEOKG_ONTOLOGY_DIR);
        INFO(file.string());
        CHECK(r.errors.empty());
        CHECK(lines_of(r).empty());
    }
}

TEST_CASE("the output of the seed articles passes validation", "[validate]") {
    const std::string seeds = std::string(GEOKG_SHARED_DIR) + "/seeds/seeds.jsonl";
    if (!fs::exists(seeds)) {
        GEOKG_SKIP(seeds << " is absent");
    }
    const LexiconIndex index = build_lexicon_index(load_lexicon(GEOKG_ONTOLOGY_DIR));
    ReadResult read = read_inputs({seeds});
    const Extraction x = extract(std::move(read.documents), index, default_base_iri);
    REQUIRE_FALSE(x.events.empty());
    const fs::path file = scratch("seeds") / "seeds.trig";
    std::ofstream(file, std::ios::binary)
        << write_graph_to_string(x.graph, RdfFormat::TriG, output_prefixes(default_base_iri));
    const ValidationResult r = validate_files({file.string()}, GEOKG_ONTOLOGY_DIR);
    CHECK(r.errors.empty());
    CHECK(lines_of(r).empty());
}

TEST_CASE("each kind of broken graph gives its finding", "[validate]") {
    for (const Broken& b : broken_fixtures()) {
        INFO(b.file);
        const ValidationResult r = validate_one(b.file);
        CHECK(r.errors.empty());
        REQUIRE(r.findings.size() == 1);
        CHECK(format_finding(r.findings[0]) == data_dir + b.file + ": " + b.line);
        CHECK(r.findings[0].constraint == b.constraint);
    }
}

TEST_CASE("blank nodes are findings wherever they are", "[validate]") {
    const ValidationResult r = validate_one("blank_node.ttl");
    const std::string blank = ": blank node _:b1 (geokg output names every resource with an IRI)";
    const std::string file = data_dir + "blank_node.ttl: ";
    CHECK(lines_of(r) == std::vector<std::string>{
                             file + "<" + id + "person/a> <" + gk + "holdsPosition> _:b1" + blank,
                             file + "_:b1 " + rdf_type + " <" + gk + "Position>" + blank,
                             file + "_:b1 " + rdfs_label + " \"Chief\"" + blank,
                         });
}

TEST_CASE("unreadable input is an error with its position, not a finding", "[validate]") {
    ValidationResult r = validate_one("syntax_error.ttl");
    CHECK(r.findings.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where() == data_dir + "syntax_error.ttl:13:38");
    CHECK(r.errors[0].message() == "line end in short string");
    CHECK(std::string(r.errors[0].what()) ==
          data_dir + "syntax_error.ttl:13:38: line end in short string");

    // Serd refuses a relative IRI in N-Triples: that is unreadable input too.
    r = validate_one("relative_iri.nt");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where().rfind(data_dir + "relative_iri.nt:2:", 0) == 0);

    r = validate_files({data_dir + "missing.ttl"}, GEOKG_ONTOLOGY_DIR);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where() == data_dir + "missing.ttl");
    CHECK(r.errors[0].message() == "no such file");

    r = validate_files({data_dir + "clean.ttl"}, data_dir + "no-such-ontology");
    REQUIRE(r.errors.size() == 1);
    CHECK(std::string(r.errors[0].what()) == data_dir + "no-such-ontology: no such directory");

    // A clean file does not make a broken one valid.
    r = validate_files({data_dir + "clean.ttl", data_dir + "syntax_error.ttl"}, GEOKG_ONTOLOGY_DIR);
    CHECK(r.errors.size() == 1);
    CHECK(r.findings.empty());
}

TEST_CASE("a file of unknown format is an error naming the known extensions", "[validate]") {
    const ValidationResult r = validate_files({data_dir + "notes.csv"}, GEOKG_ONTOLOGY_DIR);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where() == data_dir + "notes.csv");
    CHECK(r.errors[0].message() == "unknown RDF format (use .ttl, .nt, .nq or .trig)");
}

TEST_CASE("findings of several files name their files, in the order given", "[validate]") {
    const ValidationResult r = validate_files(
        {data_dir + "bad_date.ttl", data_dir + "no_label.ttl", data_dir + "undeclared_class.ttl"},
        GEOKG_ONTOLOGY_DIR);
    REQUIRE(r.findings.size() == 3);
    CHECK(r.findings[0].file == data_dir + "bad_date.ttl");
    CHECK(r.findings[1].file == data_dir + "no_label.ttl");
    CHECK(r.findings[2].file == data_dir + "undeclared_class.ttl");
}

TEST_CASE("several files are one graph", "[validate]") {
    // no_label.ttl only types person/a; clean.ttl gives it its label.
    ValidationResult r =
        validate_files({data_dir + "no_label.ttl", data_dir + "clean.ttl"}, GEOKG_ONTOLOGY_DIR);
    CHECK(lines_of(r).empty());
    // Both give the event a label, and different ones: the finding names the file of one.
    r = validate_files({data_dir + "clean.ttl", data_dir + "bad_date.ttl"}, GEOKG_ONTOLOGY_DIR);
    CHECK(lines_of(r) ==
          std::vector<std::string>{
              data_dir + "clean.ttl: <" + id + "event/v1> " + rdfs_label +
                  " \"Visit of A to Xland, 2024-02-29\": 2 rdfs:label values, exactly one expected",
              data_dir + "bad_date.ttl: <" + id + "event/v1> <" + gk + "date> \"2024-13-45\"^^<" +
                  xsd + "date>: \"2024-13-45\" is not a valid xsd:date",
          });
}

TEST_CASE("a language tag that BCP 47 does not allow is a finding", "[validate]") {
    const fs::path file = scratch("language") / "lang.nt";
    std::ofstream(file) << "<" + id +
                               "person/a> <http://www.w3.org/2004/02/skos/core#altLabel> "
                               "\"A\"@abcdefghijk .\n";
    const ValidationResult r = validate_files({file.string()}, GEOKG_ONTOLOGY_DIR);
    CHECK(lines_of(r) ==
          std::vector<std::string>{file.string() + ": <" + id +
                                   "person/a> <http://www.w3.org/2004/02/skos/core#altLabel> "
                                   "\"A\"@abcdefghijk: invalid language tag @abcdefghijk"});
}

TEST_CASE("the SHACL report has one result per finding and parses", "[validate][shacl]") {
    // Several findings in one graph, none with a blank node (the reader refuses those).
    const ValidationResult r = validate_files(
        {data_dir + "domain.ttl", data_dir + "bad_date.ttl", data_dir + "undeclared_class.ttl",
         data_dir + "wrong_datatype.ttl", data_dir + "undeclared_property.ttl"},
        GEOKG_ONTOLOGY_DIR);
    REQUIRE(r.findings.size() == 5);
    const Graph report = read_graph_from_string(shacl_report_turtle(r.findings), RdfFormat::Turtle);
    CHECK(count_statements(report, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                           iri(sh + "ValidationReport")) == 1);
    CHECK(count_statements(report, sh + "conforms", typed_literal("false", xsd + "boolean")) == 1);
    std::size_t results = 0;
    for (const Statement& s : report.statements) {
        results += s.predicate.value == sh + "result" ? 1 : 0;
    }
    CHECK(results == r.findings.size());
    CHECK(count_statements(report, sh + "resultSeverity", iri(sh + "Violation")) ==
          r.findings.size());
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i];
        const Term result = iri("urn:geokg:report:result-" + std::to_string(i + 1));
        INFO(format_finding(f));
        auto has = [&](const std::string& p, const Term& o) {
            return std::any_of(
                report.statements.begin(), report.statements.end(), [&](const Statement& s) {
                    return s.subject == result && s.predicate.value == p && s.object == o;
                });
        };
        CHECK(has(sh + "focusNode", iri(f.triple.subject.value)));
        CHECK(has(sh + "resultPath", iri(f.path)));
        CHECK(has(sh + "sourceConstraintComponent", iri(constraint_component_iri(f.constraint))));
        CHECK(has(sh + "resultMessage", literal(format_finding(f))));
    }
    // The ill-formed date is carried over as it was, and still parses.
    CHECK(count_statements(report, sh + "value", typed_literal("2024-13-45", xsd + "date")) == 1);
}

TEST_CASE("a missing value has no sh:value in the report", "[validate][shacl]") {
    const ValidationResult r = validate_one("no_label.ttl");
    REQUIRE(r.findings.size() == 1);
    const Graph report = read_graph_from_string(shacl_report_turtle(r.findings), RdfFormat::Turtle);
    CHECK(count_statements(report, sh + "sourceConstraintComponent",
                           iri(sh + "MinCountConstraintComponent")) == 1);
    CHECK(count_statements(report, sh + "resultPath",
                           iri("http://www.w3.org/2000/01/rdf-schema#label")) == 1);
    CHECK(std::none_of(report.statements.begin(), report.statements.end(),
                       [](const Statement& s) { return s.predicate.value == sh + "value"; }));
}

TEST_CASE("a clean graph's SHACL report conforms", "[validate][shacl]") {
    const Graph report = read_graph_from_string(shacl_report_turtle({}), RdfFormat::Turtle);
    CHECK(count_statements(report, sh + "conforms", typed_literal("true", xsd + "boolean")) == 1);
    CHECK(std::none_of(report.statements.begin(), report.statements.end(),
                       [](const Statement& s) { return s.predicate.value == sh + "result"; }));
}

// The report carries the data as found: blank nodes and ill-formed literals, which geokg's own
// output refuses, still parse, and a bare 12x or yes (Serd's abbreviation) would not.
TEST_CASE("the SHACL report names blank nodes and ill-formed literals and parses",
          "[validate][shacl]") {
    const fs::path dir = scratch("report-as-found");
    const fs::path data = dir / "data.nt";
    std::ofstream(data) << "<" + id + "event/v1> <" + gk + "sourceCount> \"12x\"^^<" + xsd +
                               "integer> .\n<" + id + "event/v1> <" + gk + "ongoing> \"yes\"^^<" +
                               xsd + "boolean> .\n_:b1 <" + gk + "sourceCount> \"1.5.2\"^^<" + xsd +
                               "decimal> .\n";
    const ValidationResult r = validate_files({data.string()}, GEOKG_ONTOLOGY_DIR);
    REQUIRE(r.errors.empty());
    REQUIRE_FALSE(r.findings.empty());
    const fs::path report = dir / "report.ttl";
    std::ofstream(report, std::ios::binary) << shacl_report_turtle(r.findings);

    WorldPtr world(sord_world_new());
    ModelPtr model(sord_new(world.get(), SORD_SPO, false));
    REQUIRE_NOTHROW(read_rdf_file(world.get(), model.get(), report.string(), RdfFormat::Turtle));
    std::set<Term> values, focus;
    for (const Triple& t : triples_of(model.get(), report.string())) {
        if (t.predicate.value == sh + "value") {
            values.insert(t.object);
        } else if (t.predicate.value == sh + "focusNode") {
            focus.insert(t.object);
        }
    }
    CHECK(values.count(typed_literal("12x", xsd + "integer")) == 1);
    CHECK(values.count(typed_literal("yes", xsd + "boolean")) == 1);
    CHECK(values.count(typed_literal("1.5.2", xsd + "decimal")) == 1);
    CHECK(std::any_of(focus.begin(), focus.end(),
                      [](const Term& t) { return t.kind == TermKind::Blank; }));
}

TEST_CASE("geokg validate: exit codes and finding lines", "[validate][cli]") {
    const fs::path dir = scratch("cli");
    Run r = run_geokg("validate " + ontology_option() + " '" + data_dir + "clean.ttl'", dir);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.empty());

    for (const Broken& b : broken_fixtures()) {
        INFO(b.file);
        r = run_geokg("validate " + ontology_option() + " '" + data_dir + b.file + "'", dir);
        CHECK(r.status == 1);
        CHECK(r.err == "geokg: " + data_dir + b.file + ": " + b.line + "\n");
        CHECK(r.out.empty());
    }

    r = run_geokg("validate " + ontology_option() + " '" + data_dir + "syntax_error.ttl'", dir);
    CHECK(r.status == 3);
    CHECK(r.err == "geokg: " + data_dir + "syntax_error.ttl:13:38: line end in short string\n");

    r = run_geokg("validate " + ontology_option() + " missing.ttl", dir);
    CHECK(r.status == 3);
    CHECK(r.err == "geokg: missing.ttl: no such file\n");

    r = run_geokg("validate " + ontology_option(), dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("geokg: no file to validate") != std::string::npos);

    r = run_geokg("validate --frobnicate x.ttl", dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("geokg: unknown option '--frobnicate'") != std::string::npos);

    r = run_geokg("validate " + ontology_option() + " notes.csv", dir);
    CHECK(r.status == 3);
    CHECK(r.err == "geokg: notes.csv: unknown RDF format (use .ttl, .nt, .nq or .trig)\n");
}

TEST_CASE("geokg validate --report writes a SHACL report", "[validate][cli][shacl]") {
    const fs::path dir = scratch("report");
    Run r = run_geokg("validate " + ontology_option() + " --report out/report.ttl '" + data_dir +
                          "bad_date.ttl' '" + data_dir + "domain.ttl'",
                      dir);
    CHECK(r.status == 1);
    REQUIRE(fs::exists(dir / "out/report.ttl"));
    const Graph report = read_graph_from_string(slurp(dir / "out/report.ttl"), RdfFormat::Turtle);
    CHECK(count_statements(report, sh + "conforms", typed_literal("false", xsd + "boolean")) == 1);
    CHECK(count_statements(report, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                           iri(sh + "ValidationResult")) == 2);

    r = run_geokg("validate " + ontology_option() + " --report clean-report.ttl '" + data_dir +
                      "clean.ttl'",
                  dir);
    CHECK(r.status == 0);
    const Graph clean = read_graph_from_string(slurp(dir / "clean-report.ttl"), RdfFormat::Turtle);
    CHECK(count_statements(clean, sh + "conforms", typed_literal("true", xsd + "boolean")) == 1);
}
