#pragma once
// XSD 1.1 lexical forms: the one checker of literals' lexical forms, for the writer's term checks
// and the validator alike.
#include <string_view>

namespace geokg {

// Whether `lexical` is in the lexical space of `datatype` (an absolute IRI), per XSD 1.1, for
// xsd:string, boolean, decimal, integer, nonNegativeInteger, positiveInteger, double, float, date,
// dateTime, gYear and gYearMonth (with an existing day: no 2023-02-29) and base64Binary; true for
// any other datatype.
bool is_valid_lexical_form(std::string_view lexical, std::string_view datatype);

// The canonical form of a valid xsd:boolean: "1" is "true", "0" is "false"; the rest unchanged.
std::string_view canonical_boolean(std::string_view lexical);

} // namespace geokg
