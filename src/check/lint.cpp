// Checks of the ontology as plain data (the statements come from check/load's Sord reading).
#include "check/lint.hpp"

#include "lexicon/lexicon.hpp"

#include "check/builtin_terms.hpp"
#include "check/load.hpp"
#include "rdf/namespaces.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace geokg {
namespace {

std::string gk_name(const std::string& iri) {
    return iri.starts_with(ns::gk) ? "gk:" + iri.substr(ns::gk.size()) : "<" + iri + ">";
}

class Linter {
public:
    explicit Linter(std::vector<Triple> triples) : triples_(std::move(triples)) {
        for (const Triple& t : triples_) {
            if (t.subject.kind != TermKind::Iri) {
                continue;
            }
            const std::string& s = t.subject.value;
            if (t.predicate.value == ns::rdf_type && t.object.kind == TermKind::Iri) {
                const std::string& o = t.object.value;
                if (is_class_type(o)) {
                    classes_.insert(s);
                    declarations_.emplace(s, &t);
                } else if (is_property_type(o)) {
                    properties_.insert(s);
                    declarations_.emplace(s, &t);
                }
                if (o == ns::term(ns::owl, "AnnotationProperty")) {
                    annotation_properties_.insert(s);
                }
            }
            has_[s].insert(t.predicate.value);
        }
    }

    std::vector<Finding> run() {
        for (const auto& [term, declaration] : declarations_) {
            if (term.starts_with(ns::gk)) {
                check_documented(term, *declaration);
            }
        }
        for (const Triple& t : triples_) {
            check_use(t);
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

    // A gk: class or property has a label and a comment; a property but an annotation property
    // has a domain and a range.
    void check_documented(const std::string& term, const Triple& declaration) {
        const auto& predicates = has_[term];
        std::vector<const char*> needed = {"label", "comment"};
        if (properties_.count(term) && !annotation_properties_.count(term)) {
            needed.insert(needed.end(), {"domain", "range"});
        }
        for (const char* local : needed) {
            const std::string property = ns::term(ns::rdfs, local);
            if (!predicates.count(property)) {
                add(declaration, std::string("no rdfs:") + local, property);
            }
        }
    }

    // gk: properties, triggers, head words and classes are used only where declared.
    void check_use(const Triple& t) {
        const std::string& p = t.predicate.value;
        const bool iri_subject = t.subject.kind == TermKind::Iri;
        if (p.starts_with(ns::gk) && !properties_.count(p)) {
            add(t, "undeclared property " + gk_name(p), p);
        }
        if (p.starts_with(ns::term(ns::gk, "trigger")) &&
            !(iri_subject && properties_.count(t.subject.value))) {
            add(t, "trigger on an undeclared property", p);
        }
        if (p == ns::term(ns::gk, "headWord") &&
            !(iri_subject && classes_.count(t.subject.value))) {
            add(t, "head word on an undeclared class", p);
        }
        if (p == ns::rdf_type && t.object.kind == TermKind::Iri &&
            !classes_.count(t.object.value) && !is_builtin_term(t.object.value) &&
            !t.object.value.starts_with(ns::sh)) {
            add(t, "undeclared class " + gk_name(t.object.value), p);
        }
    }

    void add(const Triple& t, std::string message, const std::string& path) {
        Finding f;
        const bool missing = message.starts_with("no ");
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
    // What the extraction itself refuses (a missing word class, a trigger on a property
    // without an event class, no relation at all): the ontology is unusable as it is.
    try {
        load_lexicon(ontology_dir);
    } catch (const Error& e) {
        result.unusable.push_back(e);
    }
    return result;
}

} // namespace geokg
