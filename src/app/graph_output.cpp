#include "app/graph_output.hpp"

#include "app/graph_picture.hpp"
#include "app/output_file.hpp"
#include "rdf/writer.hpp"

#include <iostream>

namespace geokg {

RdfFormat output_format(const Options& o) {
    if (!o.format.empty())
        return *format_from_name(o.format); // checked when the options were parsed
    if (!o.output.empty())
        if (auto f = format_from_extension(o.output))
            return *f;
    return RdfFormat::Turtle;
}

void write_to_stdout(const std::string& text) {
    std::cout << text << std::flush;
    if (!std::cout)
        throw Error("-", "cannot write to standard output");
}

void open_output(const Options& o, std::optional<OutputFile>& file) {
    if (!o.output.empty())
        file.emplace(o.output);
}

void write_output(const Options& o, const Extraction& x, Progress& progress,
                  std::optional<OutputFile>& file) {
    progress.stage("writing");
    const std::optional<PictureFormat> picture = picture_format_of(o.format, o.output);
    const std::string text =
        picture ? render_picture(graph_to_dot(x), *picture)
                : write_graph_to_string(x.graph, output_format(o), output_prefixes(o.base));
    progress.finish();
    if (!file) {
        write_to_stdout(text);
        return;
    }
    file->append(text);
    file->commit();
    if (!o.quiet)
        std::cerr << "geokg: wrote " << o.output << ": " << x.stats.documents << " documents, "
                  << x.stats.sentences << " sentences, " << x.events.size() << " events, "
                  << x.graph.statements.size() << " statements\n";
}

} // namespace geokg
