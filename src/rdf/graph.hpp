#pragma once
// RDF statements as plain data: what the pipeline produces and src/rdf_writer writes.
#include <string>
#include <vector>

namespace geokg {

enum class TermKind { Iri, Literal };

struct Term {
    TermKind kind = TermKind::Iri;
    std::string value;    // absolute IRI, or the literal's lexical form (UTF-8)
    std::string datatype; // absolute datatype IRI for typed literals, else empty
    std::string language; // language tag for language-tagged literals, else empty
    friend auto operator<=>(const Term&, const Term&) = default;
};

Term iri(std::string value);
Term literal(std::string value);
Term typed_literal(std::string value, std::string datatype);
Term lang_literal(std::string value, std::string language);

struct Statement {
    Term subject;
    Term predicate;
    Term object;
    std::string graph; // named graph IRI, empty for the default graph
    friend auto operator<=>(const Statement&, const Statement&) = default;
};

struct Graph {
    std::vector<Statement> statements;
    void add(Term s, Term p, Term o, std::string graph = {});
};

} // namespace geokg
