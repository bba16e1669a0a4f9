#pragma once
// Writing an extraction's graph where the options say, in the format they say: for
// `extract` and `merge` alike.
#include "app/options.hpp"
#include "app/output_file.hpp"
#include "app/progress.hpp"
#include "extract/pipeline.hpp"
#include "rdf/format.hpp"

#include <optional>

namespace geokg {

// -f, else -o's extension, else Turtle.
RdfFormat output_format(const Options& options);

// Text to stdout, flushed. Throws Error when it cannot be written.
void write_to_stdout(const std::string& text);

// The file -o names, opened before any work, so that an output that cannot be written is
// said before the input is read; nothing for stdout. Throws Error.
void open_output(const Options& options, std::optional<OutputFile>& file);

// The graph, to the output file opened by open_output (whole or not at all, with a closing
// line on stderr) or to stdout. Throws Error when it cannot be written.
void write_output(const Options& options, const Extraction& extraction, Progress& progress,
                  std::optional<OutputFile>& file);

} // namespace geokg
