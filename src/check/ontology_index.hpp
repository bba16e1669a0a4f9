#pragma once
// The ontology as lookup tables for the checks: declared terms, property kinds, datatypes, the
// class and property hierarchies (closed), domains and ranges.
#include "check/finding.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace geokg {

struct OntologyIndex {
    std::set<std::string> declared;
    std::set<std::string> object_properties, datatype_properties, annotation_properties;
    std::set<std::string> datatypes;                               // typed rdfs:Datatype
    std::map<std::string, std::set<std::string>> super_classes;    // reflexive, transitive
    std::map<std::string, std::set<std::string>> super_properties; // reflexive, transitive
    // Each rdfs:domain (rdfs:range) statement as its list of alternative classes.
    std::map<std::string, std::vector<std::vector<std::string>>> domains, ranges;
    std::map<std::string, std::set<std::string>> types; // of the ontology's own resources

    // An XSD type, rdfs:Literal, rdf:langString, rdf:PlainLiteral or a declared rdfs:Datatype.
    bool is_datatype(const std::string& iri) const;
    // Declared as a class or property by the ontology, or a built-in W3C term.
    bool is_declared(const std::string& iri) const;
    // The property and every property above it (domains and ranges are inherited).
    std::vector<std::string> property_closure(const std::string& property) const;
};

// Indexes the ontology's statements. A domain or range is an IRI, or a blank node with an
// owl:unionOf list of IRIs (the alternatives).
OntologyIndex index_ontology(const std::vector<Triple>& triples);

} // namespace geokg
