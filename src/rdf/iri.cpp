#include "rdf/iri.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace geokg {
namespace {

bool is_ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_alnum(char c) {
    return is_ascii_alpha(c) || is_ascii_digit(c);
}
bool is_hex_digit(char c) {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

void append_percent_encoded(std::string& out, unsigned char byte) {
    static constexpr std::string_view hex = "0123456789ABCDEF";
    out += '%';
    out += hex[byte >> 4];
    out += hex[byte & 0x0F];
}

// ASCII spelling of U+00C0..U+017F; "" marks the two symbols (× ÷) in that range.
// clang-format off
constexpr std::array<std::string_view, 0x180 - 0xC0> latin_folding = {
    /* U+00C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    /* U+00D0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    /* U+00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    /* U+00F0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    /* U+0100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    /* U+0110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    /* U+0120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    /* U+0130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    /* U+0140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    /* U+0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    /* U+0160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    /* U+0170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
// clang-format on

std::optional<std::string_view> fold_latin(char32_t cp) {
    if (cp >= 0xC0 && cp < 0x180 && !latin_folding[cp - 0xC0].empty()) {
        return latin_folding[cp - 0xC0];
    }
    switch (cp) { // Romanian comma-below letters, common in place names.
    case 0x218:
    case 0x219:
        return "s";
    case 0x21A:
    case 0x21B:
        return "t";
    default:
        return std::nullopt;
    }
}

bool is_combining_mark(char32_t cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F);
}

// Punctuation, spaces and symbols outside ASCII: word separators, like their ASCII cousins.
bool is_non_ascii_separator(char32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2B0 && cp <= 0x2FF) || // modifier letters: ʼ ʻ ʿ used as apostrophes
           cp == 0x60C || cp == 0x61B || cp == 0x61F || (cp >= 0x66A && cp <= 0x66D) ||
           cp == 0x6D4 || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F) ||
           (cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
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
    const auto append = [&](std::string_view piece) {
        if (pending_separator && !slug.empty()) {
            slug += '-';
        }
        pending_separator = false;
        slug += piece;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char decoded = decode_utf8(text, pos);
        if (!decoded.valid) {
            pending_separator = true;
            ++pos;
            continue;
        }
        const char32_t cp = decoded.code_point;
        const std::string_view bytes = text.substr(pos, decoded.length);
        pos += decoded.length;
        if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            if (is_ascii_alnum(c)) {
                append(lower(std::string_view(&c, 1)));
            } else {
                pending_separator = true;
            }
        } else if (const auto folded = fold_latin(cp)) {
            append(*folded);
        } else if (is_combining_mark(cp)) {
            // Decomposed accents ("e" + U+0301) vanish like precomposed ones.
        } else if (is_non_ascii_separator(cp)) {
            pending_separator = true;
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

std::string percent_encode_iri_path(std::string_view text) {
    static constexpr std::string_view kept = "-._~/:@!$'()*+,;=";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (is_ascii_alnum(c) || kept.find(c) != std::string_view::npos) {
            out += c;
        } else {
            append_percent_encoded(out, static_cast<unsigned char>(c));
        }
    }
    return out;
}

bool is_valid_iri(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !is_ascii_alpha(text[0])) {
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
            if (index == 0 ? !is_ascii_alpha(c) : !is_ascii_alnum(c)) {
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

} // namespace geokg
