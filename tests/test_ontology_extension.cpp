// A trigger, a title and an organization head word added in Turtle alone, with no rebuild,
// work in every construction the built-in ones work in; without the addition, nothing.
#include "extract/pipeline.hpp"
#include "extract/relations.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"

#include "extraction_fixture.hpp"

#include "rdf/namespaces.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace geokg;

using geokg::testing::has_direct;

namespace {

// The project's ontology copied to a scratch directory, plus one file of additions.
class ExtendedOntology {
public:
    // `replace` (when not empty) is replaced by `with` in geokg.ttl.
    explicit ExtendedOntology(const std::string& additions, const std::string& replace = {},
                              const std::string& with = {}) {
        static int counter = 0;
        dir_ = fs::temp_directory_path() /
               ("geokg-extension-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        for (const auto& entry : fs::directory_iterator(GEOKG_ONTOLOGY_DIR))
            if (entry.path().extension() == ".ttl")
                fs::copy_file(entry.path(), dir_ / entry.path().filename());
        std::ofstream(dir_ / "zz-additions.ttl") << prefixes << additions;
        if (!replace.empty()) {
            std::ifstream in(dir_ / "geokg.ttl");
            std::string text((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
            const auto at = text.find(replace);
            REQUIRE(at != std::string::npos);
            text.replace(at, replace.size(), with);
            std::ofstream(dir_ / "geokg.ttl") << text;
        }
        index_ = build_lexicon_index(load_lexicon(dir_.string()));
    }
    ExtendedOntology(const ExtendedOntology&) = delete;
    ExtendedOntology& operator=(const ExtendedOntology&) = delete;
    ~ExtendedOntology() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }

    std::string directory() const { return dir_.string(); }

    Extraction run(const std::string& text) const {
        return extract({testing::document("a", text)}, index_, default_base_iri);
    }

private:
    static constexpr const char* prefixes =
        "@prefix gk: <https://w3id.org/geokg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";
    fs::path dir_;
    LexiconIndex index_;
};

const Event* event_of(const Extraction& x, EventKind kind, const std::string& agent) {
    for (const auto& e : x.events)
        if (e.kind == kind && e.agent == agent)
            return &e;
    return nullptr;
}

bool holds(const Extraction& x, const std::string& person, const std::string& position) {
    const Entity* e = x.knowledge.find(person);
    return e && e->positions.count(position) > 0;
}

const std::string otieno = "person/amina-otieno";

} // namespace

TEST_CASE("a trigger added in Turtle works in every verb form", "[ontology][extension]") {
    const ExtendedOntology ontology(
        "gk:signedWith gk:triggerPast \"penned\" ; gk:triggerBase \"pen\" ;\n"
        "  gk:triggerParticiple \"penning\" .\n");
    const std::string text =
        "Kenyan Defence Minister Amina Otieno penned defence cooperation deal with Ethiopia.";

    SECTION("past: a signing with the state, and the agreement signed") {
        const auto x = ontology.run(text);
        CHECK(has_direct(x, otieno, "signedWith", "country/ETH"));
        const Event* signing = event_of(x, EventKind::Signing, otieno);
        REQUIRE(signing);
        CHECK(signing->status == EventStatus::Reported);
        CHECK(signing->agreement_names == std::set<std::string>{"defence cooperation deal"});
    }
    SECTION("base after a modal: planned, no direct triple") {
        const auto x = ontology.run("Defence Minister Amina Otieno of Kenya will pen a deal with "
                                    "Ethiopia on Friday.");
        const Event* signing = event_of(x, EventKind::Signing, otieno);
        REQUIRE(signing);
        CHECK(signing->status == EventStatus::Planned);
        CHECK_FALSE(has_direct(x, otieno, "signedWith", "country/ETH"));
    }
    SECTION("the third person derived from the base form reports") {
        const auto x =
            ontology.run("Kenyan Defence Minister Amina Otieno pens a deal with Ethiopia.");
        CHECK(has_direct(x, otieno, "signedWith", "country/ETH"));
    }
    SECTION("participle in a second predicate") {
        const auto x = ontology.run("Kenyan Defence Minister Amina Otieno arrived in Addis Ababa, "
                                    "penning a deal with Ethiopia.");
        CHECK(has_direct(x, otieno, "signedWith", "country/ETH"));
    }
    SECTION("negated") {
        const auto x =
            ontology.run("Kenyan Defence Minister Amina Otieno did not pen a deal with Ethiopia.");
        const Event* signing = event_of(x, EventKind::Signing, otieno);
        REQUIRE(signing);
        CHECK(signing->status == EventStatus::Negated);
    }
    SECTION("near miss: the project's own ontology does not know the word") {
        const auto x = testing::run(text);
        CHECK(event_of(x, EventKind::Signing, otieno) == nullptr);
    }
}

TEST_CASE("a title added in Turtle works before a name, in an apposition and as a role",
          "[ontology][extension]") {
    const ExtendedOntology ontology("<https://w3id.org/geokg/id/title/harbour-minister>\n"
                                    "  a gk:Title ; rdfs:label \"Harbour Minister\" ;\n"
                                    "  skos:altLabel \"Minister of Harbours\" .\n");
    const std::string position = "position/KEN-harbour-minister";

    SECTION("demonym, title, name") {
        const auto x = ontology.run("Kenyan Harbour Minister Amina Otieno visited Ethiopia.");
        CHECK(holds(x, otieno, position));
        CHECK(has_direct(x, otieno, "visited", "country/ETH"));
    }
    SECTION("title of country after the name") {
        const auto x = ontology.run("Minister of Harbours Amina Otieno of Kenya met Ethiopian "
                                    "President Sahle Work in Addis Ababa.");
        CHECK(holds(x, otieno, position));
    }
    SECTION("apposition") {
        const auto x =
            ontology.run("Amina Otieno, the Kenyan Harbour Minister, visited Ethiopia on Tuesday.");
        CHECK(holds(x, otieno, position));
    }
    SECTION("a role that stands for the person named before") {
        const auto x = ontology.run("Kenyan Harbour Minister Amina Otieno arrived in Ethiopia. "
                                    "The Kenyan Harbour Minister met Ethiopian President Sahle "
                                    "Work on Tuesday.");
        CHECK(has_direct(x, otieno, "metWith", "person/sahle-work"));
    }
    SECTION("near miss: the project's own ontology makes no position") {
        const auto x = testing::run("Kenyan Harbour Minister Amina Otieno visited Ethiopia.");
        CHECK_FALSE(holds(x, otieno, position));
    }
}

TEST_CASE("an organization head word added in Turtle names organizations in every role",
          "[ontology][extension]") {
    const ExtendedOntology ontology("gk:Organization gk:headWord \"Directorate\" .\n");
    const std::string directorate = "org/national-intelligence-directorate";

    SECTION("as a meeting's counterpart") {
        const auto x = ontology.run("Kenyan Defence Minister Amina Otieno met with the National "
                                    "Intelligence Directorate in Nairobi.");
        CHECK(has_direct(x, otieno, "metWith", directorate));
    }
    SECTION("as a signer") {
        const auto x = ontology.run(
            "The National Intelligence Directorate signed a cooperation deal with Ethiopia.");
        CHECK(has_direct(x, directorate, "signedWith", "country/ETH"));
    }
    SECTION("as an accuser") {
        const auto x = ontology.run(
            "The National Intelligence Directorate accused Ethiopia of spying on Tuesday.");
        CHECK(has_direct(x, directorate, "accused", "country/ETH"));
    }
    SECTION("near miss: the project's own ontology knows no such organization") {
        const auto x = testing::run(
            "The National Intelligence Directorate signed a cooperation deal with Ethiopia.");
        CHECK(x.knowledge.find(directorate) == nullptr);
    }
}

TEST_CASE("an ontology that does not declare a term geokg writes is refused", "[ontology]") {
    const ExtendedOntology ontology("", "gk:rule\n\ta owl:DatatypeProperty ;",
                                    "gk:rule\n\ta owl:Thing ;");
    CHECK_THROWS_WITH(ontology.run("Kenyan Defence Minister Amina Otieno visited Ethiopia."),
                      Catch::Contains("ontology#rule: the ontology does not declare this term"));
}

// Nothing is cached behind the index: a second index built where the first one lived uses
// its own tables (a stale cache once turned a reported visit into a planned one).
TEST_CASE("an index built where another lived uses its own tables", "[ontology][lexicon]") {
    const ExtendedOntology ontology("gk:signedWith gk:triggerPast \"penned\" .\n");
    const std::string sentence = "Amina Otieno penned a deal with Ethiopia.";
    auto signings = [&](const LexiconIndex& index) {
        std::size_t n = 0;
        for (const auto& r : analyze_sentence(sentence, index).relations)
            n += r.kind == EventKind::Signing ? 1 : 0;
        return n;
    };
    std::optional<LexiconIndex> slot;
    slot.emplace(build_lexicon_index(load_lexicon(ontology.directory())));
    const LexiconIndex* first = &*slot;
    CHECK(signings(*slot) == 1);
    slot.emplace(build_lexicon_index(load_lexicon(GEOKG_ONTOLOGY_DIR)));
    REQUIRE(&*slot == first);
    CHECK(signings(*slot) == 0);
}
