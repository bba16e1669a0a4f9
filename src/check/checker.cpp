#include "check/checker.hpp"

#include "check/builtin_terms.hpp"
#include "rdf/iri.hpp"
#include "rdf/namespaces.hpp"
#include "rdf/xsd.hpp"

#include <algorithm>

namespace geokg {
namespace {

SordNodePtr uri_node(SordWorld* world, std::string_view iri) {
    const std::string text(iri);
    return SordNodePtr(sord_new_uri(world, reinterpret_cast<const uint8_t*>(text.c_str())),
                       SordNodeFree{world});
}

std::string effective_datatype(const Term& literal) {
    if (!literal.datatype.empty()) {
        return literal.datatype;
    }
    return literal.language.empty() ? ns::term(ns::xsd, "string") : ns::term(ns::rdf, "langString");
}

// The file of the first model holding the statement (the data is one graph across files).
std::string file_containing(const std::vector<DataFile>& files, const SordNode* s,
                            const SordNode* p, const SordNode* o) {
    for (const DataFile& file : files) {
        IterPtr iter(sord_search(file.model.get(), s, p, o, nullptr));
        if (iter && !sord_iter_end(iter.get())) {
            return file.path;
        }
    }
    return files.empty() ? std::string() : files.front().path;
}

// Calls f(q, classes) for each domain (or range) statement of the property or of a property
// above it: domains and ranges are inherited.
template <class F>
void for_each_inherited(const OntologyIndex& ontology,
                        const std::map<std::string, std::vector<std::vector<std::string>>>& table,
                        const std::string& property, F f) {
    for (const std::string& q : ontology.property_closure(property)) {
        if (auto it = table.find(q); it != table.end()) {
            for (const std::vector<std::string>& classes : it->second) {
                f(q, classes);
            }
        }
    }
}

} // namespace

Checker::Checker(const OntologyIndex& ontology, SordWorld* world, SordModel* data)
    : ontology_(ontology), world_(world), data_(data), type_node_(uri_node(world, ns::rdf_type)),
      label_node_(uri_node(world, ns::rdfs_label)) {}

void Checker::check_statement(const Triple& t, const Term& graph) {
    check_term_syntax(t, t.subject);
    check_term_syntax(t, t.predicate);
    check_term_syntax(t, t.object);
    if (graph.kind == TermKind::Iri && !graph.value.empty() && !is_valid_iri(graph.value)) {
        add(t, "invalid graph IRI <" + graph.value + ">", Constraint::NodeKind);
    }
    if (t.object.kind == TermKind::Literal && !t.object.datatype.empty() &&
        !is_valid_lexical_form(t.object.value, t.object.datatype)) {
        add(t, "\"" + t.object.value + "\" is not a valid " + compact_iri(t.object.datatype),
            Constraint::Datatype);
    }
    if (!ontology_.is_declared(t.predicate.value)) {
        add(t, "undeclared property " + compact_iri(t.predicate.value), Constraint::Closed);
        return;
    }
    check_declared(t);
    check_node_kind(t);
    check_domain(t);
    check_range(t);
}

void Checker::check_labels(const std::vector<DataFile>& files) {
    IterPtr iter(sord_search(data_, nullptr, type_node_.get(), nullptr, nullptr));
    std::map<const SordNode*, const SordNode*> first_gk_type;
    std::set<const SordNode*> nif;
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        const SordNode* s = sord_iter_get_node(iter.get(), SORD_SUBJECT);
        const SordNode* o = sord_iter_get_node(iter.get(), SORD_OBJECT);
        if (sord_node_get_type(o) != SORD_URI) {
            continue;
        }
        const Term type = term_of(o);
        if (type.value.starts_with(ns::nif)) {
            nif.insert(s);
        } else if (type.value.starts_with(ns::gk) && !first_gk_type.count(s)) {
            first_gk_type.emplace(s, o);
        }
    }
    for (const auto& [s, type] : first_gk_type) {
        if (!nif.count(s)) {
            check_label_count(s, type, files);
        }
    }
}

void Checker::check_label_count(const SordNode* subject, const SordNode* type,
                                const std::vector<DataFile>& files) {
    std::vector<const SordNode*> labels;
    IterPtr iter(sord_search(data_, subject, label_node_.get(), nullptr, nullptr));
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        labels.push_back(sord_iter_get_node(iter.get(), SORD_OBJECT));
    }
    if (labels.size() == 1) {
        return;
    }
    // No label: the finding names the typing statement; several: the second label.
    const SordNode* object = labels.empty() ? type : labels[1];
    const SordNode* predicate = labels.empty() ? type_node_.get() : label_node_.get();
    Finding f;
    f.file = file_containing(files, subject, predicate, object);
    f.triple = Triple{term_of(subject), term_of(predicate), term_of(object), f.file};
    f.path = std::string(ns::rdfs_label);
    if (labels.empty()) {
        f.message = "no rdfs:label, exactly one expected";
        f.constraint = Constraint::MinCount;
        f.has_value = false;
    } else {
        f.message = std::to_string(labels.size()) + " rdfs:label values, exactly one expected";
        f.constraint = Constraint::MaxCount;
    }
    findings_.insert(std::move(f));
}

void Checker::add(const Triple& t, std::string message, Constraint constraint) {
    Finding f;
    f.file = t.file;
    f.triple = t;
    f.message = std::move(message);
    f.constraint = constraint;
    f.path = t.predicate.value;
    findings_.insert(std::move(f));
}

void Checker::check_term_syntax(const Triple& t, const Term& n) {
    if (n.kind == TermKind::Blank) {
        add(t, "blank node _:" + n.value + " (geokg output names every resource with an IRI)",
            Constraint::NodeKind);
    } else if (n.kind == TermKind::Iri && !is_valid_iri(n.value)) {
        add(t, "invalid IRI <" + n.value + ">", Constraint::NodeKind);
    } else if (n.kind == TermKind::Literal && !n.datatype.empty() && !is_valid_iri(n.datatype)) {
        add(t, "invalid datatype IRI <" + n.datatype + ">", Constraint::NodeKind);
    } else if (n.kind == TermKind::Literal && !n.language.empty() &&
               !is_valid_language_tag(n.language)) {
        add(t, "invalid language tag @" + n.language, Constraint::Datatype);
    }
}

void Checker::check_declared(const Triple& t) {
    if (t.predicate.value == ns::rdf_type && t.object.kind == TermKind::Iri &&
        !ontology_.is_declared(t.object.value)) {
        add(t, "undeclared class " + compact_iri(t.object.value), Constraint::Class);
    }
}

// Types of a resource: stated in the data, or in the ontology (gk:Reported a gk:Status).
const std::set<std::string>& Checker::types_of(const Term& n) {
    const std::string key = (n.kind == TermKind::Blank ? "_:" : "") + n.value;
    if (auto it = data_types_.find(key); it != data_types_.end()) {
        return it->second;
    }
    std::set<std::string>& types = data_types_[key];
    if (n.kind == TermKind::Iri) {
        if (auto it = ontology_.types.find(n.value); it != ontology_.types.end()) {
            types.insert(it->second.begin(), it->second.end());
        }
    }
    const auto* text = reinterpret_cast<const uint8_t*>(n.value.c_str());
    const SordNodePtr node(n.kind == TermKind::Iri ? sord_new_uri(world_, text)
                                                   : sord_new_blank(world_, text),
                           SordNodeFree{world_});
    IterPtr iter(sord_search(data_, node.get(), type_node_.get(), nullptr, nullptr));
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        const SordNode* o = sord_iter_get_node(iter.get(), SORD_OBJECT);
        if (sord_node_get_type(o) == SORD_URI) {
            types.insert(term_of(o).value);
        }
    }
    return types;
}

bool Checker::is_instance(const Term& n, const std::vector<std::string>& classes) {
    static const std::string resource = ns::term(ns::rdfs, "Resource");
    static const std::string thing = ns::term(ns::owl, "Thing");
    for (const std::string& type : types_of(n)) {
        const auto supers = ontology_.super_classes.find(type);
        for (const std::string& cls : classes) {
            if (type == cls || cls == resource || cls == thing ||
                (supers != ontology_.super_classes.end() && supers->second.count(cls))) {
                return true;
            }
        }
    }
    return false;
}

Checker::Expect Checker::expected_kind(const std::string& p) const {
    static const std::set<std::string> resource_builtins = {std::string(ns::rdf_type),
                                                            ns::term(ns::rdfs, "subClassOf"),
                                                            ns::term(ns::rdfs, "subPropertyOf"),
                                                            ns::term(ns::rdfs, "domain"),
                                                            ns::term(ns::rdfs, "range"),
                                                            ns::term(ns::rdfs, "seeAlso"),
                                                            ns::term(ns::rdfs, "isDefinedBy"),
                                                            ns::term(ns::rdf, "first"),
                                                            ns::term(ns::rdf, "rest")};
    static const std::set<std::string> literal_builtins = {std::string(ns::rdfs_label),
                                                           ns::term(ns::rdfs, "comment")};
    for (const std::string& q : ontology_.property_closure(p)) {
        if (ontology_.object_properties.count(q) || resource_builtins.count(q)) {
            return Expect::Resource;
        }
        if (ontology_.datatype_properties.count(q) || literal_builtins.count(q)) {
            return Expect::Literal;
        }
    }
    return Expect::Any;
}

// One node-kind finding per statement, however many properties above it agree.
void Checker::report_kind(const Triple& t, const std::string& property, Expect expected) {
    if (kind_reported_) {
        return;
    }
    add(t,
        expected == Expect::Resource
            ? "literal where " + compact_iri(property) + " expects a resource"
            : "resource where " + compact_iri(property) + " expects a literal",
        Constraint::NodeKind);
    kind_reported_ = true;
}

void Checker::check_node_kind(const Triple& t) {
    kind_reported_ = false;
    const Expect expect = expected_kind(t.predicate.value);
    const bool literal = t.object.kind == TermKind::Literal;
    if ((expect == Expect::Resource && literal) || (expect == Expect::Literal && !literal)) {
        report_kind(t, t.predicate.value, expect);
    }
}

void Checker::check_domain(const Triple& t) {
    for_each_inherited(ontology_, ontology_.domains, t.predicate.value,
                       [&](const std::string& q, const std::vector<std::string>& classes) {
                           if (!is_instance(t.subject, classes)) {
                               add(t,
                                   "subject is not a " + join_alternatives(classes) +
                                       " (domain of " + compact_iri(q) + ")",
                                   Constraint::Class);
                           }
                       });
}

// A range of datatypes: the object must be a literal of one of them.
void Checker::check_literal_range(const Triple& t, const std::string& q,
                                  const std::vector<std::string>& classes) {
    if (t.object.kind != TermKind::Literal) {
        report_kind(t, q, Expect::Literal);
        return;
    }
    static const std::string any_literal = ns::term(ns::rdfs, "Literal");
    static const std::string plain_literal = ns::term(ns::rdf, "PlainLiteral");
    const std::string dt = effective_datatype(t.object);
    const bool ok = std::any_of(classes.begin(), classes.end(), [&](const std::string& c) {
        return c == dt || c == any_literal || (c == plain_literal && t.object.datatype.empty());
    });
    if (!ok) {
        add(t,
            "datatype " + compact_iri(dt) + " where " + compact_iri(q) + " expects " +
                join_alternatives(classes),
            Constraint::Datatype);
    }
}

void Checker::check_range(const Triple& t) {
    for_each_inherited(ontology_, ontology_.ranges, t.predicate.value,
                       [&](const std::string& q, const std::vector<std::string>& classes) {
                           const bool datatype_range = std::all_of(
                               classes.begin(), classes.end(),
                               [&](const std::string& c) { return ontology_.is_datatype(c); });
                           if (datatype_range) {
                               check_literal_range(t, q, classes);
                           } else if (t.object.kind == TermKind::Literal) {
                               report_kind(t, q, Expect::Resource);
                           } else if (!is_instance(t.object, classes)) {
                               add(t,
                                   "object is not a " + join_alternatives(classes) + " (range of " +
                                       compact_iri(q) + ")",
                                   Constraint::Class);
                           }
                       });
}

} // namespace geokg
