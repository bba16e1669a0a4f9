#include "rdf/graph.hpp"

#include <utility>

namespace geokg {

Term iri(std::string value) {
    return Term{TermKind::Iri, std::move(value), {}, {}};
}

Term blank(std::string label) {
    return Term{TermKind::Blank, std::move(label), {}, {}};
}

Term literal(std::string value) {
    return Term{TermKind::Literal, std::move(value), {}, {}};
}

Term typed_literal(std::string value, std::string datatype) {
    return Term{TermKind::Literal, std::move(value), std::move(datatype), {}};
}

Term lang_literal(std::string value, std::string language) {
    return Term{TermKind::Literal, std::move(value), {}, std::move(language)};
}

std::string to_ntriples(const Term& term) {
    switch (term.kind) {
    case TermKind::Iri:
        return "<" + term.value + ">";
    case TermKind::Blank:
        return "_:" + term.value;
    case TermKind::Literal:
        break;
    }
    std::string out = "\"";
    for (const char c : term.value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    out += "\"";
    if (!term.language.empty()) {
        out += "@" + term.language;
    } else if (!term.datatype.empty()) {
        out += "^^<" + term.datatype + ">";
    }
    return out;
}

void Graph::add(Term s, Term p, Term o, std::string graph) {
    statements.push_back(Statement{std::move(s), std::move(p), std::move(o), std::move(graph)});
}

} // namespace geokg
