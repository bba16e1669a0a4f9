#pragma once
// The first error Serd reports while reading one file, with its position when Serd gives one.
// For the files that read RDF (the lexicon loader, the validator); includes serd.h.
#include <serd/serd.h>

#include <optional>
#include <string>

namespace geokg {

struct SerdErrorCapture {
    std::string file;
    std::optional<std::string> message; // "FILE:LINE:COL: what" or "FILE: what"
};

// A SerdErrorSink: `handle` is a SerdErrorCapture; keeps the first error only.
SerdStatus capture_serd_error(void* handle, const SerdError* error);

} // namespace geokg
