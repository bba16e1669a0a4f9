#pragma once
// A wire story's dateline: "NAIROBI, March 4 (Reuters) - " or "WASHINGTON — " before the
// first sentence of a paragraph. It is no part of the sentence: read as one, its place,
// month and outlet become the subject ("Sept" and "Steppe" of "TASHKENT, Sept 5 (Steppe
// News) - " as people) and the clause after it does not start a sentence.
#include <cstddef>
#include <string_view>

namespace geokg {

// The bytes of the dateline that opens `line`, with the dash and the blank after it; 0 when
// the line opens with none. A dateline is a place in capitals (one or more words: "NEW
// DELHI", "WASHINGTON, D.C."), then optionally a comma and up to four capitalized words or
// numbers ("June 4", "Ukraine"), then optionally an outlet in parentheses, and a dash
// ("-", "--", "–", "—") before the text.
std::size_t dateline_length(std::string_view line);

} // namespace geokg
