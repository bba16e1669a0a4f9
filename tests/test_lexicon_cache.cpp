// The lexicon's compiled form: the same lexicon back, never a stale or damaged one.
#include "lexicon/lexicon_cache.hpp"

#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using namespace geokg;

namespace {

std::size_t files_in(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir))
        ++n;
    return n;
}

// A copy of the project's ontology to edit.
fs::path ontology_copy(const std::string& name) {
    const fs::path dir = geokg::testing::scratch_dir(name) / "ontology";
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(GEOKG_ONTOLOGY_DIR))
        if (entry.path().extension() == ".ttl")
            fs::copy_file(entry.path(), dir / entry.path().filename(),
                          fs::copy_options::overwrite_existing);
    return dir;
}

} // namespace

TEST_CASE("the compiled lexicon is the lexicon the Turtle gives", "[lexicon][cache]") {
    const Lexicon lexicon = load_lexicon(GEOKG_ONTOLOGY_DIR);
    const std::string bytes = serialize_lexicon(lexicon);
    const auto back = deserialize_lexicon(bytes);
    REQUIRE(back.has_value());
    CHECK(*back == lexicon);
    // Near misses: bytes cut short, with a byte more, or of another format are no lexicon.
    CHECK_FALSE(deserialize_lexicon(bytes.substr(0, bytes.size() / 2)).has_value());
    CHECK_FALSE(deserialize_lexicon(bytes + "x").has_value());
    CHECK_FALSE(deserialize_lexicon("not a lexicon").has_value());
    std::string other = bytes;
    other[15] = static_cast<char>(other[15] + 1); // the format version, after the magic
    CHECK_FALSE(deserialize_lexicon(other).has_value());
}

TEST_CASE("a cached lexicon is never stale nor damaged", "[lexicon][cache]") {
    const fs::path ontology = ontology_copy("lexicon-cache");
    const fs::path cache = ontology.parent_path() / "cache";
    fs::remove_all(cache);
    const Lexicon first = load_lexicon_cached(ontology.string(), cache.string());
    REQUIRE(fs::exists(cache));
    CHECK(files_in(cache) == 1);
    CHECK(load_lexicon_cached(ontology.string(), cache.string()) == first);

    // An edited Turtle file: its new city is in the lexicon, not the cache's old one.
    {
        std::ofstream f(ontology / "places.ttl", std::ios::app);
        f << "\n<https://w3id.org/geokg/id/city/velmora> a gk:City ; rdfs:label \"Velmora\" ;\n"
             "\tgk:locatedIn <https://w3id.org/geokg/id/country/KEN> .\n";
    }
    const Lexicon edited = load_lexicon_cached(ontology.string(), cache.string());
    CHECK(edited == load_lexicon(ontology.string()));
    CHECK(edited.entries.size() == first.entries.size() + 1);
    CHECK(files_in(cache) == 2);

    // A damaged cache file is read as none: the lexicon comes from the Turtle again.
    for (const auto& entry : fs::directory_iterator(cache)) {
        std::ofstream f(entry.path(), std::ios::binary | std::ios::trunc);
        f << "geokg-lexicon\ngarbage";
    }
    CHECK(load_lexicon_cached(ontology.string(), cache.string()) == edited);
    // An empty cache directory name means no cache.
    CHECK(load_lexicon_cached(ontology.string(), "") == edited);
}

TEST_CASE("the cache keeps the most recent compiled forms only", "[lexicon][cache]") {
    const fs::path ontology = ontology_copy("lexicon-cache-prune");
    const fs::path cache = ontology.parent_path() / "cache";
    fs::remove_all(cache);
    // Ten editions of the ontology, each a comment apart: ten fingerprints.
    for (int edition = 0; edition < 10; ++edition) {
        std::ofstream(ontology / "places.ttl", std::ios::app) << "\n# edition " << edition << "\n";
        load_lexicon_cached(ontology.string(), cache.string());
    }
    CHECK(files_in(cache) == 8);
    // Near miss: the latest edition is among those kept, and read from the cache.
    const std::string latest = "lexicon-" + ontology_fingerprint(ontology.string());
    CHECK(fs::exists(cache / latest));
}
