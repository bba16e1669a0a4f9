#pragma once
// Whether a statement can be written as it is: IRIs, UTF-8, language tags and lexical forms.
#include "rdf/graph.hpp"

#include <string>
#include <string_view>

namespace geokg {

// What the writer accepts beyond geokg's own output; the defaults accept nothing beyond it.
struct TermRules {
    bool blank_nodes = false;         // TermKind::Blank as a subject or an object
    bool ill_formed_literals = false; // lexical forms their XSD datatype refuses, language tags
                                      // BCP 47 refuses (Turtle's LANGTAG syntax still required)
};

// For a report about data as it was found (the SHACL report): both.
inline constexpr TermRules data_as_found{true, true};

// Throws Error naming the first term that cannot be written as it is.
void check_statement(const Statement& statement, const TermRules& rules = {});

// Throws Error for an IRI that is not absolute and valid, naming its role ("subject").
void check_iri(std::string_view value, std::string_view role);

// A term in an error message: bounded length, bytes that would garble a terminal escaped.
std::string shown(std::string_view text);

} // namespace geokg
