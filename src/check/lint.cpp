// Checks of the ontology as plain data (the statements come from validate.cpp's Sord reader).
#include "check/lint.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace geokg {
namespace {

const std::string rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string rdfs_ns = "http://www.w3.org/2000/01/rdf-schema#";
const std::string owl_ns = "http://www.w3.org/2002/07/owl#";
const std::string sh_ns = "http://www.w3.org/ns/shacl#";
const std::string gk_ns = "https://w3id.org/geokg/ontology#";
const std::string rdf_type = rdf_ns + "type";

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::string gk_name(const std::string& iri) {
    return starts_with(iri, gk_ns) ? "gk:" + iri.substr(gk_ns.size()) : "<" + iri + ">";
}

class Linter {
public:
    explicit Linter(std::vector<Triple> triples) : triples_(std::move(triples)) {
        static const std::set<std::string> property_kinds = {
            rdf_ns + "Property",           owl_ns + "ObjectProperty",
            owl_ns + "DatatypeProperty",   owl_ns + "AnnotationProperty",
            owl_ns + "SymmetricProperty",  owl_ns + "TransitiveProperty",
            owl_ns + "FunctionalProperty", owl_ns + "InverseFunctionalProperty",
            owl_ns + "OntologyProperty"};
        for (const Triple& t : triples_) {
            if (t.subject.kind != NodeKind::Iri) {
                continue;
            }
            const std::string& s = t.subject.value;
            const std::string& p = t.predicate.value;
            if (p == rdf_type && t.object.kind == NodeKind::Iri) {
                const std::string& o = t.object.value;
                if (o == owl_ns + "Class" || o == rdfs_ns + "Class") {
                    classes_.insert(s);
                    declarations_.emplace(s, &t);
                } else if (property_kinds.count(o)) {
                    properties_.insert(s);
                    declarations_.emplace(s, &t);
                }
                if (o == owl_ns + "AnnotationProperty") {
                    annotation_properties_.insert(s);
                }
            }
            has_[s].insert(p);
        }
    }

    std::vector<Finding> run() {
        for (const auto& [term, declaration] : declarations_) {
            if (!starts_with(term, gk_ns)) {
                continue;
            }
            const auto& predicates = has_[term];
            for (const char* needed : {"label", "comment"}) {
                if (!predicates.count(rdfs_ns + needed)) {
                    add(*declaration, std::string("no rdfs:") + needed, rdfs_ns + needed);
                }
            }
            if (properties_.count(term) && !annotation_properties_.count(term)) {
                for (const char* needed : {"domain", "range"}) {
                    if (!predicates.count(rdfs_ns + needed)) {
                        add(*declaration, std::string("no rdfs:") + needed, rdfs_ns + needed);
                    }
                }
            }
        }
        for (const Triple& t : triples_) {
            const std::string& p = t.predicate.value;
            if (starts_with(p, gk_ns) && !properties_.count(p)) {
                add(t, "undeclared property " + gk_name(p), p);
            }
            if (starts_with(p, gk_ns + "trigger") &&
                !(t.subject.kind == NodeKind::Iri && properties_.count(t.subject.value))) {
                add(t, "trigger on an undeclared property", p);
            }
            if (p == gk_ns + "headWord" &&
                !(t.subject.kind == NodeKind::Iri && classes_.count(t.subject.value))) {
                add(t, "head word on an undeclared class", p);
            }
            if (p == rdf_type && t.object.kind == NodeKind::Iri &&
                !classes_.count(t.object.value) && !is_builtin_term(t.object.value) &&
                !starts_with(t.object.value, sh_ns)) {
                add(t, "undeclared class " + gk_name(t.object.value), p);
            }
        }
        std::sort(findings_.begin(), findings_.end());
        findings_.erase(std::unique(findings_.begin(), findings_.end()), findings_.end());
        return std::move(findings_);
    }

private:
    std::vector<Triple> triples_;
    std::set<std::string> classes_, properties_, annotation_properties_;
    std::map<std::string, const Triple*> declarations_; // first declaration of each term
    std::map<std::string, std::set<std::string>> has_;  // predicates of each IRI subject
    std::vector<Finding> findings_;

    void add(const Triple& t, std::string message, const std::string& path) {
        Finding f;
        const bool missing = starts_with(message, "no ");
        f.file = t.file;
        f.triple = t;
        f.message = std::move(message);
        f.path = path;
        f.constraint = missing ? Constraint::MinCount : Constraint::Class;
        f.has_value = !missing;
        findings_.push_back(std::move(f));
    }
};

} // namespace

LintResult lint_ontology(const std::string& ontology_dir) {
    LintResult result;
    std::vector<Triple> triples;
    try {
        triples = read_ontology_triples(ontology_dir);
    } catch (const Error& e) {
        result.errors.push_back(e);
        return result;
    }
    result.findings = Linter(std::move(triples)).run();
    return result;
}

} // namespace geokg
