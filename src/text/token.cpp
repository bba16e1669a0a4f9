#include "text/token.hpp"

#include "text/utf8.hpp"

namespace geokg {
namespace {

// Word separators: white space, and U+200B ZERO WIDTH SPACE, which news text uses as one.
bool separates_tokens(char32_t c) {
    return is_space(c) || c == 0x200B;
}

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}

// "-", and the Unicode hyphen and non-breaking hyphen ("Non‑NATO") that join words like it.
bool is_hyphen(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}

// What a word is made of: ASCII letters and digits; beyond ASCII, everything but punctuation
// and spaces (Unicode categories), so letters, digits and marks of any script, symbols that
// stick to numbers ("€40", "30×30") and invisible format characters (soft hyphen, word
// joiner). © and ® open credit lines, and an invalid byte (U+FFFD): tokens of their own.
bool is_letter_or_digit(char32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return !is_punctuation(c) && !separates_tokens(c) && c != 0xFFFD && c != 0xA9 && c != 0xAE;
}

} // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        const Utf8Char first = decode_utf8(s, i);
        const char32_t c = first.code_point;
        const std::size_t len = first.length;
        if (separates_tokens(c)) {
            i += len;
            continue;
        }
        Token t;
        t.begin = i;
        if (is_letter_or_digit(c)) {
            t.word = true;
            t.capitalized = is_upper(c);
            std::size_t j = i + len;
            bool single_upper = t.capitalized;
            bool dotted = false;
            while (j < s.size()) {
                const Utf8Char here = decode_utf8(s, j);
                const char32_t d = here.code_point;
                const std::size_t l2 = here.length;
                if (is_letter_or_digit(d)) {
                    single_upper = false;
                    j += l2;
                    continue;
                }
                const Utf8Char following = j + l2 < s.size() ? decode_utf8(s, j + l2) : Utf8Char{};
                const char32_t next = following.code_point;
                const std::size_t l3 = following.length;
                if ((d == '-' || d == '.' || d == ',') && next < 0x80 && next >= '0' &&
                    next <= '9' && s[j - 1] >= '0' && s[j - 1] <= '9') {
                    j += l2; // 5,000 and 2.5
                    continue;
                }
                if (is_hyphen(d) && is_letter_or_digit(next)) {
                    j += l2;
                    continue;
                }
                if (is_apostrophe(d) && is_letter_or_digit(next)) {
                    // "’s" at the end of a word is a possessive token of its own.
                    std::size_t after = j + l2 + l3;
                    bool possessive = (next == 's' || next == 'S') &&
                                      (after >= s.size() ||
                                       !is_letter_or_digit(decode_utf8(s, after).code_point));
                    if (possessive)
                        break;
                    j += l2;
                    continue;
                }
                if (d == '.' && (single_upper || dotted) && is_upper(next)) {
                    // U.S., U.N., D.C.: single capitals joined by dots.
                    std::size_t after = j + l2 + l3;
                    char32_t after_c = after < s.size() ? decode_utf8(s, after).code_point : 0;
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
                    !is_letter_or_digit(decode_utf8(s, i + len + 1).code_point))) {
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
