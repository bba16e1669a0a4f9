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

// An "s" or "S" at `k` that ends the word: with the apostrophe before it, a possessive.
bool possessive_s_at(std::string_view s, std::size_t k) {
    return k < s.size() && (s[k] == 's' || s[k] == 'S') &&
           (k + 1 >= s.size() || !is_letter_or_digit(decode_utf8(s, k + 1).code_point));
}

// "5,000" and "2.5": a separator `d` at `j` between two ASCII digits.
bool joins_digits(std::string_view s, std::size_t j, char32_t d, char32_t next) {
    return (d == '-' || d == '.' || d == ',') && next < 0x80 && next >= '0' && next <= '9' &&
           s[j - 1] >= '0' && s[j - 1] <= '9';
}

// Whether the character at `k` (none at the end) ends a capital of "U.S.": a dot or no
// letter or digit follows it.
bool ends_dotted_capital(std::string_view s, std::size_t k) {
    const char32_t c = k < s.size() ? decode_utf8(s, k).code_point : 0;
    return c == '.' || !is_letter_or_digit(c);
}

// After a dot at `k - 1`: one or two letters and a dot ("D." of "Ph.D.", "m." of "a.m."); the
// end of that dot, or 0.
std::size_t short_dotted_group_end(std::string_view s, std::size_t k) {
    std::size_t letters = 0;
    while (k < s.size()) {
        const Utf8Char ch = decode_utf8(s, k);
        if (ch.code_point == '.')
            return letters >= 1 && letters <= 2 ? k + 1 : 0;
        if (!is_letter(ch.code_point) || ++letters > 2)
            return 0;
        k += ch.length;
    }
    return 0;
}

// The end of the word starting at `i` with a character of `len` bytes: letters and digits,
// joined by the separators of numbers, hyphens and apostrophes ("Non-NATO", "don't", not
// the possessive "'s"), dotted capitals ("U.S.", "D.C.") with their final dot, and groups of
// one or two letters each ended by a dot ("Ph.D.", "e.g.", "a.m.").
std::size_t word_end(std::string_view s, std::size_t i, std::size_t len, bool capitalized) {
    std::size_t j = i + len;
    bool single_upper = capitalized;
    bool dotted = false;
    std::size_t group = is_letter(decode_utf8(s, i).code_point) ? 1 : 3; // letters since a dot
    while (j < s.size()) {
        const Utf8Char here = decode_utf8(s, j);
        const char32_t d = here.code_point;
        const std::size_t l2 = here.length;
        if (is_letter_or_digit(d)) {
            single_upper = false;
            group = is_letter(d) ? group + 1 : 3;
            j += l2;
            continue;
        }
        if (d == '.' && group <= 2) {
            if (const std::size_t e = short_dotted_group_end(s, j + 1); e != 0) {
                j = e; // "Ph.D.", "U.S.": the group's dot is the word's
                dotted = true;
                group = 0;
                if (j < s.size() && is_letter(decode_utf8(s, j).code_point))
                    continue; // "U.S.A."
                break;
            }
        }
        const Utf8Char following = j + l2 < s.size() ? decode_utf8(s, j + l2) : Utf8Char{};
        const char32_t next = following.code_point;
        const std::size_t l3 = following.length;
        if (joins_digits(s, j, d, next) || (is_hyphen(d) && is_letter_or_digit(next)) ||
            (is_apostrophe(d) && is_letter_or_digit(next) && !possessive_s_at(s, j + l2))) {
            j += l2;
            continue;
        }
        // U.S., U.N., D.C.: single capitals joined by dots.
        if (d == '.' && (single_upper || dotted) && is_upper(next) &&
            ends_dotted_capital(s, j + l2 + l3)) {
            dotted = true;
            j += l2 + l3;
            single_upper = true;
            continue;
        }
        if (d == '.' && dotted) {
            j += l2;
        }
        break;
    }
    return j;
}

// The token starting at `i`, whose first character `first` does not separate tokens.
Token token_at(std::string_view s, std::size_t i, Utf8Char first) {
    const char32_t c = first.code_point;
    const std::size_t len = first.length;
    Token t;
    t.begin = i;
    if (is_letter_or_digit(c)) {
        t.word = true;
        t.capitalized = is_upper(c);
        t.end = word_end(s, i, len, t.capitalized);
    } else if (is_apostrophe(c) && possessive_s_at(s, i + len)) {
        t.end = i + len + 1; // possessive
        t.word = false;
    } else {
        t.end = i + len;
    }
    t.text = s.substr(t.begin, t.end - t.begin);
    return t;
}

} // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        const Utf8Char first = decode_utf8(s, i);
        if (separates_tokens(first.code_point)) {
            i += first.length;
            continue;
        }
        tokens.push_back(token_at(s, i, first));
        i = tokens.back().end;
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
