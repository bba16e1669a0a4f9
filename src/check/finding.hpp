#pragma once
// What `geokg validate` and `geokg lint` report: one finding per offending statement.
#include "rdf/graph.hpp"

#include <string>
#include <vector>

namespace geokg {

// A statement as read, blank nodes included (a finding must be able to name them).
struct Triple {
    Term subject;
    Term predicate;
    Term object;
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

// An IRI for a message: a prefixed name in a namespace of rdf/namespaces.hpp, else <iri>.
std::string compact_iri(const std::string& iri);

// Alternative classes for a message: "gk:Country or gk:Organization".
std::string join_alternatives(const std::vector<std::string>& classes);

} // namespace geokg
