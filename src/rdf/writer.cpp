#include "rdf/writer.hpp"

#include "rdf/iri.hpp"
#include "rdf/namespaces.hpp"
#include "rdf/serd_error_capture.hpp"
#include "rdf/serd_nodes.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/xsd.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <tuple>

namespace geokg {
namespace {

// ---- messages --------------------------------------------------------------------------------

// Shows a term in an error message: bounded length, bytes that would garble a terminal escaped.
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

// ---- term checks -----------------------------------------------------------------------------

void check_iri(std::string_view value, std::string_view role) {
    if (!is_valid_iri(value)) {
        throw RdfError("invalid IRI <" + shown(value) + "> as " + std::string(role));
    }
}

void check_term(const Term& term, std::string_view role) {
    if (term.kind == TermKind::Iri) {
        if (!term.datatype.empty() || !term.language.empty()) {
            throw RdfError("IRI <" + shown(term.value) + "> as " + std::string(role) +
                           " has a datatype or language");
        }
        check_iri(term.value, role);
        return;
    }
    const std::string where = "literal \"" + shown(term.value) + "\"";
    if (role != "object") {
        throw RdfError(where + " as " + std::string(role));
    }
    if (!is_valid_utf8(term.value)) {
        throw RdfError(where + " is not valid UTF-8");
    }
    if (term.value.find('\0') != std::string::npos) {
        throw RdfError(where + " contains a NUL character");
    }
    if (!term.datatype.empty() && !term.language.empty()) {
        throw RdfError(where + " has both a datatype and a language");
    }
    if (!term.language.empty() && !is_valid_language_tag(term.language)) {
        throw RdfError(where + " has an invalid language tag \"" + shown(term.language) + "\"");
    }
    if (!term.datatype.empty()) {
        check_iri(term.datatype, "datatype of " + where);
        if (!is_valid_lexical_form(term.value, term.datatype)) {
            throw RdfError(where + " is not a valid <" + term.datatype + ">");
        }
    }
}

// ---- canonical order -------------------------------------------------------------------------

int predicate_rank(const Term& predicate) {
    if (predicate.value == ns::rdf_type) {
        return 0;
    }
    return predicate.value == ns::rdfs_label ? 1 : 2;
}

bool canonical_less(const Statement& a, const Statement& b) {
    const int rank_a = predicate_rank(a.predicate);
    const int rank_b = predicate_rank(b.predicate);
    return std::tie(a.graph, a.subject, rank_a, a.predicate, a.object) <
           std::tie(b.graph, b.subject, rank_b, b.predicate, b.object);
}

// Serd writes booleans bare in Turtle, where a bare 1 would read back as an xsd:integer.
void make_boolean_canonical(Term& object) {
    if (ns::is_term(object.datatype, ns::xsd, "boolean")) {
        object.value = std::string(canonical_boolean(object.value));
    }
}

std::vector<Statement> canonical_statements(const Graph& graph, bool keep_graphs) {
    std::vector<Statement> statements = graph.statements;
    for (Statement& statement : statements) {
        make_boolean_canonical(statement.object);
        if (!keep_graphs) {
            statement.graph.clear();
        }
    }
    std::sort(statements.begin(), statements.end(), canonical_less);
    statements.erase(std::unique(statements.begin(), statements.end()), statements.end());
    return statements;
}

// ---- Serd plumbing ---------------------------------------------------------------------------

// Formats a Serd error message (a printf format with a va_list).
std::string message_of(const SerdError* error) {
    char buffer[512];
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(buffer, sizeof buffer, error->fmt, args);
    va_end(args);
    std::string message(buffer);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    return message;
}

size_t append_to_string(const void* buf, size_t len, void* stream) {
    static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
    return len;
}

SerdStatus record_error(void* handle, const SerdError* error) {
    auto* message = static_cast<std::string*>(handle);
    if (message->empty()) {
        *message = message_of(error);
    }
    return SERD_SUCCESS;
}

void check_status(SerdStatus status, const std::string& error, std::string_view doing) {
    if (is_serd_error(status)) {
        const char* reason = reinterpret_cast<const char*>(serd_strerror(status));
        throw RdfError("serd failed " + std::string(doing) + ": " +
                       (error.empty() ? std::string(reason) : error));
    }
}

EnvPtr make_env(const std::vector<Prefix>& prefixes) {
    EnvPtr env(serd_env_new(nullptr));
    if (!env) {
        throw RdfError("serd failed to create an environment");
    }
    for (const Prefix& prefix : prefixes) {
        const SerdNode name = serd_node(SERD_LITERAL, prefix.name);
        const SerdNode uri = serd_node(SERD_URI, prefix.iri);
        check_status(serd_env_set_prefix(env.get(), &name, &uri), {}, "setting a prefix");
    }
    return env;
}

// Writes the statements with one Serd writer; `prefixes` are declared (written) first.
void write_with_serd(const std::vector<Statement>& statements, SerdSyntax syntax, SerdStyle style,
                     SerdEnv* env, const std::vector<Prefix>& prefixes, bool with_graphs,
                     std::string& out) {
    WriterPtr writer(serd_writer_new(syntax, style, env, nullptr, append_to_string, &out));
    if (!writer) {
        throw RdfError("serd failed to create a writer");
    }
    std::string error;
    serd_writer_set_error_sink(writer.get(), record_error, &error);
    for (const Prefix& prefix : prefixes) {
        const SerdNode name = serd_node(SERD_LITERAL, prefix.name);
        const SerdNode uri = serd_node(SERD_URI, prefix.iri);
        check_status(serd_writer_set_prefix(writer.get(), &name, &uri), error, "writing a prefix");
    }
    for (const Statement& statement : statements) {
        const SerdNode graph = serd_node(SERD_URI, statement.graph);
        const SerdNode subject = serd_node(SERD_URI, statement.subject.value);
        const SerdNode predicate = serd_node(SERD_URI, statement.predicate.value);
        const Term& o = statement.object;
        SerdNode object = serd_node(o.kind == TermKind::Iri ? SERD_URI : SERD_LITERAL, o.value);
        // Without these flags Serd writes every literal as a one-line "..." string with \" and
        // \n escapes. Its """long""" form is valid Turtle, but Serd's own reader (and so Sord)
        // misreads a quote followed by a backslash escape there: """"\"""" for the value "".
        object.flags = 0;
        const SerdNode datatype = serd_node(SERD_URI, o.datatype);
        const SerdNode language = serd_node(SERD_LITERAL, o.language);
        const bool named = with_graphs && !statement.graph.empty();
        check_status(serd_writer_write_statement(writer.get(), 0, named ? &graph : nullptr,
                                                 &subject, &predicate, &object,
                                                 o.datatype.empty() ? nullptr : &datatype,
                                                 o.language.empty() ? nullptr : &language),
                     error, "writing a statement");
    }
    check_status(serd_writer_finish(writer.get()), error, "finishing output");
}

// PN_PREFIX, restricted to ASCII: a letter, then letters, digits, '_' or '-'.
bool valid_prefix_name(std::string_view name) {
    if (name.empty()) {
        return true;
    }
    const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    return is_letter(name[0]) && std::all_of(name.begin(), name.end(), [&](char c) {
               return is_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

void check_prefixes(const std::vector<Prefix>& prefixes) {
    for (const Prefix& prefix : prefixes) {
        if (!valid_prefix_name(prefix.name)) {
            throw RdfError("invalid prefix name \"" + shown(prefix.name) + "\"");
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

std::string write_trig(const std::vector<Statement>& statements,
                       const std::vector<Prefix>& prefixes) {
    // Serd 0.30's own TriG output indents graph blocks unevenly; instead each graph body is an
    // abbreviated Turtle block written by Serd, wrapped in GRAPH <g> { ... } here. Bodies are
    // not indented, since that would change multi-line literals.
    const SerdStyle style = static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED);
    std::vector<std::string> parts;
    {
        std::string header;
        const EnvPtr env = make_env({});
        write_with_serd({}, SERD_TURTLE, style, env.get(), prefixes, false, header);
        parts.push_back(trimmed(std::move(header)));
    }
    const EnvPtr env = make_env(prefixes);
    auto begin = statements.begin();
    while (begin != statements.end()) {
        const std::string& graph = begin->graph;
        const auto end = std::find_if(begin, statements.end(),
                                      [&](const Statement& s) { return s.graph != graph; });
        std::string body;
        write_with_serd(std::vector<Statement>(begin, end), SERD_TURTLE, style, env.get(), {},
                        false, body);
        body = trimmed(std::move(body));
        parts.push_back(graph.empty() ? body : "GRAPH <" + graph + "> {\n" + body + "\n}");
        begin = end;
    }
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) {
            continue;
        }
        out += out.empty() ? "" : "\n";
        out += part;
        out += '\n';
    }
    return out;
}

// ---- reading ---------------------------------------------------------------------------------

struct ReadState {
    SerdEnv* env = nullptr;
    Graph graph;
    std::string error;
};

std::string expanded(const ReadState& state, const SerdNode* node) {
    if (node->type == SERD_BLANK) {
        throw RdfError("blank node _:" + string_of(*node) + " (geokg reads no blank nodes)");
    }
    const SerdNodeOwner full(serd_env_expand_node(state.env, node));
    if (!full.get().buf) {
        throw RdfError("cannot expand <" + shown(string_of(*node)) + ">");
    }
    return string_of(full.get());
}

Term term_of(const ReadState& state, const SerdNode* node, const SerdNode* datatype,
             const SerdNode* language) {
    if (node->type != SERD_LITERAL) {
        return iri(expanded(state, node));
    }
    Term term = literal(string_of(*node));
    if (datatype && datatype->buf) {
        term.datatype = expanded(state, datatype);
    }
    if (language && language->buf) {
        term.language = string_of(*language);
    }
    return term;
}

// Serd calls back from C: exceptions must not cross it, so they become a recorded error.
SerdStatus on_base(void* handle, const SerdNode* uri) {
    auto* state = static_cast<ReadState*>(handle);
    return serd_env_set_base_uri(state->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    auto* state = static_cast<ReadState*>(handle);
    return serd_env_set_prefix(state->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph,
                        const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                        const SerdNode* datatype, const SerdNode* language) {
    auto* state = static_cast<ReadState*>(handle);
    try {
        state->graph.add(term_of(*state, subject, nullptr, nullptr),
                         term_of(*state, predicate, nullptr, nullptr),
                         term_of(*state, object, datatype, language),
                         graph && graph->buf ? expanded(*state, graph) : std::string());
        return SERD_SUCCESS;
    } catch (const std::exception& e) {
        if (state->error.empty()) {
            state->error = e.what();
        }
        return SERD_ERR_BAD_ARG;
    }
}

SerdStatus on_read_error(void* handle, const SerdError* error) {
    auto* state = static_cast<ReadState*>(handle);
    try {
        if (state->error.empty()) {
            state->error = std::to_string(error->line) + ":" + std::to_string(error->col) + ": " +
                           message_of(error);
        }
    } catch (...) {
        // Out of memory while recording an error: the status still reports failure.
    }
    return SERD_SUCCESS;
}

} // namespace

void check_statement(const Statement& statement) {
    check_term(statement.subject, "subject");
    check_term(statement.predicate, "predicate");
    check_term(statement.object, "object");
    if (!statement.graph.empty()) {
        check_iri(statement.graph, "graph");
    }
}

std::string write_graph_to_string(const Graph& graph, RdfFormat format,
                                  const std::vector<Prefix>& prefixes) {
    // Refuse incoherent statements before any output exists.
    for (const Statement& statement : graph.statements) {
        check_statement(statement);
    }
    const bool quads = format == RdfFormat::NQuads || format == RdfFormat::TriG;
    const std::vector<Statement> statements = canonical_statements(graph, quads);
    std::string out;
    switch (format) {
    case RdfFormat::Turtle: {
        check_prefixes(prefixes);
        const EnvPtr env = make_env({});
        write_with_serd(statements, SERD_TURTLE,
                        static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED),
                        env.get(), prefixes, false, out);
        out = trimmed(std::move(out));
        out += out.empty() ? "" : "\n";
        break;
    }
    case RdfFormat::TriG:
        check_prefixes(prefixes);
        out = write_trig(statements, prefixes);
        break;
    case RdfFormat::NTriples:
    case RdfFormat::NQuads: {
        // Plain UTF-8 (N-Triples 1.1), no \u escapes for non-ASCII text.
        const EnvPtr env = make_env({});
        write_with_serd(statements, serd_syntax(format), static_cast<SerdStyle>(0), env.get(), {},
                        quads, out);
        break;
    }
    }
    return out;
}

void write_graph(const Graph& graph, RdfFormat format, const std::vector<Prefix>& prefixes,
                 std::ostream& out) {
    const std::string text = write_graph_to_string(graph, format, prefixes);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) {
        throw RdfError("cannot write RDF output");
    }
}

Graph read_graph_from_string(const std::string& text, RdfFormat format,
                             const std::string& base_iri) {
    const SerdNode base = serd_node(SERD_URI, base_iri);
    const EnvPtr env(serd_env_new(base_iri.empty() ? nullptr : &base));
    if (!env) {
        throw RdfError("serd failed to create an environment");
    }
    ReadState state;
    state.env = env.get();
    const ReaderPtr reader(serd_reader_new(serd_syntax(format), &state, nullptr, on_base, on_prefix,
                                           on_statement, nullptr));
    if (!reader) {
        throw RdfError("serd failed to create a reader");
    }
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), on_read_error, &state);
    const SerdStatus status = serd_reader_read_string(reader.get(), serd_bytes(text));
    if (!state.error.empty()) {
        throw RdfError(state.error);
    }
    if (is_serd_error(status)) {
        throw RdfError(reinterpret_cast<const char*>(serd_strerror(status)));
    }
    return std::move(state.graph);
}

} // namespace geokg
