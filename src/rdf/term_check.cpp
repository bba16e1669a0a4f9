#include "rdf/term_check.hpp"
#include "text/ascii.hpp"

#include "rdf/iri.hpp"
#include "rdf/xsd.hpp"
#include "text/error.hpp"

#include <algorithm>
#include <cstdio>

namespace geokg {
namespace {

// Turtle's LANGTAG without the '@': [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*, what any reader parses.
bool is_langtag_syntax(std::string_view tag) {
    bool first = true;
    std::size_t run = 0;
    for (const char c : tag) {
        if (c == '-') {
            if (run == 0) {
                return false;
            }
            first = false;
            run = 0;
        } else if (is_ascii_letter(c) || (!first && c >= '0' && c <= '9')) {
            ++run;
        } else {
            return false;
        }
    }
    return run > 0;
}

// Turtle's BLANK_NODE_LABEL without the "_:", for ASCII; other characters must be valid UTF-8.
bool is_blank_label_syntax(std::string_view label) {
    const auto allowed = [](char c) {
        return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
               static_cast<unsigned char>(c) >= 0x80;
    };
    return !label.empty() && is_valid_utf8(label) && label.front() != '-' && label.front() != '.' &&
           label.back() != '.' && std::all_of(label.begin(), label.end(), allowed);
}

void check_literal(const Term& term, const TermRules& rules) {
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
    const bool tag_ok = rules.ill_formed_literals ? is_langtag_syntax(term.language)
                                                  : is_valid_language_tag(term.language);
    if (!term.language.empty() && !tag_ok) {
        throw Error(what + " has an invalid language tag \"" + shown(term.language) + "\"");
    }
    if (!term.datatype.empty()) {
        check_iri(term.datatype, "datatype of " + what);
        if (!rules.ill_formed_literals && !is_valid_lexical_form(term.value, term.datatype)) {
            throw Error(what + " is not a valid <" + term.datatype + ">");
        }
    }
}

void check_term(const Term& term, std::string_view role, const TermRules& rules) {
    const bool resource_role = role != "predicate";
    switch (term.kind) {
    case TermKind::Iri:
        if (!term.datatype.empty() || !term.language.empty()) {
            throw Error("IRI <" + shown(term.value) + "> as " + std::string(role) +
                        " has a datatype or language");
        }
        check_iri(term.value, role);
        return;
    case TermKind::Blank:
        if (!rules.blank_nodes || !resource_role) {
            throw Error("blank node _:" + shown(term.value) + " as " + std::string(role) +
                        " (geokg output names every resource with an IRI)");
        }
        if (!is_blank_label_syntax(term.value)) {
            throw Error("invalid blank node label _:" + shown(term.value));
        }
        return;
    case TermKind::Literal:
        if (role != "object") {
            throw Error("literal \"" + shown(term.value) + "\" as " + std::string(role));
        }
        check_literal(term, rules);
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

void check_statement(const Statement& statement, const TermRules& rules) {
    check_term(statement.subject, "subject", rules);
    check_term(statement.predicate, "predicate", rules);
    check_term(statement.object, "object", rules);
    if (!statement.graph.empty()) {
        check_iri(statement.graph, "graph");
    }
}

} // namespace geokg
