#include "rdf/graph.hpp"

#include <utility>

namespace geokg {

Term iri(std::string value) {
    return Term{TermKind::Iri, std::move(value), {}, {}};
}

Term literal(std::string value) {
    return Term{TermKind::Literal, std::move(value), {}, {}};
}

Term typed_literal(std::string value, std::string datatype) {
    return Term{TermKind::Literal, std::move(value), std::move(datatype), {}};
}

Term lang_literal(std::string value, std::string language) {
    return Term{TermKind::Literal, std::move(value), {}, std::move(language)};
}

void Graph::add(Term s, Term p, Term o, std::string graph) {
    statements.push_back(Statement{std::move(s), std::move(p), std::move(o), std::move(graph)});
}

} // namespace geokg
