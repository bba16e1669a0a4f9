#pragma once
// Documents made in a test, extracted with the project's own ontology.
#include "extract/pipeline.hpp"

#include <string>
#include <vector>

namespace geokg::testing {

// 2024-03-06, the default date, is a Wednesday.
Document document(std::string id, std::string text, std::string date = "2024-03-06");

Extraction run(std::vector<Document> documents);
Extraction run(std::string text); // one document, id "a"

// Whether the extraction asserts the direct triple (entity keys, the property's local name).
bool has_direct(const Extraction& x, const std::string& subject, const std::string& property,
                const std::string& object);

} // namespace geokg::testing
