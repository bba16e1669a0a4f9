#pragma once
// A half-open byte range [begin, end) into a document's original text.
#include <compare>
#include <cstddef>

namespace geokg {

struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    friend auto operator<=>(const TextSpan&, const TextSpan&) = default;
};

} // namespace geokg
