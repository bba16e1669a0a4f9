#include "rdf/reader.hpp"

#include "rdf/serd_error_capture.hpp"
#include "rdf/serd_nodes.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/term_check.hpp"

#include <cstdio>
#include <memory>

namespace geokg {
namespace {

struct ReadState {
    SerdEnv* env = nullptr;
    const std::function<void(Statement&&)>* each = nullptr;
    SerdErrorCapture capture; // Serd's errors and the callbacks' own, the first one kept
};

std::string expanded(const ReadState& state, const SerdNode* node) {
    if (node->type == SERD_BLANK) {
        throw Error("blank node _:" + string_of(*node) + " (geokg reads no blank nodes)");
    }
    const SerdNodeOwner full(serd_env_expand_node(state.env, node));
    if (!full.get().buf) {
        throw Error("cannot expand <" + shown(string_of(*node)) + ">");
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

SerdStatus on_base(void* handle, const SerdNode* uri) {
    auto* state = static_cast<ReadState*>(handle);
    return serd_env_set_base_uri(state->env, uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    auto* state = static_cast<ReadState*>(handle);
    return serd_env_set_prefix(state->env, name, uri);
}

// Serd calls back from C: exceptions must not cross it, so they become the captured error.
SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph,
                        const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                        const SerdNode* datatype, const SerdNode* language) {
    auto* state = static_cast<ReadState*>(handle);
    try {
        (*state->each)(Statement{term_of(*state, subject, nullptr, nullptr),
                                 term_of(*state, predicate, nullptr, nullptr),
                                 term_of(*state, object, datatype, language),
                                 graph && graph->buf ? expanded(*state, graph) : std::string()});
        return SERD_SUCCESS;
    } catch (const Error& e) {
        if (!state->capture.error) {
            state->capture.error = e;
        }
        return SERD_ERR_BAD_ARG;
    } catch (const std::exception& e) {
        if (!state->capture.error) {
            state->capture.error.emplace(e.what());
        }
        return SERD_ERR_BAD_ARG;
    }
}

// A reader over `state`, strict, its errors captured; `read` runs it.
template <typename Read>
void read_with_serd(RdfFormat format, const std::string& base_iri, const std::string& name,
                    const std::function<void(Statement&&)>& each, Read read) {
    const SerdNode base = serd_node(SERD_URI, base_iri);
    const EnvPtr env(serd_env_new(base_iri.empty() ? nullptr : &base));
    if (!env) {
        throw Error("cannot create a Serd environment");
    }
    ReadState state;
    state.env = env.get();
    state.each = &each;
    state.capture.file = name;
    const ReaderPtr reader(serd_reader_new(serd_syntax(format), &state, nullptr, on_base, on_prefix,
                                           on_statement, nullptr));
    if (!reader) {
        throw Error("cannot create a Serd reader");
    }
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), capture_serd_error, &state.capture);
    const SerdStatus status = read(reader.get());
    if (state.capture.error && !name.empty() && state.capture.error->where().empty()) {
        state.capture.error = Error(name, state.capture.error->message());
    }
    check_serd_status(status, state.capture);
}

} // namespace

Graph read_graph_from_string(const std::string& text, RdfFormat format,
                             const std::string& base_iri) {
    Graph graph;
    const std::function<void(Statement &&)> add = [&](Statement&& s) {
        graph.statements.push_back(std::move(s));
    };
    read_with_serd(format, base_iri, {}, add, [&](SerdReader* reader) {
        return serd_reader_read_string(reader, serd_bytes(text));
    });
    return graph;
}

void read_statements(const std::string& path, RdfFormat format,
                     const std::function<void(Statement&&)>& each) {
    const bool from_stdin = path == "-";
    FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) {
        throw Error(path, "cannot open file");
    }
    const std::unique_ptr<FILE, int (*)(FILE*)> owner(from_stdin ? nullptr : file, &std::fclose);
    read_with_serd(format, {}, path, each, [&](SerdReader* reader) {
        return serd_reader_read_file_handle(reader, file, serd_bytes(path));
    });
}

} // namespace geokg
