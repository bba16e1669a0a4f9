// rdf/namespaces.hpp: the one home of the namespace IRIs.
#include "lexicon/lexicon.hpp"
#include "rdf/iri.hpp"
#include "rdf/namespaces.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace geokg;

TEST_CASE("every namespace is a valid IRI ending a local name, bound to one prefix", "[rdf]") {
    std::set<std::string_view> prefixes, iris;
    for (const ns::Binding& binding : ns::bindings) {
        INFO(binding.prefix);
        CHECK(is_valid_iri(binding.iri));
        CHECK((binding.iri.back() == '#' || binding.iri.back() == '/'));
        CHECK(prefixes.insert(binding.prefix).second);
        CHECK(iris.insert(binding.iri).second);
    }
    CHECK(ns::term(ns::rdf, "type") == ns::rdf_type);
    CHECK(ns::term(ns::rdfs, "label") == ns::rdfs_label);
    CHECK(ns::term(ns::xsd, "date") != ns::term(ns::xsd, "dateTime"));
}
