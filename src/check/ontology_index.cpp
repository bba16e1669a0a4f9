#include "check/ontology_index.hpp"

#include "check/builtin_terms.hpp"
#include "rdf/namespaces.hpp"

namespace geokg {
namespace {

// The statements by subject, to follow class expressions (owl:unionOf lists).
class SubjectIndex {
public:
    explicit SubjectIndex(const std::vector<Triple>& triples) {
        for (const Triple& t : triples) {
            by_subject_[t.subject].push_back(&t);
        }
    }

    const Term* object_of(const Term& subject, const std::string& predicate) const {
        auto it = by_subject_.find(subject);
        if (it == by_subject_.end()) {
            return nullptr;
        }
        for (const Triple* t : it->second) {
            if (t->predicate.value == predicate) {
                return &t->object;
            }
        }
        return nullptr;
    }

    // A class expression: an IRI, or a blank node with an owl:unionOf list of IRIs.
    std::vector<std::string> alternatives(const Term& expression) const {
        if (expression.kind == TermKind::Iri) {
            return {expression.value};
        }
        std::vector<std::string> classes;
        const Term* list = object_of(expression, ns::term(ns::owl, "unionOf"));
        std::set<Term> seen; // a cyclic list ends where it comes back
        while (list && list->kind != TermKind::Literal && list->value != ns::term(ns::rdf, "nil") &&
               seen.insert(*list).second) {
            if (const Term* first = object_of(*list, ns::term(ns::rdf, "first"));
                first && first->kind == TermKind::Iri) {
                classes.push_back(first->value);
            }
            list = object_of(*list, ns::term(ns::rdf, "rest"));
        }
        return classes;
    }

private:
    std::map<Term, std::vector<const Triple*>> by_subject_;
};

// `s rdf:type o` with both IRIs: a declaration, a property kind or a datatype.
void index_type(OntologyIndex& index, const std::string& s, const std::string& o) {
    index.types[s].insert(o);
    if (is_class_type(o) || is_property_type(o)) {
        index.declared.insert(s);
    }
    if (o == ns::term(ns::owl, "ObjectProperty")) {
        index.object_properties.insert(s);
    } else if (o == ns::term(ns::owl, "DatatypeProperty")) {
        index.datatype_properties.insert(s);
    } else if (o == ns::term(ns::owl, "AnnotationProperty")) {
        index.annotation_properties.insert(s);
    } else if (o == ns::term(ns::rdfs, "Datatype")) {
        index.datatypes.insert(s);
    }
}

// The reflexive, transitive closure of the edges, for every node they name.
std::map<std::string, std::set<std::string>>
closure(const std::multimap<std::string, std::string>& edges) {
    std::set<std::string> nodes;
    for (const auto& [from, to] : edges) {
        nodes.insert(from);
        nodes.insert(to);
    }
    std::map<std::string, std::set<std::string>> result;
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

} // namespace

bool OntologyIndex::is_datatype(const std::string& iri) const {
    return iri.starts_with(ns::xsd) || iri == ns::term(ns::rdfs, "Literal") ||
           iri == ns::term(ns::rdf, "langString") || iri == ns::term(ns::rdf, "PlainLiteral") ||
           datatypes.count(iri) != 0;
}

bool OntologyIndex::is_declared(const std::string& iri) const {
    return declared.count(iri) != 0 || is_builtin_term(iri);
}

std::vector<std::string> OntologyIndex::property_closure(const std::string& property) const {
    auto it = super_properties.find(property);
    if (it == super_properties.end()) {
        return {property};
    }
    return {it->second.begin(), it->second.end()};
}

OntologyIndex index_ontology(const std::vector<Triple>& triples) {
    OntologyIndex index;
    const SubjectIndex subjects(triples);
    std::multimap<std::string, std::string> sub_class, sub_property;
    for (const Triple& t : triples) {
        const std::string& s = t.subject.value;
        const std::string& p = t.predicate.value;
        const bool iri_subject = t.subject.kind == TermKind::Iri;
        const bool iri_object = t.object.kind == TermKind::Iri;
        if (!iri_subject) {
            continue;
        }
        if (p == ns::rdf_type && iri_object) {
            index_type(index, s, t.object.value);
        } else if (p == ns::term(ns::rdfs, "subClassOf") && iri_object) {
            sub_class.emplace(s, t.object.value);
        } else if (p == ns::term(ns::rdfs, "subPropertyOf") && iri_object) {
            sub_property.emplace(s, t.object.value);
        } else if (p == ns::term(ns::rdfs, "domain") || p == ns::term(ns::rdfs, "range")) {
            auto classes = subjects.alternatives(t.object);
            if (!classes.empty()) {
                (p == ns::term(ns::rdfs, "domain") ? index.domains : index.ranges)[s].push_back(
                    classes);
            }
        }
    }
    index.super_classes = closure(sub_class);
    index.super_properties = closure(sub_property);
    return index;
}

} // namespace geokg
