#include "extraction_fixture.hpp"

#include "project_lexicon.hpp"

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

} // namespace geokg::testing
