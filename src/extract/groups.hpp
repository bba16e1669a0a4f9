#pragma once
// Resolving groups ("the two ministers", "both sides"): the participants of the last event
// before the group, in the same document, that has as many.
#include "extract/records.hpp"
#include "extract/resolve.hpp"

#include <vector>

namespace geokg {

// Sets the members of each group mention's resolution. A group of people stands for the
// people of the closest relation told before it, in its sentence or the three before, whose people
// (agents, counterparts and hosts, resolved to persons, and the members of a group resolved
// before) are exactly as many as the group counts; a
// group of states ("the two sides") for those people's states, or for the relation's
// states, when they are as many. A group with no such relation stands for no one.
void resolve_groups(const std::vector<DocumentRecord>& documents, Resolved& resolved);

} // namespace geokg
