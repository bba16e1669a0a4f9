#include "check/finding.hpp"

#include "rdf/namespaces.hpp"

#include <iterator>

namespace geokg {

std::string constraint_component_iri(Constraint constraint) {
    // In the order of the enum.
    static constexpr std::string_view components[] = {
        "ClassConstraintComponent",    "DatatypeConstraintComponent", "NodeKindConstraintComponent",
        "MinCountConstraintComponent", "MaxCountConstraintComponent", "ClosedConstraintComponent"};
    static_assert(std::size(components) == static_cast<std::size_t>(Constraint::Closed) + 1);
    return ns::term(ns::sh, components[static_cast<std::size_t>(constraint)]);
}

std::string format_finding(const Finding& f) {
    return f.file + ": " + to_ntriples(f.triple.subject) + " " + to_ntriples(f.triple.predicate) +
           " " + to_ntriples(f.triple.object) + ": " + f.message;
}

std::string compact_iri(const std::string& iri) {
    for (const ns::Binding& binding : ns::bindings) {
        const std::string_view space = binding.iri;
        if (iri.size() > space.size() && iri.compare(0, space.size(), space) == 0 &&
            iri.find_first_of("/#", space.size()) == std::string::npos) {
            return std::string(binding.prefix) + ":" + iri.substr(space.size());
        }
    }
    return "<" + iri + ">";
}

std::string join_alternatives(const std::vector<std::string>& classes) {
    std::string out;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        out += i > 0 ? " or " : "";
        out += compact_iri(classes[i]);
    }
    return out;
}

} // namespace geokg
