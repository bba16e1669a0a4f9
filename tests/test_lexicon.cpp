// The lexicon loader against the project's ontology and against small temporary ones.
#include "lexicon/lexicon.hpp"

#include "rdf/namespaces.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <tuple>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace geokg;

namespace {

const Lexicon& project_lexicon() {
    static const Lexicon lexicon = load_lexicon(GEOKG_ONTOLOGY_DIR);
    return lexicon;
}

const GazetteerEntry* find_entry(const Lexicon& lexicon, const std::string& key) {
    const auto it = std::lower_bound(lexicon.entries.begin(), lexicon.entries.end(), key,
                                     [](const auto& e, const std::string& k) { return e.key < k; });
    return it != lexicon.entries.end() && it->key == key ? &*it : nullptr;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool has_trigger(const Lexicon& lexicon, const std::string& phrase, const std::string& property,
                 TriggerForm form) {
    return std::any_of(lexicon.triggers.begin(), lexicon.triggers.end(), [&](const Trigger& t) {
        return t.phrase == phrase && lexicon.relation(t.relation).name == property &&
               t.form == form;
    });
}

// A scratch ontology directory, removed with everything in it at the end of the test.
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = fs::temp_directory_path() /
                ("geokg-lexicon-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string path() const { return path_.string(); }
    // The project's word classes, which every ontology needs.
    void copy_lexicon() const {
        fs::copy_file(fs::path(GEOKG_ONTOLOGY_DIR) / "lexicon.ttl", path_ / "lexicon.ttl");
    }
    std::string write(const std::string& name, const std::string& text) const {
        const fs::path file = path_ / name;
        std::ofstream(file) << text;
        return file.string();
    }

private:
    fs::path path_;
};

const char* const prefixes = "@prefix gk: <https://w3id.org/geokg/ontology#> .\n"
                             "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                             "@prefix id: <https://w3id.org/geokg/id/> .\n";

} // namespace

TEST_CASE("countries come from the generated ISO 3166 data", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    const auto countries =
        std::count_if(lexicon.entries.begin(), lexicon.entries.end(),
                      [](const auto& e) { return e.entity_class == EntityClass::Country; });
    CHECK(countries == 249);

    const GazetteerEntry* tunisia = find_entry(lexicon, "country/TUN");
    REQUIRE(tunisia != nullptr);
    CHECK(tunisia->label == "Tunisia");
    CHECK(tunisia->demonyms == std::vector<std::string>{"Tunisian"});
    CHECK(tunisia->country == "TUN");
    CHECK(tunisia->class_iri == std::string(geokg::ns::gk) + "Country");

    const GazetteerEntry* algeria = find_entry(lexicon, "country/DZA");
    REQUIRE(algeria != nullptr);
    CHECK(contains(algeria->demonyms, "Algerian"));

    const GazetteerEntry* usa = find_entry(lexicon, "country/USA");
    REQUIRE(usa != nullptr);
    CHECK(contains(usa->demonyms, "American"));
    // "US" and "Washington" come from the hand-kept places.ttl, merged into the same entry.
    CHECK(contains(usa->alt_labels, "US"));
    CHECK(contains(usa->alt_labels, "Washington"));
    CHECK(contains(usa->alt_labels, "United States of America"));
    CHECK_FALSE(contains(usa->alt_labels, usa->label));
}

TEST_CASE("cities, regions and organizations carry their country", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();

    const GazetteerEntry* tunis = find_entry(lexicon, "city/tunis");
    REQUIRE(tunis != nullptr);
    CHECK(tunis->entity_class == EntityClass::City);
    CHECK(tunis->located_in == "country/TUN");
    CHECK(tunis->country == "TUN");

    const GazetteerEntry* carthage = find_entry(lexicon, "city/carthage");
    REQUIRE(carthage != nullptr);
    CHECK(carthage->country == "TUN");

    const GazetteerEntry* sahel = find_entry(lexicon, "region/sahel");
    REQUIRE(sahel != nullptr);
    CHECK(sahel->entity_class == EntityClass::Region);
    CHECK(sahel->country.empty());

    const GazetteerEntry* pentagon = find_entry(lexicon, "org/pentagon");
    REQUIRE(pentagon != nullptr);
    CHECK(pentagon->entity_class == EntityClass::Organization);
    CHECK(pentagon->class_iri == std::string(geokg::ns::gk) + "GovernmentBody");
    CHECK(pentagon->country == "USA");
    CHECK(contains(pentagon->alt_labels, "Department of Defense"));
}

TEST_CASE("positions with an alias of their own are gazetteer entries", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    const GazetteerEntry* chief = find_entry(lexicon, "position/USA-secretary-of-defense");
    REQUIRE(chief != nullptr);
    CHECK(chief->entity_class == EntityClass::Position);
    CHECK(chief->title == "title/secretary-of-defense");
    CHECK(chief->country == "USA");
    CHECK(contains(chief->alt_labels, "Pentagon chief"));
}

TEST_CASE("titles, honorifics and head words", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    const auto title =
        std::find_if(lexicon.titles.begin(), lexicon.titles.end(),
                     [](const Title& t) { return t.key == "title/minister-of-defense"; });
    REQUIRE(title != lexicon.titles.end());
    CHECK(title->label == "Minister of Defense");
    CHECK(contains(title->alt_labels, "Defence Minister"));

    CHECK(contains(lexicon.honorifics, "Lieutenant General"));
    CHECK(contains(lexicon.honorifics, "Lt. Gen."));
    CHECK(contains(lexicon.honorifics, "Dr."));

    CHECK(contains(lexicon.site_heads, "Cemetery"));
    CHECK_FALSE(contains(lexicon.site_heads, "Ministry"));
    CHECK(contains(lexicon.organization_heads, "Ministry"));
    CHECK_FALSE(contains(lexicon.organization_heads, "Cemetery"));
}

TEST_CASE("trigger words come from annotations on properties", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    CHECK(has_trigger(lexicon, "arrived in", "visited", TriggerForm::Past));
    CHECK(has_trigger(lexicon, "visit", "visited", TriggerForm::Base));
    CHECK(has_trigger(lexicon, "visit", "visited", TriggerForm::Noun));
    CHECK(has_trigger(lexicon, "held talks with", "metWith", TriggerForm::Past));
    CHECK(has_trigger(lexicon, "was received by", "metWith", TriggerForm::Passive));
    CHECK(has_trigger(lexicon, "inked", "signedWith", TriggerForm::Past));
    CHECK(has_trigger(lexicon, "accusing", "accused", TriggerForm::Participle));
    CHECK(has_trigger(lexicon, "laid a wreath", "laidWreathAt", TriggerForm::Past));
    CHECK_FALSE(has_trigger(lexicon, "arrived in", "metWith", TriggerForm::Past));
}

TEST_CASE("lexicon output is sorted and unique", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    CHECK(std::adjacent_find(lexicon.entries.begin(), lexicon.entries.end(),
                             [](const auto& a, const auto& b) { return a.key >= b.key; }) ==
          lexicon.entries.end());
    CHECK(std::adjacent_find(lexicon.titles.begin(), lexicon.titles.end(),
                             [](const auto& a, const auto& b) { return a.key >= b.key; }) ==
          lexicon.titles.end());
    CHECK(std::adjacent_find(lexicon.triggers.begin(), lexicon.triggers.end(),
                             [](const Trigger& a, const Trigger& b) {
                                 return std::tie(a.relation, a.phrase, a.form) >=
                                        std::tie(b.relation, b.phrase, b.form);
                             }) == lexicon.triggers.end());
    CHECK(std::is_sorted(lexicon.declared_terms.begin(), lexicon.declared_terms.end()));
    CHECK(std::is_sorted(lexicon.honorifics.begin(), lexicon.honorifics.end()));
}

// A lint of the ontology itself: the grammar and the resolver must never use a term that
// the ontology does not declare, nor point at an entry that does not exist.
TEST_CASE("the ontology declares every term the lexicon uses", "[lexicon][lint]") {
    const Lexicon& lexicon = project_lexicon();
    const std::string gk(geokg::ns::gk);
    for (const char* core : {"Person",
                             "Country",
                             "City",
                             "Region",
                             "Site",
                             "Organization",
                             "Position",
                             "Agreement",
                             "Event",
                             "Visit",
                             "Meeting",
                             "Signing",
                             "Speech",
                             "WreathLaying",
                             "Accusation",
                             "Tour",
                             "visited",
                             "metWith",
                             "signedWith",
                             "signed",
                             "accused",
                             "laidWreathAt",
                             "deliveredSpeechAt",
                             "holdsPosition",
                             "positionIn",
                             "locatedIn",
                             "agent",
                             "counterpart",
                             "place",
                             "date",
                             "status",
                             "partOf"}) {
        INFO(core);
        CHECK(contains(lexicon.declared_terms, gk + core));
    }
    for (const Trigger& trigger : lexicon.triggers) {
        INFO(lexicon.relation(trigger.relation).name << " " << trigger.phrase);
        CHECK(contains(lexicon.declared_terms, lexicon.relation(trigger.relation).iri));
        CHECK(trigger.phrase == Catch::toLower(trigger.phrase));
    }
    std::map<std::string, const GazetteerEntry*> by_key;
    for (const GazetteerEntry& entry : lexicon.entries) {
        by_key.emplace(entry.key, &entry);
    }
    for (const GazetteerEntry& entry : lexicon.entries) {
        INFO(entry.key);
        CHECK(contains(lexicon.declared_terms, entry.class_iri));
        CHECK_FALSE(entry.label.empty());
        if (!entry.located_in.empty()) {
            CHECK(by_key.count(entry.located_in) == 1);
        }
        if (entry.entity_class == EntityClass::Country) {
            CHECK(entry.country.size() == 3);
        }
        if (!entry.title.empty()) {
            CHECK(std::any_of(lexicon.titles.begin(), lexicon.titles.end(),
                              [&](const Title& t) { return t.key == entry.title; }));
        }
    }
}

TEST_CASE("a small ontology: subclasses, aliases, phrase normalization", "[lexicon]") {
    TempDir dir;
    dir.write("a.ttl",
              std::string(prefixes) +
                  "gk:Organization a owl:Class .\n"
                  "gk:Body a owl:Class ; rdfs:subClassOf gk:Organization .\n"
                  "gk:Unit a owl:Class ; rdfs:subClassOf gk:Body ; gk:headWord \"Unit\" .\n"
                  "gk:metWith a owl:ObjectProperty ; gk:eventClass gk:Meeting ;\n"
                  "  gk:triggerPast \"  Held   Talks with \" ;\n"
                  "  rdfs:domain [ owl:unionOf ( gk:Person gk:Organization ) ] .\n");
    dir.write(
        "b.ttl",
        std::string(prefixes) +
            "<https://w3id.org/geokg/id/country/XYZ> a gk:Country ; rdfs:label \"Xyzland\" ;\n"
            "  skos:notation \"XYZ\" ; rdfs:comment [ rdfs:label \"blank\" ] .\n"
            "<https://w3id.org/geokg/id/org/unit-7> a gk:Unit ;\n"
            "  rdfs:label \"Unit 7\" , \"Seventh Unit\" ;\n"
            "  gk:country <https://w3id.org/geokg/id/country/XYZ> .\n"
            "<https://w3id.org/geokg/id/position/p1> a gk:Position ;\n"
            "  rdfs:label \"Head of Xyzland\" .\n");
    // Not Turtle by name: ignored.
    dir.write("notes.txt", "this is not turtle\n");
    dir.copy_lexicon();

    const Lexicon lexicon = load_lexicon(dir.path());
    REQUIRE(lexicon.entries.size() == 2);
    const GazetteerEntry& country = lexicon.entries[0];
    CHECK(country.key == "country/XYZ");
    CHECK(country.country == "XYZ");
    const GazetteerEntry& unit = lexicon.entries[1];
    CHECK(unit.key == "org/unit-7");
    CHECK(unit.entity_class == EntityClass::Organization);
    CHECK(unit.class_iri == std::string(geokg::ns::gk) + "Unit");
    CHECK(unit.country == "XYZ");
    // Two labels: one is chosen deterministically, the other kept as an alternative.
    CHECK(unit.label == "Seventh Unit");
    CHECK(unit.alt_labels == std::vector<std::string>{"Unit 7"});
    CHECK(lexicon.organization_heads == std::vector<std::string>{"Unit"});
    REQUIRE(lexicon.triggers.size() == 1);
    CHECK(lexicon.triggers[0].phrase == "held talks with");
    CHECK(lexicon.relation(lexicon.triggers[0].relation).name == "metWith");
    CHECK(contains(lexicon.declared_terms, std::string(geokg::ns::gk) + "Unit"));
}

TEST_CASE("a syntax error names the file, line and column", "[lexicon]") {
    TempDir dir;
    dir.write("a.ttl", std::string(prefixes) + "gk:A a owl:Class .\n");
    const std::string bad = dir.write("b.ttl", "@prefix gk: <https://w3id.org/geokg/ontology#> .\n"
                                               "gk:A a gk:B .\n"
                                               "gk:C gk:D \"unterminated .\n");
    try {
        load_lexicon(dir.path());
        FAIL("no error for a broken file");
    } catch (const Error& error) {
        const std::string what = error.what();
        INFO(what);
        CHECK(what.rfind(bad + ":3:", 0) == 0);
    }
}

// Sord reports an unexpandable name without a position: the message names the file only.
TEST_CASE("an undefined prefix is an error naming the file", "[lexicon]") {
    TempDir dir;
    const std::string bad = dir.write("c.ttl", "nope:A a nope:B .\n");
    try {
        load_lexicon(dir.path());
        FAIL("no error for an undefined prefix");
    } catch (const Error& error) {
        const std::string what = error.what();
        INFO(what);
        CHECK(what.rfind(bad + ": ", 0) == 0);
        CHECK(what.find("nope:A") != std::string::npos);
    }
}

TEST_CASE("a missing ontology directory is an error", "[lexicon]") {
    const std::string missing = (fs::temp_directory_path() / "geokg-no-such-ontology-dir").string();
    try {
        load_lexicon(missing);
        FAIL("no error for a missing directory");
    } catch (const Error& error) {
        CHECK(std::string(error.what()) == missing + ": no such directory");
    }
}

TEST_CASE("relations carry their event class, domain, range and argument roles", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    auto find = [&](const std::string& name) -> const Relation& {
        for (const Relation& r : lexicon.relations)
            if (r.name == name)
                return r;
        FAIL("no relation " << name);
        return lexicon.relations.front();
    };
    const Relation& visited = find("visited");
    CHECK(visited.kind == EventKind::Visit);
    CHECK(visited.domain.contains(EntityClass::Person));
    CHECK(visited.domain.contains(EntityClass::Organization));
    CHECK_FALSE(visited.domain.contains(EntityClass::Country));
    // gk:Place's subclasses through rdfs:subClassOf would count too; the range lists four.
    for (auto c : {EntityClass::Country, EntityClass::City, EntityClass::Region, EntityClass::Site})
        CHECK(visited.range.contains(c));
    CHECK(visited.direct_object == EventRole::Place);
    CHECK(visited.object_roles == std::vector<EventRole>{EventRole::Place});
    CHECK(std::count(visited.place_prepositions.begin(), visited.place_prepositions.end(), "to"));

    const Relation& met = find("metWith");
    CHECK(met.symmetric);
    CHECK(met.joint_subjects);
    CHECK_FALSE(met.range.contains(EntityClass::Country));
    CHECK(met.direct_object == EventRole::Counterpart);

    const Relation& signed_agreement = find("signed");
    CHECK(signed_agreement.kind == EventKind::Signing);
    CHECK(signed_agreement.range.contains(EntityClass::Agreement));
    CHECK(signed_agreement.object_roles == std::vector<EventRole>{EventRole::Agreement});
    CHECK(lexicon.event_classes[static_cast<std::size_t>(EventKind::WreathLaying)] ==
          std::string(geokg::ns::gk) + "WreathLaying");
}

TEST_CASE("titles carry their kind: generic titles and envoys", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    auto kind_of = [&](const std::string& key) {
        for (const Title& t : lexicon.titles)
            if (t.key == key)
                return t.kind;
        FAIL("no title " << key);
        return TitleKind::Specific;
    };
    CHECK(kind_of("title/minister") == TitleKind::Generic);
    CHECK(kind_of("title/ambassador") == TitleKind::Envoy);
    CHECK(kind_of("title/minister-of-defense") == TitleKind::Specific);
}

TEST_CASE("word classes are read from the ontology, case as the class says", "[lexicon]") {
    const Lexicon& lexicon = project_lexicon();
    REQUIRE(lexicon.word_classes.size() == word_class_count);
    const WordClassIndex words(lexicon.word_classes);
    CHECK(words.has(WordClass::LightVerb, "held"));
    CHECK_FALSE(words.has(WordClass::LightVerb, "visited"));
    CHECK(words.has(WordClass::NotAName, "Minister"));
    CHECK_FALSE(words.has(WordClass::NotAName, "minister")); // case-sensitive class
    // A phrase of two words, matched in the abstracted text the grammar reads.
    CHECK(words.match_text(WordClass::InclusionVerb, "took in [G3]") == 7);
    CHECK(words.match_text(WordClass::InclusionVerb, "took [G3]") == 0);
    CHECK(words.match_text(WordClass::InclusionVerb, "included [G3]") == 8);
    CHECK(words.match_text(WordClass::InclusionVerb, "includedx [G3]") == 0);
}

TEST_CASE("a word is of a class only when the ontology lists it there, for every class",
          "[lexicon]") {
    // Once a 64-bit mask gave the 65th class the first one's words, and back (UBSan found it).
    const Lexicon& lexicon = project_lexicon();
    const WordClassIndex words(lexicon.word_classes);
    std::size_t checked = 0;
    for (const auto& c : lexicon.word_classes)
        for (const std::string& word : c.words) {
            if (word.find(' ') != std::string::npos)
                continue; // phrases are matched apart
            CHECK(words.has(c.word_class, word));
            for (const auto& other : lexicon.word_classes) {
                if (other.word_class == c.word_class || !words.has(other.word_class, word))
                    continue;
                // Then `other` lists it too (perhaps in another case, if it folds).
                const bool listed =
                    std::any_of(other.words.begin(), other.words.end(), [&](const std::string& w) {
                        return other.case_sensitive ? w == word : lower(w) == lower(word);
                    });
                INFO(word << " is of " << word_class_name(other.word_class));
                CHECK(listed);
            }
            ++checked;
        }
    CHECK(checked > 500);
    // The last class and the first, which the mask once joined.
    const auto& last = lexicon.word_classes.back();
    REQUIRE(!last.words.empty());
    CHECK_FALSE(words.has(WordClass::NotAName, last.words.front()));
}

TEST_CASE("an ontology without what extraction needs is an error", "[lexicon]") {
    SECTION("a directory with no Turtle file") {
        TempDir dir;
        dir.write("notes.txt", "nothing here\n");
        try {
            load_lexicon(dir.path());
            FAIL("no error for an empty ontology directory");
        } catch (const Error& error) {
            CHECK(std::string(error.what()) == dir.path() + ": no ontology here: no *.ttl file");
        }
    }
    SECTION("Turtle without relation properties") {
        TempDir dir;
        dir.write("a.ttl", std::string(prefixes) + "gk:Person a owl:Class .\n");
        dir.copy_lexicon();
        CHECK_THROWS_WITH(load_lexicon(dir.path()),
                          Catch::Contains("declares no relation property"));
    }
    SECTION("a word class missing") {
        TempDir dir;
        dir.write("a.ttl", std::string(prefixes) + "gk:metWith gk:eventClass gk:Meeting .\n");
        CHECK_THROWS_WITH(load_lexicon(dir.path()),
                          Catch::Contains("words/not-a-name: word class missing"));
    }
    SECTION("a trigger on a property that is no relation") {
        TempDir dir;
        dir.write("a.ttl", std::string(prefixes) + "gk:metWith gk:eventClass gk:Meeting .\n"
                                                   "gk:likes gk:triggerPast \"liked\" .\n");
        dir.copy_lexicon();
        CHECK_THROWS_WITH(load_lexicon(dir.path()),
                          Catch::Contains("gk:triggerPast on a property without gk:eventClass"));
    }
    SECTION("an empty Turtle file is no error") {
        TempDir dir;
        dir.write("a.ttl", std::string(prefixes) + "gk:metWith gk:eventClass gk:Meeting .\n");
        dir.write("empty.ttl", "");
        dir.copy_lexicon();
        CHECK(load_lexicon(dir.path()).relations.size() == 1);
    }
}
