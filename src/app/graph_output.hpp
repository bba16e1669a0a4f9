#pragma once
// Writing an extraction's graph where the options say, in the format they say: for
// `extract` and `merge` alike.
#include "app/options.hpp"
#include "app/progress.hpp"
#include "extract/pipeline.hpp"
#include "rdf/format.hpp"

namespace geokg {

// -f, else -o's extension, else Turtle.
RdfFormat output_format(const Options& options);

// Text to stdout, flushed. Throws Error when it cannot be written.
void write_to_stdout(const std::string& text);

// The graph, to the output file (whole or not at all, with a closing line on stderr) or to
// stdout. Throws Error when it cannot be written.
void write_output(const Options& options, const Extraction& extraction, Progress& progress);

} // namespace geokg
