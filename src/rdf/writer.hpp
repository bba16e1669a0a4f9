#pragma once
// Serialising a Graph as Turtle, N-Triples, N-Quads or TriG (through Serd), and reading one back.
#include "rdf/format.hpp"
#include "rdf/graph.hpp"

#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

// A term the writer refuses (bad IRI, invalid UTF-8, bad language tag or lexical form), or text
// the reader cannot parse.
class RdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Prefix {
    std::string name; // "gk", or "" for the empty prefix
    std::string iri;
};

// Writes the statements in canonical order (graph, default first; subject; predicate with
// rdf:type first and rdfs:label second, then by IRI; object), exact duplicates removed, so
// the same set of statements always gives the same bytes. Turtle and N-Triples merge all
// graphs; N-Quads and TriG keep them. Prefixes are used by Turtle and TriG only. Every term is
// checked first; throws RdfError naming the first bad term, before anything is written. A valid
// xsd:boolean is written in its canonical form ("1" as "true") in every format: Serd writes
// booleans bare in Turtle, where a bare 1 would read back as an xsd:integer.
void write_graph(const Graph& graph, RdfFormat format, const std::vector<Prefix>& prefixes,
                 std::ostream& out);
std::string write_graph_to_string(const Graph& graph, RdfFormat format,
                                  const std::vector<Prefix>& prefixes = {});

// Throws RdfError when the statement could not be written as it is.
void check_statement(const Statement& statement);

// Parses RDF text in the given format (relative IRIs resolved against base_iri when given).
// Blank nodes are refused: geokg never writes them. Throws RdfError "LINE:COL: message".
Graph read_graph_from_string(const std::string& text, RdfFormat format,
                             const std::string& base_iri = {});

} // namespace geokg
