#pragma once
// The checks' input read with Sord (through rdf/sord_reader): the ontology as triples, the data
// files as models. Includes sord.h.
#include "check/finding.hpp"
#include "rdf/sord_handles.hpp"
#include "text/error.hpp"

#include <string>
#include <vector>

namespace geokg {

// A node of a model as a term (the model keeps owning the node).
Term term_of(const SordNode* node);

// Every statement of the model (graph names dropped: findings name triples); with `graphs`, the
// graph of each statement too (an IRI term with an empty value for the default graph).
std::vector<Triple> triples_of(SordModel* model, const std::string& file,
                               std::vector<Term>* graphs = nullptr);

// Every statement of every *.ttl file of dir (sorted by name, as the lexicon reads them), blank
// nodes kept apart per file. Throws Error "FILE:LINE:COL: message".
std::vector<Triple> read_ontology(SordWorld* world, const std::string& dir);
// The same in a world of its own, for checks of the ontology itself (check/lint).
std::vector<Triple> read_ontology_triples(const std::string& dir);

struct DataFile {
    std::string path;
    ModelPtr model; // the file's own statements, graphs kept
};

struct DataGraph {
    std::vector<DataFile> files; // in the order given, unreadable ones left out
    ModelPtr all;                // every statement of every file, graphs dropped
    std::vector<Error> errors;   // one per file that could not be read
};

// Reads every file (format by its extension: .ttl, .nt, .nq, .trig) into a model of its own
// and into one model of all. A relative IRI is an error (the data must stand on its own).
DataGraph load_data_files(SordWorld* world, const std::vector<std::string>& files);

} // namespace geokg
