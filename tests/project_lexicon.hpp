#pragma once
// The project's own ontology, loaded once per test binary.
#include "lexicon/lexicon_index.hpp"

namespace geokg::testing {

const LexiconIndex& project_lexicon_index();

} // namespace geokg::testing
