#include "check/builtin_terms.hpp"

#include "rdf/namespaces.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <string>

namespace geokg {
namespace {

constexpr std::string_view rdf_terms[] = {
    "type",         "Property", "Statement", "subject", "predicate",  "object", "value",
    "first",        "rest",     "nil",       "List",    "langString", "HTML",   "XMLLiteral",
    "PlainLiteral", "JSON",     "Alt",       "Bag",     "Seq"};

constexpr std::string_view rdfs_terms[] = {"Resource",
                                           "Class",
                                           "subClassOf",
                                           "subPropertyOf",
                                           "comment",
                                           "label",
                                           "domain",
                                           "range",
                                           "seeAlso",
                                           "isDefinedBy",
                                           "Literal",
                                           "Container",
                                           "ContainerMembershipProperty",
                                           "member",
                                           "Datatype"};

constexpr std::string_view owl_terms[] = {"Class",
                                          "Thing",
                                          "Nothing",
                                          "NamedIndividual",
                                          "Ontology",
                                          "ObjectProperty",
                                          "DatatypeProperty",
                                          "AnnotationProperty",
                                          "OntologyProperty",
                                          "FunctionalProperty",
                                          "InverseFunctionalProperty",
                                          "SymmetricProperty",
                                          "AsymmetricProperty",
                                          "TransitiveProperty",
                                          "ReflexiveProperty",
                                          "IrreflexiveProperty",
                                          "Restriction",
                                          "AllDisjointClasses",
                                          "AllDifferent",
                                          "Axiom",
                                          "DeprecatedClass",
                                          "DeprecatedProperty",
                                          "equivalentClass",
                                          "equivalentProperty",
                                          "sameAs",
                                          "differentFrom",
                                          "disjointWith",
                                          "inverseOf",
                                          "unionOf",
                                          "intersectionOf",
                                          "complementOf",
                                          "oneOf",
                                          "onProperty",
                                          "someValuesFrom",
                                          "allValuesFrom",
                                          "hasValue",
                                          "minCardinality",
                                          "maxCardinality",
                                          "cardinality",
                                          "versionInfo",
                                          "versionIRI",
                                          "imports",
                                          "priorVersion",
                                          "backwardCompatibleWith",
                                          "incompatibleWith",
                                          "deprecated",
                                          "members",
                                          "distinctMembers",
                                          "topObjectProperty",
                                          "topDataProperty",
                                          "bottomObjectProperty",
                                          "bottomDataProperty"};

constexpr std::string_view xsd_terms[] = {"string",
                                          "boolean",
                                          "decimal",
                                          "integer",
                                          "double",
                                          "float",
                                          "date",
                                          "time",
                                          "dateTime",
                                          "dateTimeStamp",
                                          "duration",
                                          "gYear",
                                          "gYearMonth",
                                          "gMonth",
                                          "gMonthDay",
                                          "gDay",
                                          "hexBinary",
                                          "base64Binary",
                                          "anyURI",
                                          "language",
                                          "token",
                                          "normalizedString",
                                          "Name",
                                          "NCName",
                                          "NMTOKEN",
                                          "long",
                                          "int",
                                          "short",
                                          "byte",
                                          "nonNegativeInteger",
                                          "positiveInteger",
                                          "nonPositiveInteger",
                                          "negativeInteger",
                                          "unsignedLong",
                                          "unsignedInt",
                                          "unsignedShort",
                                          "unsignedByte"};

constexpr std::string_view owl_property_types[] = {
    "ObjectProperty",     "DatatypeProperty",   "AnnotationProperty",        "SymmetricProperty",
    "TransitiveProperty", "FunctionalProperty", "InverseFunctionalProperty", "OntologyProperty"};

const std::set<std::string, std::less<>>& builtin_terms() {
    static const std::set<std::string, std::less<>> terms = [] {
        std::set<std::string, std::less<>> all;
        const auto add = [&](std::string_view space, const auto& locals) {
            for (const std::string_view local : locals) {
                all.insert(std::string(space).append(local));
            }
        };
        add(ns::rdf, rdf_terms);
        add(ns::rdfs, rdfs_terms);
        add(ns::owl, owl_terms);
        add(ns::xsd, xsd_terms);
        return all;
    }();
    return terms;
}

} // namespace

bool is_builtin_term(std::string_view iri) {
    // rdf:_1, rdf:_2, ...: container membership properties.
    const bool member =
        iri.size() > ns::rdf.size() + 1 && iri.starts_with(ns::rdf) && iri[ns::rdf.size()] == '_';
    return member || builtin_terms().count(iri) != 0;
}

bool is_class_type(std::string_view iri) {
    return ns::is_term(iri, ns::owl, "Class") || ns::is_term(iri, ns::rdfs, "Class");
}

bool is_property_type(std::string_view iri) {
    return ns::is_term(iri, ns::rdf, "Property") ||
           std::any_of(std::begin(owl_property_types), std::end(owl_property_types),
                       [&](std::string_view local) { return ns::is_term(iri, ns::owl, local); });
}

} // namespace geokg
