#include "text/dateline.hpp"

#include "text/utf8.hpp"

#include <string_view>

namespace geokg {
namespace {

constexpr std::size_t longest_dateline = 120;

// The length of the word (up to a blank, a comma or an opening parenthesis) at `i`.
std::size_t word_at(std::string_view s, std::size_t i) {
    std::size_t end = i;
    while (end < s.size() && s[end] != ',' && s[end] != '(' && space_at(s, end) == 0)
        ++end;
    return end - i;
}

// A word in capitals: upper-case letters with dots, hyphens and apostrophes ("D.C.",
// "AL-QUDS"); at least one letter and no lower-case one.
bool is_capitals(std::string_view word) {
    bool letter = false;
    for (std::size_t i = 0; i < word.size();) {
        const Utf8Char ch = decode_utf8(word, i);
        if (is_upper(ch.code_point))
            letter = true;
        else if (ch.code_point != '.' && ch.code_point != '-' && ch.code_point != '\'')
            return false;
        i += ch.length;
    }
    return letter;
}

// A word of the dateline's second part: capitalized ("June", "Ukraine", "Sept.") or a number.
bool is_dateline_word(std::string_view word) {
    if (word.empty())
        return false;
    const char32_t c = decode_utf8(word, 0).code_point;
    return is_upper(c) || is_digit(c);
}

std::size_t skip_blanks(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        const std::size_t n = space_at(s, i);
        if (n == 0)
            break;
        i += n;
    }
    return i;
}

// The dash (with the blanks before and after it) at `i`, or 0.
std::size_t dash_at(std::string_view s, std::size_t i) {
    const std::size_t start = i;
    i = skip_blanks(s, i);
    if (s.substr(i, 2) == "--")
        i += 2;
    else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") // – —
        i += 3;
    else if (s.substr(i, 1) == "-")
        i += 1;
    else
        return 0;
    const std::size_t after = skip_blanks(s, i);
    return after > i && after < s.size() ? after - start : 0;
}

} // namespace

std::size_t dateline_length(std::string_view line) {
    line = line.substr(0, longest_dateline);
    // The place, in capitals: one word or more.
    std::size_t i = 0;
    std::size_t words = 0;
    while (i < line.size()) {
        const std::size_t n = word_at(line, i);
        if (n == 0 || !is_capitals(line.substr(i, n)))
            break;
        i = skip_blanks(line, i + n);
        ++words;
    }
    if (words == 0)
        return 0;
    // A lone capital letter or pair ("I", "US") is a word of the sentence, not a place.
    if (words == 1 && word_at(line, 0) < 3)
        return 0;
    if (i < line.size() && line[i] == ',') {
        i = skip_blanks(line, i + 1);
        for (std::size_t n = 0; n < 4 && i < line.size(); ++n) {
            const std::size_t w = word_at(line, i);
            if (!is_dateline_word(line.substr(i, w)))
                break;
            i += w;
            if (i < line.size() && line[i] == ',')
                ++i; // "Ukraine, June 4"
            i = skip_blanks(line, i);
        }
    }
    if (i < line.size() && line[i] == '(') {
        const std::size_t close = line.find(')', i);
        if (close == std::string_view::npos)
            return 0;
        i = close + 1;
    }
    // Blanks before the dash were skipped with the last word; dash_at skips any others.
    while (i > 0 && space_before(line, i) > 0)
        i -= space_before(line, i);
    const std::size_t dash = dash_at(line, i);
    return dash == 0 ? 0 : i + dash;
}

} // namespace geokg
