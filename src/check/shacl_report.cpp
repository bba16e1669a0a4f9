// Writes the SHACL validation report with Serd directly: the report may name blank nodes and
// ill-typed literals of the data, which src/rdf_writer (rightly) refuses.
#include "check/shacl_report.hpp"

#include "rdf/iri.hpp"
#include "rdf/sord_handles.hpp"

#include <stdexcept>
#include <string_view>

namespace geokg {
namespace {

const std::string sh = "http://www.w3.org/ns/shacl#";
const std::string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string xsd = "http://www.w3.org/2001/XMLSchema#";

size_t append(const void* buf, size_t len, void* stream) {
    static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
    return len;
}

const uint8_t* bytes(const std::string& s) {
    return reinterpret_cast<const uint8_t*>(s.c_str());
}

// A node plus the datatype node a literal needs; the strings must outlive the write call.
struct ReportTerm {
    SerdType type = SERD_URI;
    std::string value;
    SerdType datatype_type = SERD_NOTHING;
    std::string datatype;
    std::string language;
};

ReportTerm uri(const std::string& value) {
    return ReportTerm{SERD_URI, value, SERD_NOTHING, {}, {}};
}

// XSD datatypes go out as CURIEs: serd writes some xsd: literals bare (true, 42), which
// would turn an ill-formed value of the data ("12x"^^xsd:integer) into broken Turtle.
ReportTerm report_literal(const std::string& value, const std::string& datatype = {},
                          const std::string& language = {}) {
    ReportTerm t{SERD_LITERAL, value, SERD_NOTHING, {}, language};
    if (!datatype.empty()) {
        const bool local =
            datatype.compare(0, xsd.size(), xsd) == 0 &&
            datatype.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                       xsd.size()) == std::string::npos;
        t.datatype_type = local ? SERD_CURIE : SERD_URI;
        t.datatype = local ? "xsd:" + datatype.substr(xsd.size()) : datatype;
    }
    return t;
}

ReportTerm term_of(const Term& node) {
    switch (node.kind) {
    case TermKind::Iri:
        return is_valid_iri(node.value) ? uri(node.value)
                                        : report_literal(node.value, xsd + "anyURI");
    case TermKind::Blank:
        return ReportTerm{SERD_BLANK, node.value, SERD_NOTHING, {}, {}};
    case TermKind::Literal:
        break;
    }
    return report_literal(node.value, is_valid_iri(node.datatype) ? node.datatype : std::string(),
                          node.language);
}

class ReportWriter {
public:
    explicit ReportWriter(std::string& out) {
        env_.reset(serd_env_new(nullptr));
        if (!env_) {
            throw std::runtime_error("cannot create a serd environment");
        }
        writer_.reset(serd_writer_new(
            SERD_TURTLE, static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED),
            env_.get(), nullptr, append, &out));
        if (!writer_) {
            throw std::runtime_error("cannot create a serd writer");
        }
        prefix("sh", sh);
        prefix("rdf", rdf);
        prefix("xsd", xsd);
    }

    void write(const ReportTerm& s, const std::string& p, const ReportTerm& o) {
        const SerdNode sn = node(s.type, s.value);
        const SerdNode pn = node(SERD_URI, p);
        const SerdNode on = node(o.type, o.value);
        const SerdNode dt = node(o.datatype_type, o.datatype);
        const SerdNode lang = node(o.language.empty() ? SERD_NOTHING : SERD_LITERAL, o.language);
        const SerdStatus status = serd_writer_write_statement(
            writer_.get(), 0, nullptr, &sn, &pn, &on, o.datatype.empty() ? nullptr : &dt,
            o.language.empty() ? nullptr : &lang);
        if (status != SERD_SUCCESS) {
            throw std::runtime_error(std::string("cannot write the report: ") +
                                     reinterpret_cast<const char*>(serd_strerror(status)));
        }
    }

    void finish() { serd_writer_finish(writer_.get()); }

private:
    EnvPtr env_;
    WriterPtr writer_;

    static SerdNode node(SerdType type, const std::string& value) {
        if (type == SERD_NOTHING) {
            return SERD_NODE_NULL;
        }
        return serd_node_from_substring(type, bytes(value), value.size());
    }

    void prefix(const std::string& name, const std::string& iri) {
        const SerdNode n = node(SERD_LITERAL, name);
        const SerdNode i = node(SERD_URI, iri);
        serd_writer_set_prefix(writer_.get(), &n, &i);
    }
};

} // namespace

std::string shacl_report_turtle(const std::vector<Finding>& findings) {
    std::string out;
    ReportWriter w(out);
    const ReportTerm report = uri("urn:geokg:report");
    w.write(report, rdf + "type", uri(sh + "ValidationReport"));
    w.write(report, sh + "conforms",
            report_literal(findings.empty() ? "true" : "false", xsd + "boolean"));
    for (std::size_t i = 0; i < findings.size(); ++i) {
        w.write(report, sh + "result", uri("urn:geokg:report:result-" + std::to_string(i + 1)));
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const ReportTerm result = uri("urn:geokg:report:result-" + std::to_string(i + 1));
        w.write(result, rdf + "type", uri(sh + "ValidationResult"));
        w.write(result, sh + "focusNode", term_of(f.triple.subject));
        w.write(result, sh + "resultPath", term_of(iri(f.path)));
        if (f.has_value) {
            w.write(result, sh + "value", term_of(f.triple.object));
        }
        w.write(result, sh + "resultSeverity", uri(sh + "Violation"));
        w.write(result, sh + "sourceConstraintComponent",
                uri(constraint_component_iri(f.constraint)));
        w.write(result, sh + "resultMessage", report_literal(format_finding(f)));
    }
    w.finish();
    return out;
}

} // namespace geokg
