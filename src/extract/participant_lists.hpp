#pragma once
// A readout's list of who took part in its meeting: a line that ends with ":" and names the
// participants (words:participant-word: "Meeting participants included:"), then one item a
// line, each opened by a bullet ("- Name, Affiliation", "- Title Name", "- Organization").
#include "extract/records.hpp"
#include "lexicon/lexicon_index.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace geokg {

struct ParticipantItem {
    std::size_t sentence = 0; // index into DocumentRecord::sentences
    // The participant's mention in that sentence (a person or organization the item opens
    // with), or -1; then `organization` is the item's text, an organization's name.
    int mention = -1;
    std::string organization;
};

struct ParticipantList {
    std::size_t header = 0; // the sentence that introduces the list
    std::vector<ParticipantItem> items;
};

// The participant lists of a document, in text order. A list whose header names an
// organization ("White House participants:") lists the hosts' side and is left out.
std::vector<ParticipantList> participant_lists(const DocumentRecord& document,
                                               const LexiconIndex& index);

} // namespace geokg
