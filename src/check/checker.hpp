#pragma once
// The checks of a data graph against the ontology: per statement (syntax of terms, lexical
// forms, declared terms, node kinds, domains and ranges), then per resource (labels).
#include "check/finding.hpp"
#include "check/load.hpp"
#include "check/ontology_index.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace geokg {

class Checker {
public:
    // `data` holds every statement of every file (types and labels are looked up there).
    Checker(const OntologyIndex& ontology, SordWorld* world, SordModel* data);

    void check_statement(const Triple& t, const Term& graph);
    // Entities and events (typed with a gk: class, not NIF text) need exactly one label.
    void check_labels(const std::vector<DataFile>& files);

    std::set<Finding> take() { return std::move(findings_); }

private:
    enum class Expect { Any, Resource, Literal };

    const OntologyIndex& ontology_;
    SordWorld* world_;
    SordModel* data_;
    SordNodePtr type_node_;
    SordNodePtr label_node_;
    std::set<Finding> findings_;
    std::map<std::string, std::set<std::string>> data_types_; // cache of types_of
    bool kind_reported_ = false;                              // for the statement being checked

    void add(const Triple& t, std::string message, Constraint constraint);
    void check_term_syntax(const Triple& t, const Term& term);
    void check_declared(const Triple& t);
    const std::set<std::string>& types_of(const Term& term);
    bool is_instance(const Term& term, const std::vector<std::string>& classes);
    Expect expected_kind(const std::string& property) const;
    void report_kind(const Triple& t, const std::string& property, Expect expected);
    void check_node_kind(const Triple& t);
    void check_domain(const Triple& t);
    void check_literal_range(const Triple& t, const std::string& property,
                             const std::vector<std::string>& classes);
    void check_range(const Triple& t);
    void check_label_count(const SordNode* subject, const SordNode* type,
                           const std::vector<DataFile>& files);
};

} // namespace geokg
