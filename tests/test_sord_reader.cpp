// rdf/sord_reader: the one loader of RDF files into Sord models, and the one
// Serd-status policy (an empty file is an empty graph) seen the same way by
// extract, lint and validate.
#include "check/lint.hpp"
#include "check/validate.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/serd_error_capture.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/sord_reader.hpp"

#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace geokg;

namespace {

fs::path scratch(const std::string& name) {
    return testing::scratch_dir("sord-" + name);
}

std::string write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

// A statement's nodes as read: "<iri>", "_:label" or the literal's text.
using Nodes = std::vector<std::string>;

std::string shown(const SordNode* node) {
    const std::string text = reinterpret_cast<const char*>(sord_node_get_string(node));
    switch (sord_node_get_type(node)) {
    case SORD_URI:
        return "<" + text + ">";
    case SORD_BLANK:
        return "_:" + text;
    case SORD_LITERAL:
        break;
    }
    return text;
}

// A world and a model of their own, read into by each test.
struct Store {
    WorldPtr world{sord_world_new()};
    ModelPtr model{sord_new(world.get(), SORD_SPO, false)};

    std::vector<Nodes> read(const std::string& path, RdfFormat format,
                            const SordReadOptions& options = {}) {
        read_rdf_file(world.get(), model.get(), path, format, options);
        std::vector<Nodes> statements;
        IterPtr iter(sord_begin(model.get()));
        for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
            statements.push_back({shown(sord_iter_get_node(iter.get(), SORD_SUBJECT)),
                                  shown(sord_iter_get_node(iter.get(), SORD_PREDICATE)),
                                  shown(sord_iter_get_node(iter.get(), SORD_OBJECT))});
        }
        return statements;
    }
};

Error error_reading(const std::string& path, RdfFormat format) {
    Store store;
    try {
        store.read(path, format);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error reading " << path);
    return Error("unreachable");
}

} // namespace

TEST_CASE("a file is read into the model, its blank nodes prefixed", "[sord]") {
    const fs::path dir = scratch("read");
    const std::string file = write(dir / "a.ttl", "@prefix ex: <http://example.org/> .\n"
                                                  "ex:a ex:p [ ex:q \"v\"@en ] .\n");
    Store store;
    const std::vector<Nodes> statements = store.read(file, RdfFormat::Turtle, {"f7_", false});
    REQUIRE(statements.size() == 2);
    for (const Nodes& s : statements) {
        const std::string& node = s[0].rfind("_:", 0) == 0 ? s[0] : s[2];
        CHECK(node.rfind("_:f7_", 0) == 0);
    }
}

TEST_CASE("relative IRIs resolve against the file only when asked, else are errors", "[sord]") {
    const fs::path dir = scratch("relative");
    const std::string file = write(dir / "r.ttl", "<a> <http://example.org/p> <b> .\n");
    CHECK_THROWS_WITH(Store().read(file, RdfFormat::Turtle), Catch::Contains("invalid URI"));
    const std::string subject = Store().read(file, RdfFormat::Turtle, {"", true})[0][0];
    CHECK(subject.rfind("<file://", 0) == 0);
    CHECK(subject.substr(subject.size() - 3) == "/a>");
}

TEST_CASE("read errors name the file, line and column", "[sord]") {
    const fs::path dir = scratch("errors");
    const std::string bad =
        write(dir / "bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"open .\n");
    const Error syntax = error_reading(bad, RdfFormat::Turtle);
    CHECK(syntax.where().rfind(bad + ":2:", 0) == 0);
    CHECK_FALSE(syntax.message().empty());

    // Sord reports an undefined prefix through the world, without a position.
    const std::string prefix = write(dir / "prefix.ttl", "nope:a nope:b nope:c .\n");
    const Error undefined = error_reading(prefix, RdfFormat::Turtle);
    CHECK(undefined.where() == prefix);
    CHECK(undefined.message().find("nope:a") != std::string::npos);

    CHECK(error_reading((dir / "missing.ttl").string(), RdfFormat::Turtle).message() ==
          "no such file");
    CHECK(error_reading(dir.string(), RdfFormat::Turtle).message() == "not a file");
    // The same text is fine as Turtle and an error as N-Triples, which has no
    // prefixes.
    const std::string turtle = write(dir / "t.ttl", "@prefix ex: <http://example.org/> .\n");
    CHECK_NOTHROW(Store().read(turtle, RdfFormat::Turtle));
    CHECK_THROWS_AS(Store().read(turtle, RdfFormat::NTriples), Error);
}

TEST_CASE("SERD_FAILURE means no more input, not an error", "[sord]") {
    CHECK_FALSE(is_serd_error(SERD_SUCCESS));
    CHECK_FALSE(is_serd_error(SERD_FAILURE));
    CHECK(is_serd_error(SERD_ERR_BAD_SYNTAX));
    const SerdErrorCapture clean{"f.ttl", std::nullopt};
    CHECK_NOTHROW(check_serd_status(SERD_FAILURE, clean));
    CHECK_THROWS_WITH(check_serd_status(SERD_ERR_BAD_SYNTAX, clean), Catch::StartsWith("f.ttl: "));
    // A captured error wins over the status, whatever it is.
    const SerdErrorCapture captured{"f.ttl", Error("f.ttl:3:4", "bad thing")};
    CHECK_THROWS_WITH(check_serd_status(SERD_SUCCESS, captured), "f.ttl:3:4: bad thing");

    const fs::path dir = scratch("empty");
    for (const RdfFormat format :
         {RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::NQuads, RdfFormat::TriG}) {
        const std::string empty = write(dir / ("empty." + std::string(extension_of(format))), "");
        CHECK(Store().read(empty, format).empty());
    }
}

// extract once failed on an empty .ttl in the ontology while lint and validate
// passed it.
TEST_CASE("an empty .ttl in the ontology is fine for extract, lint and "
          "validate alike",
          "[sord][lexicon][lint][validate]") {
    const fs::path dir = scratch("ontology");
    for (const auto& entry : fs::directory_iterator(GEOKG_ONTOLOGY_DIR)) {
        if (entry.path().extension() == ".ttl") {
            fs::copy_file(entry.path(), dir / entry.path().filename());
        }
    }
    write(dir / "zz-empty.ttl", "");
    const Lexicon lexicon = load_lexicon(dir.string());
    CHECK_FALSE(lexicon.entries.empty());
    const LintResult lint = lint_ontology(dir.string());
    CHECK(lint.errors.empty());
    CHECK(lint.findings.empty());
    const ValidationResult validation =
        validate_files({std::string(GEOKG_TEST_DATA) + "/validate/clean.ttl"}, dir.string());
    CHECK(validation.errors.empty());
    CHECK(validation.findings.empty());
    // The near miss: a .ttl with a broken statement is an error for all three.
    write(dir / "zz-empty.ttl", "<http://example.org/a> <http://example.org/b> .\n");
    CHECK_THROWS_AS(load_lexicon(dir.string()), Error);
    CHECK(lint_ontology(dir.string()).errors.size() == 1);
    CHECK(validate_files({std::string(GEOKG_TEST_DATA) + "/validate/clean.ttl"}, dir.string())
              .errors.size() == 1);
}
