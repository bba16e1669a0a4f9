#include "extraction_fixture.hpp"

#include "project_lexicon.hpp"

#include "rdf/namespaces.hpp"

namespace geokg::testing {

Document document(std::string id, std::string text, std::string date) {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    d.date = std::move(date);
    d.source = d.id;
    return d;
}

Extraction run(std::vector<Document> documents) {
    return extract(std::move(documents), project_lexicon_index(), "https://w3id.org/geokg/id/");
}

Extraction run(std::string text) {
    return run({document("a", std::move(text))});
}

bool has_direct(const Extraction& x, const std::string& subject, const std::string& property,
                const std::string& object) {
    const std::string iri = std::string(ns::gk) + property;
    for (const auto& t : x.direct)
        if (t.subject == subject && t.property == iri && t.object == object)
            return true;
    return false;
}

} // namespace geokg::testing
