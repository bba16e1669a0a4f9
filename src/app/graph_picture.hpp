#pragma once
// The extraction drawn (`-f dot`, `-o FILE.dot|.svg|.png`): people, countries, places,
// organizations, positions and agreements as styled nodes, the direct triples as labelled
// edges, each event a node joined to its participants, its status shown (planned dashed,
// contested red, denied grey). Graphviz's dot renders SVG and PNG when it is installed.
#include "extract/pipeline.hpp"

#include <optional>
#include <string>

namespace geokg {

enum class PictureFormat { Dot, Svg, Png };

// "dot", "svg", "png", or nothing.
std::optional<PictureFormat> picture_format_from_name(const std::string& name);
// From a file name's extension (.dot, .gv, .svg, .png), or nothing.
std::optional<PictureFormat> picture_format_from_extension(const std::string& path);
// The picture an output asks for: -f's format when given, else -o's extension; or nothing
// (RDF).
std::optional<PictureFormat> picture_format_of(const std::string& format,
                                               const std::string& output);

// The graph in Graphviz's language, the same bytes for the same extraction.
std::string graph_to_dot(const Extraction& extraction);

// The picture in `format`: DOT as it is, SVG or PNG drawn by Graphviz's `dot` (Error, with a
// hint, when it is not installed or fails).
std::string render_picture(const std::string& dot, PictureFormat format);

} // namespace geokg
