#include "project_lexicon.hpp"

namespace geokg::testing {

const LexiconIndex& project_lexicon_index() {
    static const Lexicon lexicon = load_lexicon(GEOKG_ONTOLOGY_DIR);
    static const LexiconIndex index = build_lexicon_index(lexicon);
    return index;
}

} // namespace geokg::testing
