// `geokg validate` and `geokg lint`: findings on stderr, a SHACL report on request.
#include "app/commands.hpp"
#include "app/output_file.hpp"
#include "check/lint.hpp"
#include "check/shacl_report.hpp"
#include "check/validate.hpp"

#include <iostream>

namespace geokg {
namespace {

// Unreadable input is a failure; findings in what could be read, problems.
template <typename Result> ExitStatus report_result(const Result& r) {
    for (const auto& e : r.errors)
        report(e);
    for (const auto& f : r.findings)
        std::cerr << "geokg: " << format_finding(f) << "\n";
    if (!r.errors.empty())
        return ExitStatus::Failure;
    return r.findings.empty() ? ExitStatus::Ok : ExitStatus::Problems;
}

} // namespace

ExitStatus run_validate(const Options& o) {
    const ValidationResult r = validate_files(o.inputs, ontology_dir(o));
    const ExitStatus status = report_result(r);
    if (o.report.empty() || status == ExitStatus::Failure)
        return status;
    try {
        write_file_atomically(o.report, shacl_report_turtle(r.findings));
    } catch (const Error& e) {
        report(e);
        return ExitStatus::Failure;
    }
    return status;
}

ExitStatus run_lint(const Options& o) {
    const LintResult r = lint_ontology(ontology_dir(o));
    const ExitStatus status = report_result(r);
    for (const auto& e : r.unusable)
        report(e);
    if (status == ExitStatus::Ok && !r.unusable.empty())
        return ExitStatus::Problems;
    return status;
}

} // namespace geokg
