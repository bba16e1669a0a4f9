#pragma once
// The terms of the W3C vocabularies (RDF, RDFS, OWL, XSD) that count as declared without being
// in the ontology.
#include <string_view>

namespace geokg {

// rdf:type, rdfs:label, owl:Class, xsd:date, ...; and rdf:_1, rdf:_2, ... (container members).
bool is_builtin_term(std::string_view iri);

// The types that declare a class (owl:Class, rdfs:Class) or a property (rdf:Property and the
// OWL property kinds).
bool is_class_type(std::string_view iri);
bool is_property_type(std::string_view iri);

} // namespace geokg
