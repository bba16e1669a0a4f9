#pragma once
// The RDF syntaxes geokg reads and writes: their names and file extensions, in one table.
#include <optional>
#include <string>
#include <string_view>

namespace geokg {

enum class RdfFormat { Turtle, NTriples, NQuads, TriG };

// "turtle"/"ttl", "ntriples"/"nt", "nquads"/"nq", "trig" (case-insensitive).
std::optional<RdfFormat> format_from_name(std::string_view name);
// By the path's extension: .ttl, .nt, .nq, .trig (case-insensitive).
std::optional<RdfFormat> format_from_extension(std::string_view path);
// The file extension for a format, without the dot: "ttl", "nt", "nq", "trig".
std::string_view extension_of(RdfFormat format);
// The known extensions for messages: ".ttl, .nt, .nq or .trig".
std::string known_extensions();

} // namespace geokg
