#pragma once
// `geokg explain`: why each fact exists and which sentences gave none.
#include "extract/pipeline.hpp"

#include <ostream>

namespace geokg {

// For each event: its status, rules, source sentences, how each mention of them was
// resolved and what the grammar saw; then every sentence that matched no rule; then counts.
void print_explanation(const Extraction& x, std::ostream& out);

} // namespace geokg
