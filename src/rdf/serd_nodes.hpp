#pragma once
// Serd's view of geokg's strings and formats, for the rdf/ files that call Serd. Includes serd.h.
#include "rdf/format.hpp"

#include <serd/serd.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace geokg {

const uint8_t* serd_bytes(std::string_view text);
// A node over `text` (not copied: the text must outlive the node).
SerdNode serd_node(SerdType type, std::string_view text);
std::string string_of(const SerdNode& node);
SerdSyntax serd_syntax(RdfFormat format);

} // namespace geokg
