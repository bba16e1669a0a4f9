// No input text, however crafted, adds a statement of its own to the graph, and every
// format geokg writes reads back as exactly the graph it meant.
#include "extract/pipeline.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/reader.hpp"
#include "rdf/writer.hpp"

#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <set>

namespace {} // namespace

TEST_CASE("crafted text, ids and metadata cannot inject statements", "[output][safety]") {
    geokg::Document d;
    d.id = "evil> <x> <y> <z> .\n<a";
    d.date = "2024-03-05";
    d.title = "Title \"\"\" with triple quotes\nand a newline > . <x> <y> <z";
    d.url = "http://example.org/a b<c>";
    d.outlet = "Outlet\\ with \" backslash";
    d.text =
        "On Tuesday, Defense Minister Lena \"\"\"Okafor\"\"\" arrived in C\xC3\xB4te d'Ivoire.\n\n"
        "Okafor met President Tomas <Varga> {|^} > . <x> <y> <z> in Abidjan.\n\n"
        "Okafor signed a deal \"\"\" } GRAPH <g> { <a> <b> <c> with al-Qaeda in the Islamic "
        "Maghreb (AQIM).\n";
    auto x = geokg::extract({d}, geokg::testing::project_lexicon_index(), geokg::default_base_iri);
    REQUIRE_FALSE(x.graph.statements.empty());
    std::set<geokg::Statement> quads(x.graph.statements.begin(), x.graph.statements.end());
    std::set<geokg::Statement> triples;
    for (auto st : x.graph.statements) {
        st.graph.clear();
        triples.insert(st);
        // Every IRI is one geokg minted or declared: none is text from the input.
        for (const auto* t : {&st.subject, &st.predicate, &st.object})
            if (t->kind == geokg::TermKind::Iri)
                CHECK(t->value.rfind("http", 0) == 0);
    }
    for (auto format : {geokg::RdfFormat::Turtle, geokg::RdfFormat::NTriples,
                        geokg::RdfFormat::NQuads, geokg::RdfFormat::TriG}) {
        INFO("format " << geokg::extension_of(format));
        std::string text = geokg::write_graph_to_string(
            x.graph, format, geokg::output_prefixes(geokg::default_base_iri));
        auto back = geokg::read_graph_from_string(text, format);
        std::set<geokg::Statement> got(back.statements.begin(), back.statements.end());
        bool quad = format == geokg::RdfFormat::NQuads || format == geokg::RdfFormat::TriG;
        CHECK(got == (quad ? quads : triples));
    }
    // The document IRI is the crafted id's slug and hash, one path segment.
    bool found = false;
    for (const auto& st : x.graph.statements)
        if (st.subject.value.rfind(std::string(geokg::default_base_iri) + "doc/evil-x-y-z-a-", 0) ==
            0)
            found = true;
    CHECK(found);
}
