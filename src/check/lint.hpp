#pragma once
// `geokg lint`: checks of the ontology itself, reported like validation findings.
#include "check/finding.hpp"
#include "text/error.hpp"

#include <string>
#include <vector>

namespace geokg {

struct LintResult {
    std::vector<Finding> findings; // sorted by file, then triple
    std::vector<Error> unusable;   // what extraction refuses in it: a findings too
    std::vector<Error> errors;     // unreadable ontology files
};

// Reads every *.ttl of ontology_dir and checks that: every class and property of the gk:
// namespace has an rdfs:label and an rdfs:comment; every gk: property except annotation
// properties has an rdfs:domain and an rdfs:range; every gk: property used is declared; every
// trigger annotation (gk:trigger...) sits on a declared property and every gk:headWord on a
// declared class; every resource typed with a class (gazetteer entries, individuals) is typed
// with a declared class (or a term of the RDF, RDFS, OWL, XSD or SHACL vocabularies).
LintResult lint_ontology(const std::string& ontology_dir);

} // namespace geokg
