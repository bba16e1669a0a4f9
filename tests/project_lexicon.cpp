#include "project_lexicon.hpp"

namespace geokg::testing {

const LexiconIndex& project_lexicon_index() {
    static const LexiconIndex index = build_lexicon_index(load_lexicon(GEOKG_ONTOLOGY_DIR));
    return index;
}

} // namespace geokg::testing
