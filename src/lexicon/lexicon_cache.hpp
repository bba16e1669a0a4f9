#pragma once
// A compiled form of the lexicon, cached on disk: reading a large gazetteer's Turtle with
// Sord at every start costs seconds, reading its compiled form milliseconds. The cache is
// named by a fingerprint of every ontology file's name and bytes, so an edited Turtle file
// is never answered from a stale cache; a missing, unreadable or damaged cache is rebuilt
// from the Turtle, never an error.
#include "lexicon/lexicon.hpp"

#include <optional>
#include <string>

namespace geokg {

// The lexicon as bytes, and back; nullopt when the bytes are no lexicon of this version.
std::string serialize_lexicon(const Lexicon& lexicon);
std::optional<Lexicon> deserialize_lexicon(std::string_view bytes);

// The fingerprint of an ontology directory: its *.ttl files' names and bytes, and the
// compiled form's version (16 hex digits).
std::string ontology_fingerprint(const std::string& ontology_dir);

// load_lexicon(ontology_dir), answered from `cache_dir` when it holds the compiled form of
// exactly these files, and written there when it does not (atomically; a cache that cannot
// be written is skipped; only the 8 most recently written compiled forms are kept). An
// empty cache_dir reads the Turtle every time.
// `fingerprint`, when given, is set to the ontology's (computed once for both uses).
Lexicon load_lexicon_cached(const std::string& ontology_dir, const std::string& cache_dir,
                            std::string* fingerprint = nullptr);

} // namespace geokg
