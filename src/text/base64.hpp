#pragma once
// Base64 (RFC 4648, with padding): the lexical form of xsd:base64Binary.
#include <optional>
#include <string>
#include <string_view>

namespace geokg {

std::string base64_encode(std::string_view bytes);

// The bytes, or nullopt when `text` is not canonical Base64: a length that is a multiple of
// four, only the 64 letters and '=' padding at the end, no spaces.
std::optional<std::string> base64_decode(std::string_view text);

} // namespace geokg
