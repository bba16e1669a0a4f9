#pragma once
// The one home of the namespace IRIs geokg reads and writes, and their usual prefixes.
#include <array>
#include <string>
#include <string_view>

namespace geokg::ns {

inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view nif =
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr std::string_view sh = "http://www.w3.org/ns/shacl#";
inline constexpr std::string_view gk = "https://w3id.org/geokg/ontology#";

// The two terms compared everywhere (canonical order, labels, types), spelled out once here.
inline constexpr std::string_view rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label";
static_assert(rdf_type.substr(0, rdf.size()) == rdf && rdf_type.substr(rdf.size()) == "type");
static_assert(rdfs_label.substr(0, rdfs.size()) == rdfs &&
              rdfs_label.substr(rdfs.size()) == "label");

// A term of a namespace: term(ns::owl, "Class").
inline std::string term(std::string_view space, std::string_view local) {
    return std::string(space).append(local);
}

// Whether the IRI is that term: is_term(iri, ns::xsd, "boolean"), without building it.
constexpr bool is_term(std::string_view iri, std::string_view space, std::string_view local) {
    return iri.size() == space.size() + local.size() && iri.starts_with(space) &&
           iri.ends_with(local);
}

struct Binding {
    std::string_view prefix; // "rdf"
    std::string_view iri;    // ns::rdf
};

// Every namespace above with its conventional prefix, for messages and prefix declarations.
inline constexpr std::array<Binding, 10> bindings = {{{"rdf", rdf},
                                                      {"rdfs", rdfs},
                                                      {"owl", owl},
                                                      {"xsd", xsd},
                                                      {"skos", skos},
                                                      {"prov", prov},
                                                      {"dcterms", dcterms},
                                                      {"nif", nif},
                                                      {"sh", sh},
                                                      {"gk", gk}}};

} // namespace geokg::ns
