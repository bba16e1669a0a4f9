#pragma once
// `geokg validate`: checks RDF graphs against the ontology (read with Sord in validate.cpp, the
// only file besides lexicon.cpp that sees Sord), one finding per offending statement.
#include "text/error.hpp"

#include <string>
#include <vector>

namespace geokg {

enum class NodeKind { Iri, Blank, Literal };

// An RDF term as read, blank nodes included (validation must be able to name them).
struct Node {
    NodeKind kind = NodeKind::Iri;
    std::string value;    // IRI, blank node label or lexical form
    std::string datatype; // typed literals only
    std::string language; // language-tagged literals only
    friend auto operator<=>(const Node&, const Node&) = default;
};

// N-Triples form: <iri>, _:label, "text" with escapes, "text"@en, "text"^^<datatype>.
std::string to_ntriples(const Node& node);

struct Triple {
    Node subject;
    Node predicate;
    Node object;
    std::string file; // the file it was read from
    friend auto operator<=>(const Triple&, const Triple&) = default;
};

// What a SHACL report calls the finding's sh:sourceConstraintComponent (local names in sh:).
enum class Constraint { Class, Datatype, NodeKind, MinCount, MaxCount, Closed };
std::string constraint_component_iri(Constraint constraint);

struct Finding {
    std::string file;
    Triple triple;       // the statement the finding names
    std::string message; // "undeclared property gk:foo"
    Constraint constraint = Constraint::Class;
    std::string path;      // sh:resultPath: the property concerned (an IRI)
    bool has_value = true; // sh:value is the triple's object (false: missing value)
    friend auto operator<=>(const Finding&, const Finding&) = default;
};

// "FILE: <s> <p> <o>: message" (the command line puts "geokg: " before it)
std::string format_finding(const Finding& finding);

struct ValidationResult {
    std::vector<Finding> findings; // sorted by file (in the given order), then triple
    std::vector<Error> errors;     // unreadable input: where "FILE:LINE:COL" or "FILE"
};

// Loads every file into one model (format by extension: .ttl, .nt, .nq, .trig) and every
// *.ttl of ontology_dir, and checks the graph against the ontology. When any file cannot be
// read, the result holds only errors.
ValidationResult validate_files(const std::vector<std::string>& files,
                                const std::string& ontology_dir);

// Every statement of every *.ttl file of dir (sorted by name), read with Sord, for checks of the
// ontology itself (src/lint.cpp). Throws Error "FILE:LINE:COL: message".
std::vector<Triple> read_ontology_triples(const std::string& dir);

// A term of the RDF, RDFS, OWL or XSD vocabularies (declared without being in the ontology).
bool is_builtin_term(const std::string& iri);

} // namespace geokg
