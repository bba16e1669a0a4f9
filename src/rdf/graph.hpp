#pragma once
// RDF statements as plain data: what the pipeline produces and src/rdf/writer writes.
#include <string>
#include <vector>

namespace geokg {

// Blank nodes exist for naming the data a report is about (check/); geokg's own output names
// every resource with an IRI, and the writer refuses them unless told otherwise.
enum class TermKind { Iri, Blank, Literal };

struct Term {
    TermKind kind = TermKind::Iri;
    std::string value;    // absolute IRI, blank node label, or the literal's lexical form (UTF-8)
    std::string datatype; // absolute datatype IRI for typed literals, else empty
    std::string language; // language tag for language-tagged literals, else empty
    friend auto operator<=>(const Term&, const Term&) = default;
};

Term iri(std::string value);
Term blank(std::string label);
Term literal(std::string value);
Term typed_literal(std::string value, std::string datatype);
Term lang_literal(std::string value, std::string language);

// N-Triples form, for messages: <iri>, _:label, "text" with escapes, "text"@en, "text"^^<type>.
std::string to_ntriples(const Term& term);

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
