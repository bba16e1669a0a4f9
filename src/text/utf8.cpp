// UTF-8 decoding, Unicode letter classes and folding, on libutf8proc.
#include "text/utf8.hpp"

#include <iconv.h>
#include <utf8proc.h>

#include <optional>
#include <stdexcept>

namespace geokg {
namespace {

bool is_ascii_alnum(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char ascii_lower(char32_t c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

utf8proc_category_t category(char32_t c) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

char32_t lower_code_point(char32_t c) {
    return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

// Latin letters that neither decompose nor case-fold to ASCII, with their usual spelling.
std::string_view undecomposable_latin(char32_t c) {
    switch (c) {
    case 0xC6: // Æ
    case 0xE6:
        return "ae";
    case 0xD0: // Ð
    case 0xF0:
    case 0x110: // Đ
    case 0x111:
        return "d";
    case 0xD8: // Ø
    case 0xF8:
        return "o";
    case 0xDE: // Þ
    case 0xFE:
        return "th";
    case 0x126: // Ħ
    case 0x127:
        return "h";
    case 0x131: // ı
        return "i";
    case 0x132: // Ĳ
    case 0x133:
        return "ij";
    case 0x138: // ĸ
        return "k";
    case 0x13F: // Ŀ
    case 0x140:
    case 0x141: // Ł
    case 0x142:
        return "l";
    case 0x149: // ŉ
    case 0x14A: // Ŋ
    case 0x14B:
        return "n";
    case 0x152: // Œ
    case 0x153:
        return "oe";
    case 0x166: // Ŧ
    case 0x167:
        return "t";
    default:
        return {};
    }
}

} // namespace

Utf8Char decode_utf8(std::string_view text, std::size_t pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        return {lead, 1, true};
    }
    utf8proc_int32_t c = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &c);
    if (n <= 0) {
        return {0xFFFD, 1, false};
    }
    return {static_cast<char32_t>(c), static_cast<std::size_t>(n), true};
}

Utf8Char decode_utf8_before(std::string_view text, std::size_t pos) {
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
        --start;
    }
    const Utf8Char ch = decode_utf8(text, start);
    if (ch.valid && start + ch.length == pos) {
        return ch;
    }
    return {0xFFFD, 1, false};
}

void append_utf8(std::string& out, char32_t code_point) {
    utf8proc_uint8_t bytes[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

std::size_t find_invalid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        if (!ch.valid) {
            return pos;
        }
        pos += ch.length;
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) {
    return find_invalid_utf8(text) == std::string_view::npos;
}

namespace {

// The text read as Windows-1252, or nothing when a byte is one it leaves undefined.
std::optional<std::string> from_windows_1252(std::string_view text) {
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error("iconv cannot convert from Windows-1252");
    std::string out(text.size() * 3, '\0'); // at most three bytes per byte (U+20AC)
    char* in_p = const_cast<char*>(text.data());
    std::size_t in_left = text.size();
    char* out_p = out.data();
    std::size_t out_left = out.size();
    const std::size_t done = iconv(cd, &in_p, &in_left, &out_p, &out_left);
    iconv_close(cd);
    if (done == static_cast<std::size_t>(-1) || in_left != 0)
        return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

} // namespace

Utf8Repair repair_utf8(std::string& text) {
    Utf8Repair repair;
    bool multibyte = false; // a valid character of more than one byte
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        if (!ch.valid) {
            if (repair.first_invalid == std::string_view::npos)
                repair.first_invalid = pos;
            ++repair.invalid_bytes;
        } else if (ch.length > 1) {
            multibyte = true;
        }
        pos += ch.length;
    }
    if (repair.invalid_bytes == 0)
        return repair;
    if (!multibyte)
        if (auto decoded = from_windows_1252(text)) {
            text = std::move(*decoded);
            repair.windows_1252 = true;
            return repair;
        }
    std::string out;
    out.reserve(text.size() + 2 * repair.invalid_bytes);
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        if (ch.valid)
            out.append(text, pos, ch.length);
        else
            append_utf8(out, 0xFFFD);
        pos += ch.length;
    }
    text = std::move(out);
    return repair;
}

std::u32string to_utf32(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        out += ch.code_point;
        pos += ch.length;
    }
    return out;
}

std::size_t code_points(std::string_view utf8, std::size_t byte_end) {
    const std::size_t end = byte_end < utf8.size() ? byte_end : utf8.size();
    std::size_t count = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

bool is_upper(char32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    const auto k = category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    return category(c) == UTF8PROC_CATEGORY_LL;
}

bool is_letter(char32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    const auto k = category(c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

bool is_digit(char32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return category(c) == UTF8PROC_CATEGORY_ND;
}

bool is_number(char32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    const auto k = category(c);
    return k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO;
}

bool is_mark(char32_t c) {
    const auto k = category(c);
    return k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME;
}

bool is_punctuation(char32_t c) {
    const auto k = category(c);
    return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

bool is_space(char32_t c) {
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85) {
        return true;
    }
    const auto k = category(c);
    return c >= 0x80 && k >= UTF8PROC_CATEGORY_ZS && k <= UTF8PROC_CATEGORY_ZP;
}

std::size_t space_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) {
        return 0;
    }
    const Utf8Char ch = decode_utf8(text, pos);
    return ch.valid && is_space(ch.code_point) ? ch.length : 0;
}

std::size_t space_before(std::string_view text, std::size_t pos) {
    if (pos == 0 || pos > text.size()) {
        return 0;
    }
    const Utf8Char ch = decode_utf8_before(text, pos);
    return ch.valid && is_space(ch.code_point) ? ch.length : 0;
}

std::string_view trim(std::string_view text) {
    for (std::size_t n; (n = space_at(text, 0)) > 0;) {
        text.remove_prefix(n);
    }
    for (std::size_t n; (n = space_before(text, text.size())) > 0;) {
        text.remove_suffix(n);
    }
    return text;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::size_t i = 0;
    for (; i < out.size() && static_cast<unsigned char>(out[i]) < 0x80; ++i) {
        out[i] = ascii_lower(static_cast<unsigned char>(out[i]));
    }
    if (i == out.size()) {
        return out; // ASCII: the common case for token keys
    }
    out.resize(i);
    for (std::size_t pos = i; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        if (ch.valid) {
            append_utf8(out, lower_code_point(ch.code_point));
        } else {
            out += text[pos];
        }
        pos += ch.length;
    }
    return out;
}

std::string fold_to_ascii(char32_t c) {
    if (c < 0x80) {
        return is_ascii_alnum(c) ? std::string(1, ascii_lower(c)) : std::string();
    }
    if (const std::string_view spelled = undecomposable_latin(c); !spelled.empty()) {
        return std::string(spelled);
    }
    if (!is_letter(c)) {
        return {};
    }
    // Case folding first ("ẞ" -> "ss"), then the canonical decomposition without its marks.
    utf8proc_int32_t parts[8];
    const auto n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(c), parts, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK),
        nullptr);
    if (n <= 0 || n > 8) {
        return {};
    }
    std::string out;
    for (auto i = 0; i < n; ++i) {
        const auto part = static_cast<char32_t>(parts[i]);
        if (!is_ascii_alnum(part)) {
            return {}; // "ж", "ά" -> "α": not a letter of the ASCII alphabet
        }
        out += ascii_lower(part);
    }
    return out;
}

namespace {

// Letters with an ASCII spelling take it (a combining mark after one is dropped); with
// `keep_case` the rest is kept as written and a capital stays one, else all is lower-cased.
std::string fold_letters(std::string_view text, bool keep_case) {
    std::string out;
    out.reserve(text.size());
    bool after_folded_letter = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decode_utf8(text, pos);
        const char32_t c = ch.code_point;
        std::string ascii = ch.valid && c >= 0x80 ? fold_to_ascii(c) : std::string();
        if (!ascii.empty()) {
            if (keep_case && is_upper(c))
                ascii[0] = static_cast<char>(ascii[0] - 'a' + 'A');
            out += ascii;
            after_folded_letter = true;
        } else if (!ch.valid) {
            out += text[pos];
            after_folded_letter = false;
        } else if (!(after_folded_letter && is_mark(c))) { // "e" + U+0301 is "é": drop the mark
            if (keep_case)
                out.append(text.substr(pos, ch.length));
            else if (c < 0x80)
                out += ascii_lower(c);
            else
                append_utf8(out, lower_code_point(c));
            after_folded_letter = c < 0x80 && is_ascii_alnum(c);
        }
        pos += ch.length;
    }
    return out;
}

} // namespace

std::string fold_key(std::string_view text) {
    return fold_letters(text, false);
}

std::string strip_diacritics(std::string_view text) {
    return fold_letters(text, true);
}

} // namespace geokg
