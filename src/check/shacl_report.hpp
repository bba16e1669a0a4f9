#pragma once
// The findings of `geokg validate` as a W3C SHACL validation report (sh:ValidationReport).
#include "check/finding.hpp"

#include <string>
#include <vector>

namespace geokg {

// Turtle: <urn:geokg:report> a sh:ValidationReport, sh:conforms true when there are no findings,
// and one sh:result <urn:geokg:report:result-N> per finding (N from 1, in the findings' order)
// with sh:focusNode (the triple's subject), sh:resultPath, sh:value (unless the finding is a
// missing value), sh:resultSeverity sh:Violation, sh:sourceConstraintComponent and
// sh:resultMessage (the finding's line). A blank focus node or value is written as a blank
// node and an ill-formed literal as it was; an IRI that is not valid is written as an
// xsd:anyURI literal, so the report parses. Throws Error when it cannot be written.
std::string shacl_report_turtle(const std::vector<Finding>& findings);

} // namespace geokg
