#pragma once
// Splitting a sentence into word and punctuation tokens with byte offsets.
// lower(), which token keys use, lives with the other Unicode primitives in text/utf8.hpp.
#include "text/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

struct Token {
    std::size_t begin = 0; // byte offset in the tokenized text
    std::size_t end = 0;
    std::string_view text;
    bool word = false;        // letters, digits, hyphenated or dotted abbreviations
    bool capitalized = false; // starts with an upper-case letter
    friend bool operator==(const Token&, const Token&) = default;
};

// Words keep inner hyphens and apostrophes ("al-Qaeda", "d'Ivoire") and dotted
// abbreviations ("U.S."); a possessive "'s" or "’s" is a token of its own; every other
// punctuation mark (one code point) is a token.
std::vector<Token> tokenize(std::string_view text);

// Typographic variants folded to ASCII: ’ to ', “ ” to ", – — to -.
std::string fold_punctuation(std::string_view token);

} // namespace geokg
