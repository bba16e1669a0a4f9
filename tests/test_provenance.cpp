// Provenance and consolidation: NIF sentences that slice the original text, conflicts
// between reports, and the output read back in every format.
#include "extract/emit.hpp"
#include "extract/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/iri.hpp"
#include "rdf/reader.hpp"
#include "rdf/writer.hpp"

#include "project_lexicon.hpp"
#include "skip.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace {

const std::string base = geokg::default_base_iri;
const std::string gk = "https://w3id.org/geokg/ontology#";
const std::string nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

geokg::Document doc(std::string id, std::string date, std::string text) {
    geokg::Document d;
    d.id = std::move(id);
    d.date = std::move(date);
    d.text = std::move(text);
    return d;
}

std::vector<std::string> objects(const geokg::Graph& g, const std::string& s,
                                 const std::string& p) {
    std::vector<std::string> out;
    for (const auto& st : g.statements)
        if (st.subject.value == s && st.predicate.value == p)
            out.push_back(st.object.value);
    std::sort(out.begin(), out.end());
    return out;
}

bool has(const geokg::Graph& g, const std::string& s, const std::string& p, const std::string& o) {
    auto v = objects(g, s, p);
    return std::find(v.begin(), v.end(), o) != v.end();
}

// The substring of `text` between two code-point offsets.
std::string slice_code_points(const std::string& text, std::size_t begin, std::size_t end) {
    std::size_t b = 0, e = text.size();
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (geokg::code_points(text, i) == begin && b == 0 &&
            (i == text.size() || (text[i] & 0xC0) != 0x80))
            b = i;
        if (geokg::code_points(text, i) == end && (i == text.size() || (text[i] & 0xC0) != 0x80)) {
            e = i;
            break;
        }
    }
    return text.substr(b, e - b);
}

} // namespace

TEST_CASE("sentence offsets count code points and slice the original text", "[provenance]") {
    std::string text = "Caf\xC3\xA9 \xE2\x80\x9C"
                       "d\xC3\xA9j\xC3\xA0 vu\xE2\x80\x9D \xE2\x80\x94 a note.\n\n"
                       "On Monday, Defense Minister Lena Okafor arrived in Kenya.\n";
    auto x = geokg::extract({doc("multibyte", "2024-03-04", text)},
                            geokg::testing::project_lexicon_index(), base);
    std::vector<std::string> sentences;
    for (const auto& st : x.graph.statements)
        if (st.predicate.value == gk + "visited" || st.object.value == nif + "Sentence")
            if (st.object.value == nif + "Sentence")
                sentences.push_back(st.subject.value);
    REQUIRE(sentences.size() == 1);
    const std::string& iri = sentences.front();
    auto hash = iri.find("#char=");
    REQUIRE(hash != std::string::npos);
    CHECK(iri.substr(0, hash) == base + "doc/multibyte");
    auto comma = iri.find(',', hash);
    std::size_t begin = std::stoul(iri.substr(hash + 6, comma - hash - 6));
    std::size_t end = std::stoul(iri.substr(comma + 1));
    std::string anchor = "On Monday, Defense Minister Lena Okafor arrived in Kenya.";
    CHECK(slice_code_points(text, begin, end) == anchor);
    CHECK(objects(x.graph, iri, nif + "anchorOf") == std::vector<std::string>{anchor});
    CHECK(objects(x.graph, iri, nif + "beginIndex") ==
          std::vector<std::string>{std::to_string(begin)});
    // Bytes and code points differ here: the text before has multi-byte characters.
    CHECK(text.find(anchor) != begin);
    CHECK(objects(x.graph, iri, nif + "referenceContext") ==
          std::vector<std::string>{base + "doc/multibyte"});
}

TEST_CASE("every event cites the sentences it was read from, in every document", "[provenance]") {
    auto x = geokg::extract(
        {doc("a", "2024-03-04", "On Monday, Defense Minister Lena Okafor arrived in Kenya."),
         doc("b", "2024-03-05", "Lena Okafor arrived in Kenya on Monday, officials said.")},
        geokg::testing::project_lexicon_index(), base);
    std::string visit = base + "event/visit-lena-okafor-KEN-2024-03-04";
    auto sources = objects(x.graph, visit, "http://www.w3.org/ns/prov#wasDerivedFrom");
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].rfind(base + "doc/a#char=", 0) == 0);
    CHECK(sources[1].rfind(base + "doc/b#char=", 0) == 0);
    CHECK(objects(x.graph, visit, gk + "sourceCount") == std::vector<std::string>{"2"});
    // Document statements live in the document's named graph; facts in the default graph.
    for (const auto& st : x.graph.statements) {
        if (st.subject.value.rfind(base + "doc/", 0) == 0)
            CHECK(st.graph == st.subject.value.substr(0, st.subject.value.find('#')));
        else
            CHECK(st.graph.empty());
    }
}

TEST_CASE("a report that better-supported reports contradict is contested, not asserted",
          "[provenance][conflict]") {
    std::vector<geokg::Document> docs = {
        doc("a", "2024-03-04",
            "On Monday, Canadian Defence Minister Lena Okafor arrived in Kenya. She met Kenyan "
            "President Samuel Otieno. Okafor signed a five-year defence pact with the Kenyan "
            "President."),
        doc("b", "2024-03-05",
            "Lena Okafor held talks with Kenyan President Samuel Otieno on Monday."),
        doc("c", "2024-03-05",
            "Canadian Defence Minister Lena Okafor and the Ugandan Defence Minister signed a "
            "five-year defence pact."),
    };
    auto x = geokg::extract(docs, geokg::testing::project_lexicon_index(), base);
    std::string okafor = base + "person/lena-okafor";
    CHECK(has(x.graph, okafor, gk + "signedWith", base + "country/KEN"));
    CHECK_FALSE(has(x.graph, okafor, gk + "signedWith", base + "country/UGA"));
    const geokg::Event* weak = nullptr;
    const geokg::Event* strong = nullptr;
    for (const auto& e : x.events) {
        if (e.kind != geokg::EventKind::Signing)
            continue;
        if (std::count(e.counterparts.begin(), e.counterparts.end(), "country/UGA"))
            weak = &e;
        if (std::count(e.counterparts.begin(), e.counterparts.end(), "country/KEN"))
            strong = &e;
    }
    REQUIRE(weak);
    REQUIRE(strong);
    CHECK(weak->status == geokg::EventStatus::Contested);
    CHECK(weak->contradicts == strong->key);
    CHECK(strong->status == geokg::EventStatus::Reported);
    CHECK(has(x.graph, base + weak->key, gk + "status", gk + "Contested"));
    CHECK(has(x.graph, base + weak->key, gk + "contradicts", base + strong->key));
}

TEST_CASE("signings of two different agreements do not contradict each other",
          "[provenance][conflict]") {
    std::vector<geokg::Document> docs = {
        doc("a", "2024-03-04",
            "Canadian Defence Minister Lena Okafor arrived in Kenya on Monday. She met Kenyan "
            "President Samuel Otieno. Okafor signed a five-year defence pact with Kenya."),
        doc("b", "2024-03-05",
            "Lena Okafor held talks with Kenyan President Samuel Otieno on Monday."),
        doc("c", "2024-03-06",
            "Canadian Defence Minister Lena Okafor signed a memorandum on military education with "
            "Uganda."),
    };
    auto x = geokg::extract(docs, geokg::testing::project_lexicon_index(), base);
    std::string okafor = base + "person/lena-okafor";
    CHECK(has(x.graph, okafor, gk + "signedWith", base + "country/KEN"));
    CHECK(has(x.graph, okafor, gk + "signedWith", base + "country/UGA"));
    for (const auto& e : x.events)
        CHECK(e.status != geokg::EventStatus::Contested);
}

TEST_CASE("a planned visit later reported is one reported event", "[provenance]") {
    auto x =
        geokg::extract({doc("before", "2024-03-01",
                            "Defense Minister Lena Okafor is expected in Kenya on Monday."),
                        doc("after", "2024-03-05", "On Monday, Lena Okafor arrived in Kenya.")},
                       geokg::testing::project_lexicon_index(), base);
    std::vector<const geokg::Event*> visits;
    for (const auto& e : x.events)
        if (e.kind == geokg::EventKind::Visit)
            visits.push_back(&e);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0]->status == geokg::EventStatus::Reported);
    CHECK(visits[0]->sources.size() == 2);
}

TEST_CASE("the output of the corpus reads back the same in every format", "[provenance][formats]") {
    auto read = geokg::read_inputs({std::string(GEOKG_SOURCE_DIR) + "/corpus"});
    auto x = geokg::extract(read.documents, geokg::testing::project_lexicon_index(), base);
    auto prefixes = geokg::output_prefixes(base);
    std::set<geokg::Statement> quads, triples;
    for (auto st : x.graph.statements) {
        quads.insert(st);
        st.graph.clear();
        triples.insert(st);
    }
    for (auto format : {geokg::RdfFormat::Turtle, geokg::RdfFormat::NTriples,
                        geokg::RdfFormat::NQuads, geokg::RdfFormat::TriG}) {
        INFO("format " << geokg::extension_of(format));
        std::string text = geokg::write_graph_to_string(x.graph, format, prefixes);
        auto back = geokg::read_graph_from_string(text, format);
        std::set<geokg::Statement> got(back.statements.begin(), back.statements.end());
        bool quad = format == geokg::RdfFormat::NQuads || format == geokg::RdfFormat::TriG;
        CHECK(got == (quad ? quads : triples));
    }
}

namespace {

// The predicates and rdf:type objects of the output of DOCS that the ontology does not declare.
std::set<std::string> undeclared_terms(const std::vector<geokg::Document>& docs) {
    auto x = geokg::extract(docs, geokg::testing::project_lexicon_index(), base);
    const auto& declared = geokg::testing::project_lexicon_index().lexicon.declared_terms;
    auto is_declared = [&](const std::string& term) {
        return std::binary_search(declared.begin(), declared.end(), term) ||
               term == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" ||
               term == "http://www.w3.org/2000/01/rdf-schema#label";
    };
    std::set<std::string> undeclared;
    for (const auto& st : x.graph.statements) {
        if (!is_declared(st.predicate.value))
            undeclared.insert(st.predicate.value);
        if (st.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" &&
            !is_declared(st.object.value))
            undeclared.insert(st.object.value);
    }
    return undeclared;
}

} // namespace

TEST_CASE("every term the output of corpus/ uses is declared in the ontology",
          "[provenance][ontology]") {
    auto corpus = geokg::read_inputs({std::string(GEOKG_SOURCE_DIR) + "/corpus"});
    REQUIRE_FALSE(corpus.documents.empty());
    CHECK(undeclared_terms(corpus.documents) == std::set<std::string>{});
}

TEST_CASE("every term the output of the seed articles uses is declared in the ontology",
          "[provenance][ontology][seeds]") {
    const std::string seeds_file = std::string(GEOKG_SHARED_DIR) + "/seeds/seeds.jsonl";
    if (!std::filesystem::exists(seeds_file)) {
        GEOKG_SKIP(seeds_file << " is absent");
    }
    auto seeds = geokg::read_inputs({seeds_file});
    REQUIRE_FALSE(seeds.documents.empty());
    CHECK(undeclared_terms(seeds.documents) == std::set<std::string>{});
}

TEST_CASE("document IRIs are short and stable, and a URL id stays the document's source",
          "[provenance]") {
    using geokg::document_name;
    // Plain ids are the name.
    CHECK(document_name("brief-2024-03-04") == "brief-2024-03-04");
    CHECK(document_name("seed-000") == "seed-000");
    CHECK(document_name("a~32862ee155e22673") == "a~32862ee155e22673");
    // A URL: its last segment, short, and a hash of the whole id.
    const std::string url = "https://news.example.org/2024/03/foreign-minister-ana-dorr-arrives-"
                            "in-accra-for-talks-on-trade-and-security/";
    const std::string name = document_name(url);
    CHECK(name.rfind("foreign-minister-ana-dorr-arrives-in-", 0) == 0);
    CHECK(name.size() <= 40 + 1 + 12);
    CHECK(name == document_name(url)); // stable
    // Near misses: ids that differ anywhere have different names; so do two paths that end
    // alike, and an id with a character a plain name does not take.
    CHECK(document_name(url + "?v=2") != name);
    CHECK(document_name("2024/story") != document_name("2025/story"));
    CHECK(document_name("2024/story").rfind("story-", 0) == 0);
    CHECK(document_name("a b").rfind("a-b-", 0) == 0);

    auto with_url = doc(url, "2024-03-05", "Foreign Minister Ana Dorr arrived in Ghana.");
    auto x = geokg::extract({with_url}, geokg::testing::project_lexicon_index(), base);
    const std::string iri = base + "doc/" + name;
    CHECK(objects(x.graph, iri, "http://purl.org/dc/terms/source") ==
          std::vector<std::string>{url});
    // Near miss: an id that is no web address is no source.
    auto plain = geokg::extract({doc("brief-1", "2024-03-05", "Ana Dorr arrived in Ghana.")},
                                geokg::testing::project_lexicon_index(), base);
    CHECK(objects(plain.graph, base + "doc/brief-1", "http://purl.org/dc/terms/source").empty());
}
