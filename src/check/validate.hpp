#pragma once
// `geokg validate`: checks RDF graphs against the ontology, one finding per offending statement.
#include "check/finding.hpp"
#include "text/error.hpp"

#include <memory>
#include <string>
#include <vector>

namespace geokg {

struct ValidationResult {
    std::vector<Finding> findings; // sorted by file (in the given order), then triple
    std::vector<Error> errors;     // unreadable input: where "FILE:LINE:COL" or "FILE"
};

// Loads every file into one graph (format by extension: .ttl, .nt, .nq, .trig) and every
// *.ttl of ontology_dir, and checks the graph against the ontology. When any file cannot be
// read, the result holds only errors.
ValidationResult validate_files(const std::vector<std::string>& files,
                                const std::string& ontology_dir);

// The ontology read and indexed once, for checking many sets of files against it (the
// fuzzers check every graph they make). validate_files is one Validator's one check.
class Validator {
public:
    // Throws Error when the ontology cannot be read.
    explicit Validator(const std::string& ontology_dir);
    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    ValidationResult validate(const std::vector<std::string>& files) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace geokg
