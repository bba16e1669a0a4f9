#pragma once
// The project's own ontology, loaded once per test binary.
#include "lexicon/lexicon_index.hpp"

namespace geokg::testing {

// The index keeps a pointer to the lexicon: both live as long as the test binary.
const LexiconIndex& project_lexicon_index();

} // namespace geokg::testing
