#pragma once
// Reading RDF text back into a Graph (for tests of what the writer wrote, and reports).
#include "rdf/format.hpp"
#include "rdf/graph.hpp"
#include "text/error.hpp"

#include <string>

namespace geokg {

// Parses RDF text in the given format (relative IRIs resolved against base_iri when given).
// Blank nodes are refused: geokg never writes them. Throws Error, where "LINE:COL" when Serd
// gives a position.
Graph read_graph_from_string(const std::string& text, RdfFormat format,
                             const std::string& base_iri = {});

} // namespace geokg
