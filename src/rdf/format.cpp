#include "rdf/format.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <array>

namespace geokg {
namespace {

struct FormatNames {
    RdfFormat format;
    std::string_view name;
    std::string_view extension; // also accepted as a name
};

constexpr std::array<FormatNames, 4> formats = {{{RdfFormat::Turtle, "turtle", "ttl"},
                                                 {RdfFormat::NTriples, "ntriples", "nt"},
                                                 {RdfFormat::NQuads, "nquads", "nq"},
                                                 {RdfFormat::TriG, "trig", "trig"}}};

} // namespace

std::optional<RdfFormat> format_from_name(std::string_view name) {
    for (const FormatNames& f : formats) {
        if (equals_ignoring_ascii_case(name, f.name) ||
            equals_ignoring_ascii_case(name, f.extension)) {
            return f.format;
        }
    }
    return std::nullopt;
}

std::optional<RdfFormat> format_from_extension(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = file.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) {
        return std::nullopt;
    }
    for (const FormatNames& f : formats) {
        if (equals_ignoring_ascii_case(file.substr(dot + 1), f.extension)) {
            return f.format;
        }
    }
    return std::nullopt;
}

std::string_view extension_of(RdfFormat format) {
    for (const FormatNames& f : formats) {
        if (f.format == format) {
            return f.extension;
        }
    }
    return formats.front().extension;
}

std::string known_extensions() {
    std::string out;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        out.append(i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ");
        out.append(".").append(formats[i].extension);
    }
    return out;
}

} // namespace geokg
