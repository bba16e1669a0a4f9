#pragma once
// Dropping page boilerplate while keeping offsets into the original text.
#include "text/text_span.hpp"

#include <string_view>
#include <vector>

namespace geokg {

// The spans of `text` that are article content: one span per kept line (paragraph),
// without its line break, trimmed of surrounding white space. Navigation, "Recent Posts"
// blocks and everything after them, cookie notices, "Read More", "Source link",
// "Leave a Reply", photo captions and credits, "Follow ... on" lines are dropped.
std::vector<TextSpan> clean_text(std::string_view text);

} // namespace geokg
