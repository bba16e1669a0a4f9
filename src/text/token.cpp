#include "text/token.hpp"

#include "text/utf8.hpp"

namespace geokg {
namespace {

// The code point at `i` and its length; an invalid byte reads as U+FFFD of length 1.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
    const Utf8Char c = decode_utf8(s, i);
    length = c.length;
    return c.code_point;
}

bool is_token_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x2009 || c == 0x200B || c == 0x202F;
}

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}

bool is_letter_or_digit(char32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    // Non-ASCII punctuation that news text uses; every other non-ASCII code point is
    // taken as part of a word (accented letters, other scripts).
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2013:
    case 0x2014:
    case 0x2026:
    case 0x00AB:
    case 0x00BB:
    case 0x00B7:
    case 0x2022:
    case 0x00A0:
    case 0x2009:
    case 0x200B:
    case 0x202F:
    case 0xFFFD:
    case 0x00A9:
    case 0x00AE:
        return false;
    default:
        return true;
    }
}

bool is_latin1_upper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

} // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t len = 0;
        char32_t c = decode(s, i, len);
        if (is_token_space(c)) {
            i += len;
            continue;
        }
        Token t;
        t.begin = i;
        if (is_letter_or_digit(c)) {
            t.word = true;
            t.capitalized = is_latin1_upper(c);
            std::size_t j = i + len;
            bool single_upper = t.capitalized && len == 1;
            bool dotted = false;
            while (j < s.size()) {
                std::size_t l2 = 0;
                char32_t d = decode(s, j, l2);
                if (is_letter_or_digit(d)) {
                    single_upper = false;
                    j += l2;
                    continue;
                }
                std::size_t l3 = 0;
                char32_t next = j + l2 < s.size() ? decode(s, j + l2, l3) : 0;
                if ((d == '-' || d == '.' || d == ',') && next < 0x80 && next >= '0' &&
                    next <= '9' && s[j - 1] >= '0' && s[j - 1] <= '9') {
                    j += l2; // 5,000 and 2.5
                    continue;
                }
                if (d == '-' && is_letter_or_digit(next) && next != 0xFFFD) {
                    j += l2;
                    continue;
                }
                if (is_apostrophe(d) && is_letter_or_digit(next)) {
                    // "’s" at the end of a word is a possessive token of its own.
                    std::size_t after = j + l2 + l3;
                    bool possessive =
                        (next == 's' || next == 'S') &&
                        (after >= s.size() || !is_letter_or_digit(decode(s, after, l3)));
                    if (possessive)
                        break;
                    j += l2;
                    continue;
                }
                if (d == '.' && (single_upper || dotted) && is_latin1_upper(next)) {
                    // U.S., U.N., D.C.: single capitals joined by dots.
                    std::size_t l4 = 0;
                    std::size_t after = j + l2 + l3;
                    char32_t after_c = after < s.size() ? decode(s, after, l4) : 0;
                    if (after_c == '.' || !is_letter_or_digit(after_c)) {
                        dotted = true;
                        j += l2 + l3;
                        single_upper = true;
                        continue;
                    }
                }
                if (d == '.' && dotted) {
                    j += l2;
                }
                break;
            }
            t.end = j;
        } else if (is_apostrophe(c) && i + len < s.size() &&
                   (s[i + len] == 's' || s[i + len] == 'S') &&
                   (i + len + 1 >= s.size() ||
                    !is_letter_or_digit(static_cast<unsigned char>(s[i + len + 1])))) {
            t.end = i + len + 1; // possessive
            t.word = false;
        } else {
            t.end = i + len;
        }
        t.text = s.substr(t.begin, t.end - t.begin);
        tokens.push_back(t);
        i = t.end;
    }
    return tokens;
}

std::string fold_punctuation(std::string_view token) {
    if (token == "\xE2\x80\x99" || token == "\xE2\x80\x98")
        return "'";
    if (token == "\xE2\x80\x9C" || token == "\xE2\x80\x9D" || token == "\xC2\xAB" ||
        token == "\xC2\xBB")
        return "\"";
    if (token == "\xE2\x80\x93" || token == "\xE2\x80\x94")
        return "-";
    if (token.size() == 4 && token.substr(0, 3) == "\xE2\x80\x99")
        return "'s";
    std::string out(token);
    if (out.size() == 2 && out[0] == '\'')
        out = "'s";
    return out;
}

} // namespace geokg
