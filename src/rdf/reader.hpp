#pragma once
// Reading RDF back: text into a Graph (for tests of what the writer wrote, and reports), and a
// file as a stream of statements (`geokg merge`).
#include "rdf/format.hpp"
#include "rdf/graph.hpp"
#include "text/error.hpp"

#include <functional>
#include <string>

namespace geokg {

// Parses RDF text in the given format (relative IRIs resolved against base_iri when given).
// Blank nodes are refused: geokg never writes them. Throws Error, where "LINE:COL" when Serd
// gives a position.
Graph read_graph_from_string(const std::string& text, RdfFormat format,
                             const std::string& base_iri = {});

// Reads an RDF file ("-": standard input) statement by statement, as it streams: `each` is
// called with every statement in the file's order. Blank nodes are refused. Throws Error,
// where "FILE:LINE:COL" (or "FILE"), on the first problem; `each` may throw to stop.
void read_statements(const std::string& path, RdfFormat format,
                     const std::function<void(Statement&&)>& each);

} // namespace geokg
