// Validation: the ontology indexed, the data files loaded into one graph, the checks run over
// every statement of every file, the findings put in the order of the files.
#include "check/validate.hpp"

#include "check/checker.hpp"
#include "check/load.hpp"
#include "check/ontology_index.hpp"

#include <algorithm>
#include <map>

namespace geokg {
namespace {

std::vector<Finding> check_data(const OntologyIndex& ontology, SordWorld* world,
                                const DataGraph& data) {
    Checker checker(ontology, world, data.all.get());
    for (const DataFile& file : data.files) {
        std::vector<Term> graphs;
        const std::vector<Triple> triples = triples_of(file.model.get(), file.path, &graphs);
        for (std::size_t i = 0; i < triples.size(); ++i) {
            checker.check_statement(triples[i], graphs[i]);
        }
    }
    checker.check_labels(data.files);
    const std::set<Finding> found = checker.take();
    return {found.begin(), found.end()};
}

// Files in the order given, then by statement (the findings come sorted by statement).
void order_by_file(std::vector<Finding>& findings, const std::vector<std::string>& files) {
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < files.size(); ++i) {
        order.emplace(files[i], i);
    }
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        return order[a.file] < order[b.file];
    });
}

} // namespace

struct Validator::State {
    WorldPtr world;
    OntologyIndex ontology;
};

Validator::Validator(const std::string& ontology_dir) : state_(std::make_unique<State>()) {
    state_->world.reset(sord_world_new());
    if (!state_->world)
        throw Error("cannot create an RDF world");
    state_->ontology = index_ontology(read_ontology(state_->world.get(), ontology_dir));
}

Validator::~Validator() = default;

ValidationResult Validator::validate(const std::vector<std::string>& files) const {
    ValidationResult result;
    DataGraph data = load_data_files(state_->world.get(), files);
    if (!data.errors.empty()) {
        result.errors = std::move(data.errors);
        return result;
    }
    result.findings = check_data(state_->ontology, state_->world.get(), data);
    order_by_file(result.findings, files);
    return result;
}

ValidationResult validate_files(const std::vector<std::string>& files,
                                const std::string& ontology_dir) {
    try {
        return Validator(ontology_dir).validate(files);
    } catch (const Error& e) {
        ValidationResult result;
        result.errors.push_back(e);
        return result;
    }
}

} // namespace geokg
