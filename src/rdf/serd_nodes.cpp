#include "rdf/serd_nodes.hpp"

namespace geokg {

const uint8_t* serd_bytes(std::string_view text) {
    return reinterpret_cast<const uint8_t*>(text.data());
}

SerdNode serd_node(SerdType type, std::string_view text) {
    return serd_node_from_substring(type, serd_bytes(text), text.size());
}

std::string string_of(const SerdNode& node) {
    return node.buf ? std::string(reinterpret_cast<const char*>(node.buf), node.n_bytes)
                    : std::string();
}

SerdSyntax serd_syntax(RdfFormat format) {
    switch (format) {
    case RdfFormat::Turtle:
        return SERD_TURTLE;
    case RdfFormat::NTriples:
        return SERD_NTRIPLES;
    case RdfFormat::NQuads:
        return SERD_NQUADS;
    case RdfFormat::TriG:
        return SERD_TRIG;
    }
    return SERD_TURTLE;
}

} // namespace geokg
