#pragma once
// ASCII character classes, for the syntaxes that are ASCII by definition (IRI schemes, prefix
// names, language tags, numbers, dates, JSON). Text in general goes through text/utf8.hpp.
#include <string_view>

namespace geokg {

constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

constexpr bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool is_ascii_alnum(char c) {
    return is_ascii_letter(c) || is_ascii_digit(c);
}

constexpr bool is_hex_digit(char c) {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `text` equals `lower` (given in lower case) ignoring ASCII case: "TTL" is "ttl".
constexpr bool equals_ignoring_ascii_case(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (ascii_lower(text[i]) != lower[i])
            return false;
    return true;
}

} // namespace geokg
