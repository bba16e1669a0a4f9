#pragma once
// Splitting kept text into sentences.
#include "text/text_span.hpp"

#include <string_view>
#include <vector>

namespace geokg {

// Sentences of `text` inside the given kept spans (a sentence never crosses a span),
// trimmed of white space. Robust to abbreviations: "U.S.", "Lt. Gen.", "Walter K. Hale",
// "Sept.", "Dr.", "No. 10", decimal numbers, and to quotes after the full stop.
std::vector<TextSpan> split_sentences(std::string_view text, const std::vector<TextSpan>& kept);

} // namespace geokg
