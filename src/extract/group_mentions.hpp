#pragma once
// Groups: "the two ministers", "both sides", "the three leaders". A group is a pronoun for
// several participants named before; resolution (extract/groups) finds which.
#include "extract/mentions.hpp"
#include "lexicon/lexicon_index.hpp"
#include "text/token.hpp"

#include <string_view>
#include <vector>

namespace geokg {

// Adds to `mentions` (kept left to right) each group phrase of the sentence: "the" and a
// count ("two", or "both" alone) before a plural noun of people or of states of the
// lexicon (words:group-person-noun, words:group-state-noun), with up to two modifiers
// between ("the two Vice Ministers"); or "the two" before a trigger ("the two signed").
// A title without a name inside the phrase gives way to it; a group over a name or a
// place is no group.
void add_group_mentions(std::string_view sentence, const std::vector<Token>& tokens,
                        const LexiconIndex& index, std::vector<Mention>& mentions);

} // namespace geokg
