#include "rdf/iri.hpp"
#include "text/ascii.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace geokg {
namespace {

void append_percent_encoded(std::string& out, unsigned char byte) {
    static constexpr std::string_view hex = "0123456789ABCDEF";
    out += '%';
    out += hex[byte >> 4];
    out += hex[byte & 0x0F];
}

// Letters, digits and marks of any script belong to a slug; spaces, punctuation, symbols
// and controls separate its words, and so do the spacing modifier letters (U+02B0..U+02FF:
// "ʼ", "ʻ", "ʿ" stand for apostrophes and glottal stops in transliterated names).
bool is_slug_character(char32_t cp) {
    return (is_letter(cp) || is_number(cp) || is_mark(cp)) && !(cp >= 0x2B0 && cp <= 0x2FF);
}

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

std::string slugify(std::string_view text) {
    std::string slug;
    bool pending_separator = false;
    bool after_folded_letter = false; // a combining mark after "e" is an accent of a folded letter
    const auto append = [&](std::string_view piece) {
        if (pending_separator && !slug.empty()) {
            slug += '-';
        }
        pending_separator = false;
        slug += piece;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        const std::string_view bytes = text.substr(pos, ch.length);
        pos += ch.length;
        const bool after_folded = std::exchange(after_folded_letter, false);
        if (!ch.valid || !is_slug_character(ch.code_point)) {
            pending_separator = true;
        } else if (const std::string ascii = fold_to_ascii(ch.code_point); !ascii.empty()) {
            append(ascii); // "é" -> "e", "ễ" -> "e", "ł" -> "l", "ß" -> "ss"
            after_folded_letter = true;
        } else if (after_folded && is_mark(ch.code_point)) {
            after_folded_letter = true; // "e" + U+0301 vanishes like a precomposed "é"
        } else {
            std::string encoded;
            for (const char b : bytes) {
                append_percent_encoded(encoded, static_cast<unsigned char>(b));
            }
            append(encoded);
        }
    }
    if (slug.empty()) {
        static constexpr std::string_view hex = "0123456789abcdef";
        const std::uint64_t hash = fnv1a(text);
        slug.push_back('x'); // slug is empty here; push_back avoids a GCC 12 -Wrestrict false alarm
        for (int shift = 28; shift >= 0; shift -= 4) {
            slug += hex[(hash >> shift) & 0x0F];
        }
    }
    return slug;
}

bool is_valid_iri(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !is_ascii_letter(text[0])) {
        return false;
    }
    for (std::size_t i = 1; i < colon; ++i) {
        const char c = text[i];
        if (!is_ascii_alnum(c) && c != '+' && c != '-' && c != '.') {
            return false;
        }
    }
    static constexpr std::string_view forbidden = "<>\"{}|\\^`";
    bool seen_fragment = false;
    for (std::size_t pos = colon + 1; pos < text.size();) {
        const Utf8Char decoded = decode_utf8(text, pos);
        if (!decoded.valid) {
            return false;
        }
        const char32_t cp = decoded.code_point;
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            if (cp <= 0x20 || cp == 0x7F || forbidden.find(c) != std::string_view::npos) {
                return false;
            }
            if (c == '%' && (pos + 2 >= text.size() || !is_hex_digit(text[pos + 1]) ||
                             !is_hex_digit(text[pos + 2]))) {
                return false;
            }
            if (c == '#') {
                if (seen_fragment) {
                    return false;
                }
                seen_fragment = true;
            }
        } else if (cp < 0xA0 || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return false; // C1 controls and non-characters are not ucschar
        }
        pos += decoded.length;
    }
    return true;
}

bool is_valid_language_tag(std::string_view tag) {
    std::size_t index = 0;
    bool private_or_grandfathered = false;
    std::size_t pos = 0;
    while (true) {
        const std::size_t dash = tag.find('-', pos);
        const std::string_view subtag =
            tag.substr(pos, dash == std::string_view::npos ? std::string_view::npos : dash - pos);
        if (subtag.empty() || subtag.size() > 8) {
            return false;
        }
        for (const char c : subtag) {
            if (index == 0 ? !is_ascii_letter(c) : !is_ascii_alnum(c)) {
                return false;
            }
        }
        if (index == 0 && subtag.size() == 1) {
            const std::string c = lower(subtag);
            if (c != "x" && c != "i") {
                return false;
            }
            private_or_grandfathered = true;
        }
        ++index;
        if (dash == std::string_view::npos) {
            break;
        }
        pos = dash + 1;
    }
    return !private_or_grandfathered || index > 1;
}

bool is_web_address(std::string_view text) {
    const std::string_view scheme = text.substr(0, text.find(':'));
    return (equals_ignoring_ascii_case(scheme, "http") ||
            equals_ignoring_ascii_case(scheme, "https")) &&
           is_valid_iri(text);
}

} // namespace geokg
