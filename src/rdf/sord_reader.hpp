#pragma once
// The one loader of RDF files into a Sord model, for the lexicon and the checks. Includes sord.h.
#include "rdf/format.hpp"
#include "text/error.hpp"

#include <sord/sord.h>

#include <string>

namespace geokg {

struct SordReadOptions {
    // Prepended to the file's blank node labels: keeps several files' _:b1 apart in one model.
    std::string blank_prefix;
    // Relative IRIs are resolved against the file's own file: URI; otherwise one is an error,
    // never silently made absolute.
    bool resolve_against_file = false;
};

// Reads the file into `model` (strictly: the first error stops it, including the ones Sord
// reports through `world`, as an undefined prefix). An empty file is an empty graph. Throws
// Error, where "FILE:LINE:COL" when Serd gives a position, else "FILE".
void read_rdf_file(SordWorld* world, SordModel* model, const std::string& path, RdfFormat format,
                   const SordReadOptions& options = {});

} // namespace geokg
