#include "rdf/writer.hpp"
#include "text/ascii.hpp"

#include "rdf/namespaces.hpp"
#include "rdf/serd_error_capture.hpp"
#include "rdf/serd_nodes.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/xsd.hpp"

#include <algorithm>
#include <tuple>

namespace geokg {
namespace {

// ---- canonical order -------------------------------------------------------------------------

int predicate_rank(const Term& predicate) {
    if (predicate.value == ns::rdf_type) {
        return 0;
    }
    return predicate.value == ns::rdfs_label ? 1 : 2;
}

bool has_xsd_type(const Term& term, std::string_view local) {
    return ns::is_term(term.datatype, ns::xsd, local);
}

// Serd writes booleans bare in Turtle, where a bare 1 would read back as an xsd:integer.
void make_boolean_canonical(Term& object) {
    if (has_xsd_type(object, "boolean")) {
        object.value = std::string(canonical_boolean(object.value));
    }
}

// The statements to write, in canonical order (graph, subject, rdf:type then rdfs:label
// first, predicate, object), each once; without `keep_graphs` the graphs are ignored (and
// then not written). The graph's own statements are pointed to, not copied (the analysis
// records alone are 100 MB of literals on the whole White House corpus), unless a boolean
// must be made canonical: then the copies are kept in `owned`.
std::vector<const Statement*> canonical_statements(const Graph& graph, bool keep_graphs,
                                                   std::vector<Statement>& owned) {
    const bool uncanonical_boolean =
        std::any_of(graph.statements.begin(), graph.statements.end(), [](const Statement& s) {
            return has_xsd_type(s.object, "boolean") &&
                   canonical_boolean(s.object.value) != s.object.value;
        });
    if (uncanonical_boolean) {
        owned = graph.statements;
        for (Statement& statement : owned) {
            make_boolean_canonical(statement.object);
        }
    }
    const std::vector<Statement>& source = uncanonical_boolean ? owned : graph.statements;
    std::vector<const Statement*> statements;
    statements.reserve(source.size());
    for (const Statement& statement : source) {
        statements.push_back(&statement);
    }
    static const std::string no_graph;
    const auto key = [&](const Statement* s) {
        return std::tie(keep_graphs ? s->graph : no_graph, s->subject);
    };
    const auto less = [&](const Statement* a, const Statement* b) {
        if (key(a) != key(b)) {
            return key(a) < key(b);
        }
        const int rank_a = predicate_rank(a->predicate);
        const int rank_b = predicate_rank(b->predicate);
        return std::tie(rank_a, a->predicate, a->object) <
               std::tie(rank_b, b->predicate, b->object);
    };
    std::sort(statements.begin(), statements.end(), less);
    statements.erase(std::unique(statements.begin(), statements.end(),
                                 [&](const Statement* a, const Statement* b) {
                                     return !less(a, b) && !less(b, a);
                                 }),
                     statements.end());
    return statements;
}

// ---- Serd plumbing ---------------------------------------------------------------------------

const std::string output_name = "RDF output";

size_t append_to_string(const void* buf, size_t len, void* stream) {
    static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
    return len;
}

EnvPtr make_env(const std::vector<Prefix>& prefixes) {
    EnvPtr env(serd_env_new(nullptr));
    if (!env) {
        throw Error(output_name, "cannot create a Serd environment");
    }
    const SerdErrorCapture capture{output_name, std::nullopt};
    for (const Prefix& prefix : prefixes) {
        const SerdNode name = serd_node(SERD_LITERAL, prefix.name);
        const SerdNode uri = serd_node(SERD_URI, prefix.iri);
        check_serd_status(serd_env_set_prefix(env.get(), &name, &uri), capture);
    }
    return env;
}

// Whether Serd may write the literal bare in Turtle (an xsd:boolean, integer or decimal) though
// its form is not valid: bare, it would not parse, or would read back as another literal.
bool ill_formed_if_bare(const Term& object) {
    const bool bare = has_xsd_type(object, "boolean") || has_xsd_type(object, "integer") ||
                      has_xsd_type(object, "decimal");
    return bare && !is_valid_lexical_form(object.value, object.datatype);
}

// The datatype as a CURIE, which Serd copies verbatim instead of abbreviating the literal.
std::string datatype_curie(const SerdEnv* env, const std::string& datatype) {
    const SerdNode uri = serd_node(SERD_URI, datatype);
    SerdNode prefix = SERD_NODE_NULL;
    SerdChunk suffix = {nullptr, 0};
    if (!serd_env_qualify(env, &uri, &prefix, &suffix)) {
        throw Error(output_name, "an ill-formed <" + datatype + "> literal needs a prefix for <" +
                                     std::string(ns::xsd) + ">");
    }
    return string_of(prefix) + ":" +
           std::string(reinterpret_cast<const char*>(suffix.buf), suffix.len);
}

struct SerdOutput {
    SerdWriter* writer;
    const SerdEnv* env;
    bool turtle;                         // Serd abbreviates (Turtle and TriG bodies)
    bool with_graphs;                    // N-Quads: statements keep their graph
    const std::vector<Prefix>* prefixes; // Turtle: the declared ones, for prefixed_name
};

// A local name Serd does not abbreviate itself (it takes letters and digits only) that every
// Turtle reader reads as written: ASCII letters, digits, '_', and '-' or '.' after the first
// character, never '.' last ("ana-dorr", "KEN-2024-03-05"). Not '%' escapes, which readers
// disagree on, nor the backslash escapes '#' and '=' would need.
bool is_plain_local_name(std::string_view local) {
    if (local.empty() || std::all_of(local.begin(), local.end(), is_ascii_alnum))
        return false; // Serd's own
    const auto name_char = [](char c) {
        return is_ascii_alnum(c) || c == '_' || c == '-' || c == '.';
    };
    return (is_ascii_alnum(local.front()) || local.front() == '_') && local.back() != '.' &&
           std::all_of(local.begin(), local.end(), name_char);
}

// The IRI as a prefixed name ("person:ana-dorr", by the longest prefix IRI that starts it)
// when Serd would not abbreviate it and the rest is a plain local name; else empty.
std::string prefixed_name(const std::string& iri, const std::vector<Prefix>& prefixes) {
    const Prefix* best = nullptr;
    for (const Prefix& p : prefixes)
        if (iri.size() > p.iri.size() && iri.compare(0, p.iri.size(), p.iri) == 0 &&
            (best == nullptr || p.iri.size() > best->iri.size()))
            best = &p;
    if (best == nullptr || !is_plain_local_name(std::string_view(iri).substr(best->iri.size())))
        return {};
    return best->name + ":" + iri.substr(best->iri.size());
}

void write_statement(const SerdOutput& output, const Statement& statement,
                     const SerdErrorCapture& capture) {
    std::string curies[2]; // the subject's and the object's prefixed names, kept while written
    const auto resource = [&](const Term& t, std::string& curie) {
        if (t.kind == TermKind::Blank)
            return serd_node(SERD_BLANK, t.value);
        if (output.turtle && output.prefixes != nullptr)
            curie = prefixed_name(t.value, *output.prefixes);
        return curie.empty() ? serd_node(SERD_URI, t.value) : serd_node(SERD_CURIE, curie);
    };
    const Term& o = statement.object;
    const SerdNode graph = serd_node(SERD_URI, statement.graph);
    const SerdNode subject = resource(statement.subject, curies[0]);
    const SerdNode predicate = serd_node(SERD_URI, statement.predicate.value);
    SerdNode object =
        o.kind == TermKind::Literal ? serd_node(SERD_LITERAL, o.value) : resource(o, curies[1]);
    // Without these flags Serd writes every literal as a one-line "..." string with \" and
    // \n escapes. Its """long""" form is valid Turtle, but Serd's own reader (and so Sord)
    // misreads a quote followed by a backslash escape there: """"\"""" for the value "".
    object.flags = 0;
    const bool curie = output.turtle && ill_formed_if_bare(o);
    const std::string datatype_text = curie ? datatype_curie(output.env, o.datatype) : o.datatype;
    const SerdNode datatype = serd_node(curie ? SERD_CURIE : SERD_URI, datatype_text);
    const SerdNode language = serd_node(SERD_LITERAL, o.language);
    const bool named = output.with_graphs && !statement.graph.empty();
    check_serd_status(serd_writer_write_statement(output.writer, 0, named ? &graph : nullptr,
                                                  &subject, &predicate, &object,
                                                  o.datatype.empty() ? nullptr : &datatype,
                                                  o.language.empty() ? nullptr : &language),
                      capture);
}

// Writes the statements with one Serd writer; `prefixes` are declared (written) first, and
// Turtle names resources by `names` (prefixed_name).
void write_with_serd(const std::vector<const Statement*>& statements, SerdSyntax syntax,
                     SerdStyle style, SerdEnv* env, const std::vector<Prefix>& prefixes,
                     bool with_graphs, std::string& out,
                     const std::vector<Prefix>* names = nullptr) {
    WriterPtr writer(serd_writer_new(syntax, style, env, nullptr, append_to_string, &out));
    if (!writer) {
        throw Error(output_name, "cannot create a Serd writer");
    }
    SerdErrorCapture capture{output_name, std::nullopt};
    serd_writer_set_error_sink(writer.get(), capture_serd_error, &capture);
    for (const Prefix& prefix : prefixes) {
        const SerdNode name = serd_node(SERD_LITERAL, prefix.name);
        const SerdNode uri = serd_node(SERD_URI, prefix.iri);
        check_serd_status(serd_writer_set_prefix(writer.get(), &name, &uri), capture);
    }
    const SerdOutput output{writer.get(), env, syntax == SERD_TURTLE, with_graphs, names};
    for (const Statement* statement : statements) {
        write_statement(output, *statement, capture);
    }
    check_serd_status(serd_writer_finish(writer.get()), capture);
}

// PN_PREFIX, restricted to ASCII: a letter, then letters, digits, '_' or '-'.
bool valid_prefix_name(std::string_view name) {
    const auto is_name_char = [](char c) { return is_ascii_alnum(c) || c == '_' || c == '-'; };
    return name.empty() ||
           (is_ascii_letter(name[0]) && std::all_of(name.begin(), name.end(), is_name_char));
}

void check_prefixes(const std::vector<Prefix>& prefixes) {
    for (const Prefix& prefix : prefixes) {
        if (!valid_prefix_name(prefix.name)) {
            throw Error("invalid prefix name \"" + shown(prefix.name) + "\"");
        }
        check_iri(prefix.iri, "IRI of prefix \"" + prefix.name + "\"");
    }
}

// Serd ends a document with a blank line; geokg files end with exactly one newline.
std::string trimmed(std::string text) {
    while (!text.empty() && text.back() == '\n') {
        text.pop_back();
    }
    return text;
}

constexpr SerdStyle turtle_style =
    static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED);

std::string write_turtle(const std::vector<const Statement*>& statements,
                         const std::vector<Prefix>& prefixes) {
    // An empty environment: the writer adds each prefix to it as it declares it.
    std::string out;
    const EnvPtr env = make_env({});
    write_with_serd(statements, SERD_TURTLE, turtle_style, env.get(), prefixes, false, out,
                    &prefixes);
    out = trimmed(std::move(out));
    return out.empty() ? out : out + "\n";
}

// Serd 0.30's own TriG output indents graph blocks unevenly; instead each graph body is an
// abbreviated Turtle block written by Serd, wrapped in <g> { ... } here: the form of TriG
// every reader takes (Raptor's rapper refuses the GRAPH keyword). Bodies are not indented,
// since that would change multi-line literals.
std::string write_trig(const std::vector<const Statement*>& statements,
                       const std::vector<Prefix>& prefixes) {
    std::string out = trimmed(write_turtle({}, prefixes));
    const EnvPtr env = make_env(prefixes);
    auto begin = statements.begin();
    while (begin != statements.end()) {
        const std::string& graph = (*begin)->graph;
        const auto end = std::find_if(begin, statements.end(),
                                      [&](const Statement* s) { return s->graph != graph; });
        std::string body;
        write_with_serd(std::vector<const Statement*>(begin, end), SERD_TURTLE, turtle_style,
                        env.get(), {}, false, body, &prefixes);
        body = trimmed(std::move(body));
        const std::string part = graph.empty() ? body : "<" + graph + "> {\n" + body + "\n}";
        if (!part.empty()) {
            out.append(out.empty() ? "" : "\n\n").append(part);
        }
        begin = end;
    }
    return out.empty() ? out : out + "\n";
}

} // namespace

std::string write_graph_to_string(const Graph& graph, RdfFormat format,
                                  const std::vector<Prefix>& prefixes, const TermRules& rules) {
    // Refuse incoherent statements before any output exists.
    for (const Statement& statement : graph.statements) {
        check_statement(statement, rules);
    }
    const bool quads = format == RdfFormat::NQuads || format == RdfFormat::TriG;
    std::vector<Statement> owned;
    const std::vector<const Statement*> statements = canonical_statements(graph, quads, owned);
    switch (format) {
    case RdfFormat::Turtle:
        check_prefixes(prefixes);
        return write_turtle(statements, prefixes);
    case RdfFormat::TriG:
        check_prefixes(prefixes);
        return write_trig(statements, prefixes);
    case RdfFormat::NTriples:
    case RdfFormat::NQuads:
        break;
    }
    // Plain UTF-8 (N-Triples 1.1), no \u escapes for non-ASCII text.
    std::string out;
    const EnvPtr env = make_env({});
    write_with_serd(statements, serd_syntax(format), static_cast<SerdStyle>(0), env.get(), {},
                    quads, out);
    return out;
}

void write_graph(const Graph& graph, RdfFormat format, const std::vector<Prefix>& prefixes,
                 std::ostream& out, const TermRules& rules) {
    const std::string text = write_graph_to_string(graph, format, prefixes, rules);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) {
        throw Error(output_name, "cannot write");
    }
}

} // namespace geokg
