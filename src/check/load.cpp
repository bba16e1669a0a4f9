#include "check/load.hpp"

#include "lexicon/lexicon.hpp"
#include "rdf/format.hpp"
#include "rdf/sord_reader.hpp"

namespace geokg {
namespace {

std::string string_of(const SordNode* node) {
    return reinterpret_cast<const char*>(sord_node_get_string(node));
}

// Copies the file's statements into `all`, graph names dropped: the data is one graph.
void add_without_graphs(SordModel* file, SordModel* all) {
    IterPtr iter(sord_begin(file));
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        SordQuad quad;
        sord_iter_get(iter.get(), quad);
        quad[SORD_GRAPH] = nullptr;
        sord_add(all, quad);
    }
}

} // namespace

Term term_of(const SordNode* node) {
    switch (sord_node_get_type(node)) {
    case SORD_URI:
        return iri(string_of(node));
    case SORD_BLANK:
        return blank(string_of(node));
    case SORD_LITERAL:
        break;
    }
    Term term = literal(string_of(node));
    if (const SordNode* datatype = sord_node_get_datatype(node)) {
        term.datatype = string_of(datatype);
    }
    if (const char* language = sord_node_get_language(node)) {
        term.language = language;
    }
    return term;
}

std::vector<Triple> triples_of(SordModel* model, const std::string& file,
                               std::vector<Term>* graphs) {
    std::vector<Triple> triples;
    IterPtr iter(sord_begin(model));
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        SordQuad quad;
        sord_iter_get(iter.get(), quad);
        triples.push_back(Triple{term_of(quad[SORD_SUBJECT]), term_of(quad[SORD_PREDICATE]),
                                 term_of(quad[SORD_OBJECT]), file});
        if (graphs) {
            graphs->push_back(quad[SORD_GRAPH] ? term_of(quad[SORD_GRAPH]) : Term{});
        }
    }
    return triples;
}

std::vector<Triple> read_ontology(SordWorld* world, const std::string& dir) {
    std::vector<Triple> all;
    const std::vector<std::string> files = ontology_files(dir);
    for (std::size_t i = 0; i < files.size(); ++i) {
        ModelPtr model(sord_new(world, SORD_SPO, false));
        // Blank node labels are per file: keep the files' unionOf lists apart.
        read_rdf_file(world, model.get(), files[i], RdfFormat::Turtle,
                      {"geokg_ontology_" + std::to_string(i) + "_", false});
        auto triples = triples_of(model.get(), files[i]);
        all.insert(all.end(), triples.begin(), triples.end());
    }
    return all;
}

std::vector<Triple> read_ontology_triples(const std::string& dir) {
    WorldPtr world(sord_world_new());
    if (!world) {
        throw Error(dir, "cannot create an RDF world");
    }
    return read_ontology(world.get(), dir);
}

DataGraph load_data_files(SordWorld* world, const std::vector<std::string>& files) {
    DataGraph data;
    data.all.reset(sord_new(world, SORD_SPO | SORD_OPS | SORD_POS, false));
    for (const std::string& path : files) {
        const auto format = format_from_extension(path);
        if (!format) {
            data.errors.emplace_back(path, "unknown RDF format (use " + known_extensions() + ")");
            continue;
        }
        ModelPtr model(sord_new(world, SORD_SPO, true));
        try {
            read_rdf_file(world, model.get(), path, *format);
        } catch (const Error& e) {
            data.errors.push_back(e);
            continue;
        }
        add_without_graphs(model.get(), data.all.get());
        data.files.push_back(DataFile{path, std::move(model)});
    }
    return data;
}

} // namespace geokg
