#include "rdf/term_check.hpp"

#include "rdf/iri.hpp"
#include "rdf/xsd.hpp"
#include "text/error.hpp"

#include <cstdio>

namespace geokg {
namespace {

void check_literal(const Term& term) {
    const std::string what = "literal \"" + shown(term.value) + "\"";
    if (!is_valid_utf8(term.value)) {
        throw Error(what + " is not valid UTF-8");
    }
    if (term.value.find('\0') != std::string::npos) {
        throw Error(what + " contains a NUL character");
    }
    if (!term.datatype.empty() && !term.language.empty()) {
        throw Error(what + " has both a datatype and a language");
    }
    if (!term.language.empty() && !is_valid_language_tag(term.language)) {
        throw Error(what + " has an invalid language tag \"" + shown(term.language) + "\"");
    }
    if (!term.datatype.empty()) {
        check_iri(term.datatype, "datatype of " + what);
        if (!is_valid_lexical_form(term.value, term.datatype)) {
            throw Error(what + " is not a valid <" + term.datatype + ">");
        }
    }
}

void check_term(const Term& term, std::string_view role) {
    switch (term.kind) {
    case TermKind::Iri:
        if (!term.datatype.empty() || !term.language.empty()) {
            throw Error("IRI <" + shown(term.value) + "> as " + std::string(role) +
                        " has a datatype or language");
        }
        check_iri(term.value, role);
        return;
    case TermKind::Blank:
        throw Error("blank node _:" + shown(term.value) + " as " + std::string(role) +
                    " (geokg output names every resource with an IRI)");
    case TermKind::Literal:
        if (role != "object") {
            throw Error("literal \"" + shown(term.value) + "\" as " + std::string(role));
        }
        check_literal(term);
        return;
    }
}

} // namespace

std::string shown(std::string_view text) {
    constexpr std::size_t limit = 120;
    std::string out;
    const bool valid = is_valid_utf8(text);
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F || (byte >= 0x80 && !valid)) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
            out += buffer;
        } else {
            out += text[i];
        }
    }
    if (text.size() > limit) {
        out += "...";
    }
    return out;
}

void check_iri(std::string_view value, std::string_view role) {
    if (!is_valid_iri(value)) {
        throw Error("invalid IRI <" + shown(value) + "> as " + std::string(role));
    }
}

void check_statement(const Statement& statement) {
    check_term(statement.subject, "subject");
    check_term(statement.predicate, "predicate");
    check_term(statement.object, "object");
    if (!statement.graph.empty()) {
        check_iri(statement.graph, "graph");
    }
}

} // namespace geokg
