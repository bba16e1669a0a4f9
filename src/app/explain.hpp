#pragma once
// `geokg explain`: why each fact exists and which sentences gave none.
#include "extract/pipeline.hpp"

#include <ostream>

namespace geokg {

// For each event: its status and mode, rules, source sentences, how each mention of them was
// resolved, what the grammar saw and what it did not see (time expressions, manner
// adverbials, asides) and why; then the relations read that made no event and the visits not
// implied, with why; then every sentence that matched no rule; then counts. Offsets are in
// code points of the document's text, as NIF's.
void print_explanation(const Extraction& x, std::ostream& out);

} // namespace geokg
