// The SHACL validation report as a Graph, written by the rdf/ writer with the rules for data as
// found: the report may name blank nodes and ill-formed literals of the data.
#include "check/shacl_report.hpp"

#include "rdf/iri.hpp"
#include "rdf/namespaces.hpp"
#include "rdf/writer.hpp"

namespace geokg {
namespace {

Term sh(std::string_view local) {
    return iri(ns::term(ns::sh, local));
}

// A term of the data as the report can carry it.
Term reported(const Term& term) {
    switch (term.kind) {
    case TermKind::Iri:
        return is_valid_iri(term.value) ? term
                                        : typed_literal(term.value, ns::term(ns::xsd, "anyURI"));
    case TermKind::Blank:
        return term;
    case TermKind::Literal:
        break;
    }
    Term copy = term;
    if (!is_valid_iri(copy.datatype)) {
        copy.datatype.clear();
    }
    return copy;
}

void add_result(Graph& report, const Term& result, const Finding& f) {
    report.add(result, iri(std::string(ns::rdf_type)), sh("ValidationResult"));
    report.add(result, sh("focusNode"), reported(f.triple.subject));
    report.add(result, sh("resultPath"), reported(iri(f.path)));
    if (f.has_value) {
        report.add(result, sh("value"), reported(f.triple.object));
    }
    report.add(result, sh("resultSeverity"), sh("Violation"));
    report.add(result, sh("sourceConstraintComponent"),
               iri(constraint_component_iri(f.constraint)));
    report.add(result, sh("resultMessage"), literal(format_finding(f)));
}

} // namespace

std::string shacl_report_turtle(const std::vector<Finding>& findings) {
    Graph report;
    const Term subject = iri("urn:geokg:report");
    report.add(subject, iri(std::string(ns::rdf_type)), sh("ValidationReport"));
    report.add(subject, sh("conforms"),
               typed_literal(findings.empty() ? "true" : "false", ns::term(ns::xsd, "boolean")));
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Term result = iri("urn:geokg:report:result-" + std::to_string(i + 1));
        report.add(subject, sh("result"), result);
        add_result(report, result, findings[i]);
    }
    const std::vector<Prefix> prefixes = {
        {"sh", std::string(ns::sh)}, {"rdf", std::string(ns::rdf)}, {"xsd", std::string(ns::xsd)}};
    return write_graph_to_string(report, RdfFormat::Turtle, prefixes, data_as_found);
}

} // namespace geokg
