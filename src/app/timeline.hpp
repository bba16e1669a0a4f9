#pragma once
// `geokg timeline`: the events with their dates, day by day, reported and planned side by
// side (a tour at a glance), as text or as an SVG picture. Undated events come last.
#include "extract/pipeline.hpp"

#include <string>

namespace geokg {

// Columns: the date (as precisely as the text fixes it), what was reported (denied and
// contested reports marked), what was planned.
std::string timeline_text(const Extraction& extraction);

// The same as an SVG picture: a row per date, a lane for reported and one for planned
// events (planned dashed, contested red, denied grey).
std::string timeline_svg(const Extraction& extraction);

} // namespace geokg
