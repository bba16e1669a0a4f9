#pragma once
// Whether a statement can be written as it is: IRIs, UTF-8, language tags and lexical forms.
#include "rdf/graph.hpp"

#include <string>
#include <string_view>

namespace geokg {

// Throws Error naming the first term that cannot be written as it is.
void check_statement(const Statement& statement);

// Throws Error for an IRI that is not absolute and valid, naming its role ("subject").
void check_iri(std::string_view value, std::string_view role);

// A term in an error message: bounded length, bytes that would garble a terminal escaped.
std::string shown(std::string_view text);

} // namespace geokg
