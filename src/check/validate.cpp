// Validation of RDF graphs against the ontology: both are read with Sord, the ontology is
// turned into plain lookup tables, and every statement of every file is checked against them.
#include "check/validate.hpp"
#include "lexicon/lexicon.hpp"
#include "rdf/format.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/sord_reader.hpp"

#include "rdf/iri.hpp"
#include "rdf/xsd.hpp"

#include <sord/sord.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace geokg {
namespace {

const std::string rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string rdfs_ns = "http://www.w3.org/2000/01/rdf-schema#";
const std::string owl_ns = "http://www.w3.org/2002/07/owl#";
const std::string xsd_ns = "http://www.w3.org/2001/XMLSchema#";
const std::string sh_ns = "http://www.w3.org/ns/shacl#";
const std::string gk_ns = "https://w3id.org/geokg/ontology#";
const std::string nif_ns = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

const std::string rdf_type = rdf_ns + "type";
const std::string rdfs_label = rdfs_ns + "label";

Node node_of(const SordNode* n) {
    Node node;
    node.value = reinterpret_cast<const char*>(sord_node_get_string(n));
    switch (sord_node_get_type(n)) {
    case SORD_URI:
        node.kind = NodeKind::Iri;
        break;
    case SORD_BLANK:
        node.kind = NodeKind::Blank;
        break;
    case SORD_LITERAL:
        node.kind = NodeKind::Literal;
        if (const SordNode* dt = sord_node_get_datatype(n)) {
            node.datatype = reinterpret_cast<const char*>(sord_node_get_string(dt));
        }
        if (const char* lang = sord_node_get_language(n)) {
            node.language = lang;
        }
        break;
    }
    return node;
}

// Every statement of the model (graph names dropped: findings name triples).
std::vector<Triple> triples_of(SordModel* model, const std::string& file,
                               std::vector<Node>* graphs = nullptr) {
    std::vector<Triple> triples;
    IterPtr iter(sord_begin(model));
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        SordQuad quad;
        sord_iter_get(iter.get(), quad);
        triples.push_back(Triple{node_of(quad[SORD_SUBJECT]), node_of(quad[SORD_PREDICATE]),
                                 node_of(quad[SORD_OBJECT]), file});
        if (graphs) {
            graphs->push_back(quad[SORD_GRAPH] ? node_of(quad[SORD_GRAPH]) : Node{});
        }
    }
    return triples;
}

// The ontology's files, as the lexicon loader reads them.
std::vector<std::string> ontology_turtle_files(const std::string& dir) {
    try {
        return ontology_files(dir);
    } catch (const LexiconError& e) {
        throw Error(e.what());
    }
}

std::vector<Triple> read_ontology(SordWorld* world, const std::string& dir) {
    std::vector<Triple> all;
    const std::vector<std::string> files = ontology_turtle_files(dir);
    for (std::size_t i = 0; i < files.size(); ++i) {
        ModelPtr model(sord_new(world, SORD_SPO, false));
        // Blank node labels are per file: keep the files' unionOf lists apart.
        read_rdf_file(world, model.get(), files[i], RdfFormat::Turtle,
                      {"geokg_ontology_" + std::to_string(i) + "_", false});
        auto triples = triples_of(model.get(), files[i]);
        all.insert(all.end(), triples.begin(), triples.end());
    }
    return all;
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// Terms of the W3C vocabularies that count as declared without being in the ontology.
const std::set<std::string>& builtin_terms() {
    static const std::set<std::string> terms = [] {
        std::set<std::string> t;
        for (const char* n : {"type", "Property", "Statement", "subject", "predicate", "object",
                              "value", "first", "rest", "nil", "List", "langString", "HTML",
                              "XMLLiteral", "PlainLiteral", "JSON", "Alt", "Bag", "Seq"}) {
            t.insert(rdf_ns + n);
        }
        for (const char* n : {"Resource", "Class", "subClassOf", "subPropertyOf", "comment",
                              "label", "domain", "range", "seeAlso", "isDefinedBy", "Literal",
                              "Container", "ContainerMembershipProperty", "member", "Datatype"}) {
            t.insert(rdfs_ns + n);
        }
        for (const char* n : {"Class",
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
                              "bottomDataProperty"}) {
            t.insert(owl_ns + n);
        }
        for (const char* n : {"string",
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
                              "unsignedByte"}) {
            t.insert(xsd_ns + n);
        }
        return t;
    }();
    return terms;
}

bool is_builtin(const std::string& iri) {
    // rdf:_1, rdf:_2, ...: container membership properties.
    return builtin_terms().count(iri) != 0 ||
           (starts_with(iri, rdf_ns + "_") && iri.size() > rdf_ns.size() + 1);
}

// Prefixed names for messages (the triple itself is written in full).
std::string compact(const std::string& iri) {
    static const std::pair<const char*, const std::string*> prefixes[] = {
        {"gk", &gk_ns},   {"rdf", &rdf_ns}, {"rdfs", &rdfs_ns},
        {"owl", &owl_ns}, {"xsd", &xsd_ns}, {"nif", &nif_ns},
    };
    static const std::pair<const char*, const char*> others[] = {
        {"skos", "http://www.w3.org/2004/02/skos/core#"},
        {"prov", "http://www.w3.org/ns/prov#"},
        {"dcterms", "http://purl.org/dc/terms/"},
    };
    for (const auto& [name, ns] : prefixes) {
        if (iri.size() > ns->size() && starts_with(iri, *ns) &&
            iri.find_first_of("/#", ns->size()) == std::string::npos) {
            return std::string(name) + ":" + iri.substr(ns->size());
        }
    }
    for (const auto& [name, ns] : others) {
        const std::string_view n = ns;
        if (iri.size() > n.size() && starts_with(iri, n) &&
            iri.find_first_of("/#", n.size()) == std::string::npos) {
            return std::string(name) + ":" + iri.substr(n.size());
        }
    }
    return "<" + iri + ">";
}

std::string join_alternatives(const std::vector<std::string>& classes) {
    std::string out;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        if (i > 0) {
            out += " or ";
        }
        out += compact(classes[i]);
    }
    return out;
}

// The ontology as lookup tables.
struct OntologyIndex {
    std::set<std::string> declared;
    std::set<std::string> object_properties, datatype_properties, annotation_properties;
    std::set<std::string> datatypes;                               // typed rdfs:Datatype
    std::map<std::string, std::set<std::string>> super_classes;    // reflexive, transitive
    std::map<std::string, std::set<std::string>> super_properties; // reflexive, transitive
    // Each rdfs:domain (rdfs:range) statement as its list of alternative classes.
    std::map<std::string, std::vector<std::vector<std::string>>> domains, ranges;
    std::map<std::string, std::set<std::string>> types; // of the ontology's own resources

    bool is_datatype(const std::string& iri) const {
        return starts_with(iri, xsd_ns) || iri == rdfs_ns + "Literal" ||
               iri == rdf_ns + "langString" || iri == rdf_ns + "PlainLiteral" ||
               datatypes.count(iri) != 0;
    }
    bool is_declared(const std::string& iri) const {
        return declared.count(iri) != 0 || is_builtin(iri);
    }
};

std::map<std::string, std::set<std::string>>
closure(const std::multimap<std::string, std::string>& edges) {
    std::map<std::string, std::set<std::string>> result;
    std::set<std::string> nodes;
    for (const auto& [from, to] : edges) {
        nodes.insert(from);
        nodes.insert(to);
    }
    for (const std::string& start : nodes) {
        std::set<std::string>& reached = result[start];
        std::vector<std::string> todo{start};
        reached.insert(start);
        while (!todo.empty()) {
            const std::string at = todo.back();
            todo.pop_back();
            auto [lo, hi] = edges.equal_range(at);
            for (auto it = lo; it != hi; ++it) {
                if (reached.insert(it->second).second) {
                    todo.push_back(it->second);
                }
            }
        }
    }
    return result;
}

OntologyIndex index_ontology(const std::vector<Triple>& triples) {
    OntologyIndex index;
    std::map<Node, std::vector<const Triple*>> by_subject;
    for (const Triple& t : triples) {
        by_subject[t.subject].push_back(&t);
    }
    auto object_of = [&](const Node& s, const std::string& p) -> const Node* {
        auto it = by_subject.find(s);
        if (it == by_subject.end()) {
            return nullptr;
        }
        for (const Triple* t : it->second) {
            if (t->predicate.value == p) {
                return &t->object;
            }
        }
        return nullptr;
    };
    // A class expression: an IRI, or a blank node with an owl:unionOf list of IRIs.
    auto alternatives = [&](const Node& expr) {
        std::vector<std::string> classes;
        if (expr.kind == NodeKind::Iri) {
            classes.push_back(expr.value);
            return classes;
        }
        const Node* list = object_of(expr, owl_ns + "unionOf");
        std::set<Node> seen;
        while (list && list->kind != NodeKind::Literal && list->value != rdf_ns + "nil" &&
               seen.insert(*list).second) {
            if (const Node* first = object_of(*list, rdf_ns + "first");
                first && first->kind == NodeKind::Iri) {
                classes.push_back(first->value);
            }
            list = object_of(*list, rdf_ns + "rest");
        }
        return classes;
    };
    static const std::set<std::string> class_kinds = {owl_ns + "Class", rdfs_ns + "Class"};
    static const std::set<std::string> property_kinds = {
        rdf_ns + "Property",           owl_ns + "ObjectProperty",
        owl_ns + "DatatypeProperty",   owl_ns + "AnnotationProperty",
        owl_ns + "SymmetricProperty",  owl_ns + "TransitiveProperty",
        owl_ns + "FunctionalProperty", owl_ns + "InverseFunctionalProperty",
        owl_ns + "OntologyProperty"};
    std::multimap<std::string, std::string> sub_class, sub_property;
    for (const Triple& t : triples) {
        const std::string& s = t.subject.value;
        const std::string& p = t.predicate.value;
        const std::string& o = t.object.value;
        const bool iri_subject = t.subject.kind == NodeKind::Iri;
        const bool iri_object = t.object.kind == NodeKind::Iri;
        if (p == rdf_type && iri_subject && iri_object) {
            index.types[s].insert(o);
            if (class_kinds.count(o) || property_kinds.count(o)) {
                index.declared.insert(s);
            }
            if (o == owl_ns + "ObjectProperty") {
                index.object_properties.insert(s);
            } else if (o == owl_ns + "DatatypeProperty") {
                index.datatype_properties.insert(s);
            } else if (o == owl_ns + "AnnotationProperty") {
                index.annotation_properties.insert(s);
            } else if (o == rdfs_ns + "Datatype") {
                index.datatypes.insert(s);
            }
        } else if (p == rdfs_ns + "subClassOf" && iri_subject && iri_object) {
            sub_class.emplace(s, o);
        } else if (p == rdfs_ns + "subPropertyOf" && iri_subject && iri_object) {
            sub_property.emplace(s, o);
        } else if ((p == rdfs_ns + "domain" || p == rdfs_ns + "range") && iri_subject) {
            auto classes = alternatives(t.object);
            if (!classes.empty()) {
                (p == rdfs_ns + "domain" ? index.domains : index.ranges)[s].push_back(classes);
            }
        }
    }
    index.super_classes = closure(sub_class);
    index.super_properties = closure(sub_property);
    return index;
}

// Checks the data graph: per statement, then per resource.
class Checker {
public:
    Checker(const OntologyIndex& ontology, SordWorld* world, SordModel* data)
        : ontology_(ontology), world_(world), data_(data) {
        type_node_ = sord_new_uri(world_, reinterpret_cast<const uint8_t*>(rdf_type.c_str()));
        label_node_ = sord_new_uri(world_, reinterpret_cast<const uint8_t*>(rdfs_label.c_str()));
    }
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;
    ~Checker() {
        sord_node_free(world_, type_node_);
        sord_node_free(world_, label_node_);
    }

    void check_statement(const Triple& t, const Node& graph) {
        check_node_syntax(t, t.subject);
        check_node_syntax(t, t.predicate);
        check_node_syntax(t, t.object);
        if (graph.kind == NodeKind::Iri && !graph.value.empty() && !is_valid_iri(graph.value)) {
            add(t, "invalid graph IRI <" + graph.value + ">", Constraint::NodeKind);
        }
        if (t.object.kind == NodeKind::Literal && !t.object.datatype.empty() &&
            !is_valid_lexical_form(t.object.value, t.object.datatype)) {
            add(t, "\"" + t.object.value + "\" is not a valid " + compact(t.object.datatype),
                Constraint::Datatype);
        }
        const std::string& p = t.predicate.value;
        if (!ontology_.is_declared(p)) {
            add(t, "undeclared property " + compact(p), Constraint::Closed);
            return;
        }
        if (p == rdf_type && t.object.kind == NodeKind::Iri &&
            !ontology_.is_declared(t.object.value)) {
            add(t, "undeclared class " + compact(t.object.value), Constraint::Class);
        }
        check_node_kind(t);
        check_domain(t);
        check_range(t);
    }

    // Entities and events (typed with a gk: class, not NIF text) need exactly one label.
    void check_labels(const std::vector<std::pair<std::string, SordModel*>>& files) {
        IterPtr iter(sord_search(data_, nullptr, type_node_, nullptr, nullptr));
        std::map<const SordNode*, const SordNode*> first_gk_type;
        std::set<const SordNode*> nif;
        for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
            const SordNode* s = sord_iter_get_node(iter.get(), SORD_SUBJECT);
            const SordNode* o = sord_iter_get_node(iter.get(), SORD_OBJECT);
            if (sord_node_get_type(o) != SORD_URI) {
                continue;
            }
            const std::string cls = reinterpret_cast<const char*>(sord_node_get_string(o));
            if (starts_with(cls, nif_ns)) {
                nif.insert(s);
            } else if (starts_with(cls, gk_ns) && !first_gk_type.count(s)) {
                first_gk_type.emplace(s, o);
            }
        }
        for (const auto& [s, cls] : first_gk_type) {
            if (nif.count(s)) {
                continue;
            }
            std::vector<const SordNode*> labels;
            IterPtr li(sord_search(data_, s, label_node_, nullptr, nullptr));
            for (; li && !sord_iter_end(li.get()); sord_iter_next(li.get())) {
                labels.push_back(sord_iter_get_node(li.get(), SORD_OBJECT));
            }
            if (labels.size() == 1) {
                continue;
            }
            const SordNode* object = labels.empty() ? cls : labels[1];
            const SordNode* predicate = labels.empty() ? type_node_ : label_node_;
            Triple t{node_of(s), node_of(predicate), node_of(object), ""};
            t.file = file_containing(files, s, predicate, object);
            Finding f;
            f.file = t.file;
            f.triple = t;
            f.path = rdfs_label;
            if (labels.empty()) {
                f.message = "no rdfs:label, exactly one expected";
                f.constraint = Constraint::MinCount;
                f.has_value = false;
            } else {
                f.message =
                    std::to_string(labels.size()) + " rdfs:label values, exactly one expected";
                f.constraint = Constraint::MaxCount;
            }
            findings_.insert(std::move(f));
        }
    }

    std::set<Finding> take() { return std::move(findings_); }

private:
    const OntologyIndex& ontology_;
    SordWorld* world_;
    SordModel* data_;
    SordNode* type_node_ = nullptr;
    SordNode* label_node_ = nullptr;
    std::set<Finding> findings_;
    std::map<std::string, std::set<std::string>> data_types_; // cache

    void add(const Triple& t, std::string message, Constraint constraint) {
        Finding f;
        f.file = t.file;
        f.triple = t;
        f.message = std::move(message);
        f.constraint = constraint;
        f.path = t.predicate.value;
        findings_.insert(std::move(f));
    }

    void check_node_syntax(const Triple& t, const Node& n) {
        if (n.kind == NodeKind::Blank) {
            add(t, "blank node _:" + n.value + " (geokg output names every resource with an IRI)",
                Constraint::NodeKind);
        } else if (n.kind == NodeKind::Iri && !is_valid_iri(n.value)) {
            add(t, "invalid IRI <" + n.value + ">", Constraint::NodeKind);
        } else if (n.kind == NodeKind::Literal && !n.datatype.empty() &&
                   !is_valid_iri(n.datatype)) {
            add(t, "invalid datatype IRI <" + n.datatype + ">", Constraint::NodeKind);
        } else if (n.kind == NodeKind::Literal && !n.language.empty() &&
                   !is_valid_language_tag(n.language)) {
            add(t, "invalid language tag @" + n.language, Constraint::Datatype);
        }
    }

    std::string sord_string(const SordNode* n) {
        return reinterpret_cast<const char*>(sord_node_get_string(n));
    }

    // Types of a resource: stated in the data, or in the ontology (gk:Reported a gk:Status).
    const std::set<std::string>& types_of(const Node& n) {
        const std::string key = (n.kind == NodeKind::Blank ? "_:" : "") + n.value;
        if (auto it = data_types_.find(key); it != data_types_.end()) {
            return it->second;
        }
        std::set<std::string>& types = data_types_[key];
        if (n.kind == NodeKind::Iri) {
            if (auto it = ontology_.types.find(n.value); it != ontology_.types.end()) {
                types.insert(it->second.begin(), it->second.end());
            }
        }
        SordNode* node =
            n.kind == NodeKind::Iri
                ? sord_new_uri(world_, reinterpret_cast<const uint8_t*>(n.value.c_str()))
                : sord_new_blank(world_, reinterpret_cast<const uint8_t*>(n.value.c_str()));
        IterPtr iter(sord_search(data_, node, type_node_, nullptr, nullptr));
        for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
            const SordNode* o = sord_iter_get_node(iter.get(), SORD_OBJECT);
            if (sord_node_get_type(o) == SORD_URI) {
                types.insert(sord_string(o));
            }
        }
        sord_node_free(world_, node);
        return types;
    }

    bool is_instance(const Node& n, const std::vector<std::string>& classes) {
        for (const std::string& type : types_of(n)) {
            for (const std::string& cls : classes) {
                if (type == cls || cls == rdfs_ns + "Resource" || cls == owl_ns + "Thing") {
                    return true;
                }
                auto it = ontology_.super_classes.find(type);
                if (it != ontology_.super_classes.end() && it->second.count(cls)) {
                    return true;
                }
            }
        }
        return false;
    }

    // The property and every property above it (domains and ranges are inherited).
    std::vector<std::string> property_closure(const std::string& p) const {
        auto it = ontology_.super_properties.find(p);
        if (it == ontology_.super_properties.end()) {
            return {p};
        }
        return {it->second.begin(), it->second.end()};
    }

    enum class Expect { Any, Resource, Literal };

    Expect expected_kind(const std::string& p) const {
        static const std::set<std::string> resource_builtins = {rdf_type,
                                                                rdfs_ns + "subClassOf",
                                                                rdfs_ns + "subPropertyOf",
                                                                rdfs_ns + "domain",
                                                                rdfs_ns + "range",
                                                                rdfs_ns + "seeAlso",
                                                                rdfs_ns + "isDefinedBy",
                                                                rdf_ns + "first",
                                                                rdf_ns + "rest"};
        static const std::set<std::string> literal_builtins = {rdfs_label, rdfs_ns + "comment"};
        for (const std::string& q : property_closure(p)) {
            if (ontology_.object_properties.count(q) || resource_builtins.count(q)) {
                return Expect::Resource;
            }
            if (ontology_.datatype_properties.count(q) || literal_builtins.count(q)) {
                return Expect::Literal;
            }
        }
        return Expect::Any;
    }

    bool kind_reported_ = false; // for the statement being checked

    void check_node_kind(const Triple& t) {
        kind_reported_ = false;
        const Expect expect = expected_kind(t.predicate.value);
        const bool literal = t.object.kind == NodeKind::Literal;
        if (expect == Expect::Resource && literal) {
            add(t, "literal where " + compact(t.predicate.value) + " expects a resource",
                Constraint::NodeKind);
            kind_reported_ = true;
        } else if (expect == Expect::Literal && !literal) {
            add(t, "resource where " + compact(t.predicate.value) + " expects a literal",
                Constraint::NodeKind);
            kind_reported_ = true;
        }
    }

    void check_domain(const Triple& t) {
        for (const std::string& q : property_closure(t.predicate.value)) {
            auto it = ontology_.domains.find(q);
            if (it == ontology_.domains.end()) {
                continue;
            }
            for (const auto& classes : it->second) {
                if (!is_instance(t.subject, classes)) {
                    add(t,
                        "subject is not a " + join_alternatives(classes) + " (domain of " +
                            compact(q) + ")",
                        Constraint::Class);
                }
            }
        }
    }

    static std::string effective_datatype(const Node& literal) {
        if (!literal.datatype.empty()) {
            return literal.datatype;
        }
        return literal.language.empty() ? xsd_ns + "string" : rdf_ns + "langString";
    }

    void check_range(const Triple& t) {
        for (const std::string& q : property_closure(t.predicate.value)) {
            auto it = ontology_.ranges.find(q);
            if (it == ontology_.ranges.end()) {
                continue;
            }
            for (const auto& classes : it->second) {
                const bool datatype_range =
                    std::all_of(classes.begin(), classes.end(),
                                [&](const std::string& c) { return ontology_.is_datatype(c); });
                const bool literal = t.object.kind == NodeKind::Literal;
                if (datatype_range) {
                    if (!literal) {
                        if (!kind_reported_) {
                            add(t, "resource where " + compact(q) + " expects a literal",
                                Constraint::NodeKind);
                            kind_reported_ = true;
                        }
                        continue;
                    }
                    const std::string dt = effective_datatype(t.object);
                    const bool ok =
                        std::any_of(classes.begin(), classes.end(), [&](const std::string& c) {
                            return c == dt || c == rdfs_ns + "Literal" ||
                                   (c == rdf_ns + "PlainLiteral" && t.object.datatype.empty());
                        });
                    if (!ok) {
                        add(t,
                            "datatype " + compact(dt) + " where " + compact(q) + " expects " +
                                join_alternatives(classes),
                            Constraint::Datatype);
                    }
                } else if (literal) {
                    if (!kind_reported_) {
                        add(t, "literal where " + compact(q) + " expects a resource",
                            Constraint::NodeKind);
                        kind_reported_ = true;
                    }
                } else if (!is_instance(t.object, classes)) {
                    add(t,
                        "object is not a " + join_alternatives(classes) + " (range of " +
                            compact(q) + ")",
                        Constraint::Class);
                }
            }
        }
    }

    std::string file_containing(const std::vector<std::pair<std::string, SordModel*>>& files,
                                const SordNode* s, const SordNode* p, const SordNode* o) {
        for (const auto& [name, model] : files) {
            IterPtr iter(sord_search(model, s, p, o, nullptr));
            if (iter && !sord_iter_end(iter.get())) {
                return name;
            }
        }
        return files.empty() ? std::string() : files.front().first;
    }
};

} // namespace

bool is_builtin_term(const std::string& iri) {
    return is_builtin(iri);
}

std::string to_ntriples(const Node& node) {
    switch (node.kind) {
    case NodeKind::Iri:
        return "<" + node.value + ">";
    case NodeKind::Blank:
        return "_:" + node.value;
    case NodeKind::Literal:
        break;
    }
    std::string out = "\"";
    for (const char c : node.value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    out += "\"";
    if (!node.language.empty()) {
        out += "@" + node.language;
    } else if (!node.datatype.empty()) {
        out += "^^<" + node.datatype + ">";
    }
    return out;
}

std::string constraint_component_iri(Constraint constraint) {
    const char* name = "ClassConstraintComponent";
    switch (constraint) {
    case Constraint::Class:
        name = "ClassConstraintComponent";
        break;
    case Constraint::Datatype:
        name = "DatatypeConstraintComponent";
        break;
    case Constraint::NodeKind:
        name = "NodeKindConstraintComponent";
        break;
    case Constraint::MinCount:
        name = "MinCountConstraintComponent";
        break;
    case Constraint::MaxCount:
        name = "MaxCountConstraintComponent";
        break;
    case Constraint::Closed:
        name = "ClosedConstraintComponent";
        break;
    }
    return sh_ns + name;
}

std::string format_finding(const Finding& f) {
    return f.file + ": " + to_ntriples(f.triple.subject) + " " + to_ntriples(f.triple.predicate) +
           " " + to_ntriples(f.triple.object) + ": " + f.message;
}

std::vector<Triple> read_ontology_triples(const std::string& dir) {
    WorldPtr world(sord_world_new());
    if (!world) {
        throw Error(dir, "cannot create an RDF world");
    }
    return read_ontology(world.get(), dir);
}

ValidationResult validate_files(const std::vector<std::string>& files,
                                const std::string& ontology_dir) {
    ValidationResult result;
    WorldPtr world(sord_world_new());
    if (!world) {
        result.errors.emplace_back("cannot create an RDF world");
        return result;
    }
    std::vector<ModelPtr> models;
    std::vector<std::pair<std::string, SordModel*>> named;
    ModelPtr all(sord_new(world.get(), SORD_SPO | SORD_OPS | SORD_POS, false));
    OntologyIndex ontology;
    try {
        ontology = index_ontology(read_ontology(world.get(), ontology_dir));
    } catch (const Error& e) {
        result.errors.push_back(e);
        return result;
    }
    for (const std::string& file : files) {
        const auto format = format_from_extension(file);
        if (!format) {
            result.errors.emplace_back(file, "unknown RDF format (use " + known_extensions() + ")");
            continue;
        }
        ModelPtr model(sord_new(world.get(), SORD_SPO, true));
        try {
            read_rdf_file(world.get(), model.get(), file, *format);
        } catch (const Error& e) {
            result.errors.push_back(e);
            continue;
        }
        IterPtr iter(sord_begin(model.get()));
        for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
            SordQuad quad;
            sord_iter_get(iter.get(), quad);
            quad[SORD_GRAPH] = nullptr;
            sord_add(all.get(), quad);
        }
        named.emplace_back(file, model.get());
        models.push_back(std::move(model));
    }
    if (!result.errors.empty()) {
        return result;
    }
    Checker checker(ontology, world.get(), all.get());
    for (const auto& [file, model] : named) {
        std::vector<Node> graphs;
        const std::vector<Triple> triples = triples_of(model, file, &graphs);
        for (std::size_t i = 0; i < triples.size(); ++i) {
            checker.check_statement(triples[i], graphs[i]);
        }
    }
    checker.check_labels(named);
    std::set<Finding> found = checker.take();
    result.findings.assign(found.begin(), found.end());
    // Files in the order given, then by statement.
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < files.size(); ++i) {
        order.emplace(files[i], i);
    }
    std::stable_sort(
        result.findings.begin(), result.findings.end(),
        [&](const Finding& a, const Finding& b) { return order[a.file] < order[b.file]; });
    return result;
}

} // namespace geokg
