#pragma once
// Serialising a Graph as Turtle, N-Triples, N-Quads or TriG, through Serd.
#include "rdf/format.hpp"
#include "rdf/graph.hpp"
#include "rdf/term_check.hpp"
#include "text/error.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace geokg {

struct Prefix {
    std::string name; // "gk", or "" for the empty prefix
    std::string iri;
};

// Writes the statements in canonical order (graph, default first; subject; predicate with
// rdf:type first and rdfs:label second, then by IRI; object), exact duplicates removed, so
// the same set of statements always gives the same bytes. Turtle and N-Triples merge all
// graphs; N-Quads and TriG keep them. Prefixes are used by Turtle and TriG only. Every term is
// checked first (rdf/term_check.hpp, by `rules`); throws Error naming the first bad term,
// before anything is written.
//
// A valid xsd:boolean is written in its canonical form ("1" as "true") in every format: Serd
// writes booleans bare in Turtle, where a bare 1 would read back as an xsd:integer. Under
// rules.ill_formed_literals, an ill-formed xsd:boolean, integer or decimal keeps its datatype
// written out in Turtle and TriG, as a CURIE: that needs a prefix bound to the XSD namespace.
void write_graph(const Graph& graph, RdfFormat format, const std::vector<Prefix>& prefixes,
                 std::ostream& out, const TermRules& rules = {});
std::string write_graph_to_string(const Graph& graph, RdfFormat format,
                                  const std::vector<Prefix>& prefixes = {},
                                  const TermRules& rules = {});

} // namespace geokg
