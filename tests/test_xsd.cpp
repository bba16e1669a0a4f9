// XSD 1.1 lexical forms (rdf/xsd): the one checker, and the writer and the validator agreeing.
#include "rdf/namespaces.hpp"
#include "rdf/writer.hpp"
#include "rdf/xsd.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace geokg;

namespace {

const std::string xsd(ns::xsd);

bool valid(const std::string& lexical, const std::string& type) {
    return is_valid_lexical_form(lexical, xsd + type);
}

} // namespace

TEST_CASE("xsd:date and its days", "[xsd]") {
    CHECK(valid("2024-02-29", "date"));
    CHECK(valid("2024-02-29Z", "date"));
    CHECK(valid("2024-02-29+05:30", "date"));
    CHECK(valid("2000-02-29", "date"));
    CHECK(valid("1900-02-28", "date"));
    CHECK_FALSE(valid("1900-02-29", "date"));
    CHECK_FALSE(valid("2023-02-29", "date"));
    CHECK_FALSE(valid("2024-13-45", "date"));
    CHECK_FALSE(valid("2024-04-31", "date"));
    CHECK_FALSE(valid("2024-00-10", "date"));
    CHECK_FALSE(valid("2024-01-00", "date"));
    CHECK_FALSE(valid("2024-4-1", "date"));
    CHECK_FALSE(valid("30/09/2020", "date"));
    CHECK_FALSE(valid("", "date"));
    CHECK_FALSE(valid("2024-02-29T00:00:00", "date"));
}

TEST_CASE("years beyond four digits and before year one", "[xsd]") {
    CHECK(valid("10000-02-29", "date"));       // divisible by 400
    CHECK_FALSE(valid("10100-02-29", "date")); // by 100, not 400
    CHECK(valid("-0004-02-29", "date"));       // the leap rule applies to the year value, -4
    CHECK_FALSE(valid("-0001-02-29", "date"));
    CHECK(valid("0000-02-29", "date")); // year zero exists in XSD 1.1, and is a leap year
    CHECK(valid("123456789012345678901234567890-01-31", "date")); // no overflow
    CHECK_FALSE(valid("02024-01-01", "date"));                    // a leading zero beyond four
    CHECK(valid("2006", "gYear"));
    CHECK(valid("-0044", "gYear"));
    CHECK(valid("2006Z", "gYear"));
    CHECK_FALSE(valid("06", "gYear"));
    CHECK_FALSE(valid("02020", "gYear"));
}

TEST_CASE("time zones", "[xsd]") {
    CHECK(valid("2024-01-01+14:00", "date"));
    CHECK(valid("2024-01-01-13:59", "date"));
    CHECK_FALSE(valid("2024-01-01+14:01", "date"));
    CHECK_FALSE(valid("2024-01-01+15:00", "date"));
    CHECK_FALSE(valid("2024-01-01+05:60", "date"));
    CHECK_FALSE(valid("2024-01-01+0530", "date"));
    CHECK_FALSE(valid("2024-01-01ZZ", "date"));
}

TEST_CASE("xsd:dateTime", "[xsd]") {
    CHECK(valid("2020-09-30T10:15:00Z", "dateTime"));
    CHECK(valid("2020-09-30T23:59:59.5Z", "dateTime"));
    CHECK(valid("2020-09-30T24:00:00", "dateTime"));
    CHECK(valid("2020-09-30T24:00:00.000", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T24:00:00.5", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T24:00:01", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T25:15:00", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T12:60:00", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T12:00:60", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T12:00:00.", "dateTime"));
    CHECK_FALSE(valid("2020-09-30T12:00", "dateTime"));
    CHECK_FALSE(valid("2020-09-30", "dateTime"));
    CHECK_FALSE(valid("2023-02-29T12:00:00", "dateTime"));
}

TEST_CASE("xsd:boolean takes true, false, 1 and 0", "[xsd]") {
    CHECK(valid("true", "boolean"));
    CHECK(valid("false", "boolean"));
    CHECK(valid("1", "boolean"));
    CHECK(valid("0", "boolean"));
    CHECK_FALSE(valid("True", "boolean"));
    CHECK_FALSE(valid("yes", "boolean"));
    CHECK_FALSE(valid("01", "boolean"));
    CHECK_FALSE(valid("", "boolean"));
    CHECK(canonical_boolean("1") == "true");
    CHECK(canonical_boolean("0") == "false");
    CHECK(canonical_boolean("true") == "true");
    CHECK(canonical_boolean("false") == "false");
}

TEST_CASE("xsd numbers", "[xsd]") {
    CHECK(valid("42", "integer"));
    CHECK(valid("-7", "integer"));
    CHECK(valid("+7", "integer"));
    CHECK_FALSE(valid("12a", "integer"));
    CHECK_FALSE(valid("1.0", "integer"));
    CHECK_FALSE(valid("", "integer"));
    CHECK_FALSE(valid("-", "integer"));
    CHECK(valid("0", "nonNegativeInteger"));
    CHECK(valid("+12", "nonNegativeInteger"));
    CHECK(valid("-0", "nonNegativeInteger")); // zero, whatever its sign
    CHECK(valid("-000", "nonNegativeInteger"));
    CHECK_FALSE(valid("-1", "nonNegativeInteger"));
    CHECK_FALSE(valid("-", "nonNegativeInteger"));
    CHECK(valid("1", "positiveInteger"));
    CHECK(valid("+007", "positiveInteger"));
    CHECK_FALSE(valid("0", "positiveInteger"));
    CHECK_FALSE(valid("-5", "positiveInteger"));
    CHECK(valid("1.50", "decimal"));
    CHECK(valid(".5", "decimal"));
    CHECK(valid("5.", "decimal"));
    CHECK(valid("-0.0", "decimal"));
    CHECK_FALSE(valid(".", "decimal"));
    CHECK_FALSE(valid("1,5", "decimal"));
    CHECK_FALSE(valid("1.5.2", "decimal"));
    CHECK_FALSE(valid("1e5", "decimal"));
    for (const char* type : {"double", "float"}) {
        INFO(type);
        CHECK(valid("1e5", type));
        CHECK(valid("-1.5E-3", type));
        CHECK(valid(".5e+2", type));
        CHECK(valid("INF", type));
        CHECK(valid("-INF", type));
        CHECK(valid("+INF", type));
        CHECK(valid("NaN", type));
        CHECK_FALSE(valid("nan", type));
        CHECK_FALSE(valid("-NaN", type));
        CHECK_FALSE(valid("1e", type));
        CHECK_FALSE(valid("e5", type));
        CHECK_FALSE(valid("1.5f", type));
    }
}

TEST_CASE("other datatypes are not checked", "[xsd]") {
    CHECK(valid("anything at all", "string"));
    CHECK(is_valid_lexical_form("anything", "http://example.org/custom"));
    CHECK(is_valid_lexical_form("2024-13-45", "http://example.org/date"));
}

// The bug this module ended: the writer refused boolean "1" while the validator accepted it.
TEST_CASE("the writer accepts exactly the forms the checker accepts", "[xsd][rdf]") {
    const std::pair<const char*, const char*> cases[] = {{"1", "boolean"},
                                                         {"yes", "boolean"},
                                                         {"2024-02-29", "date"},
                                                         {"2023-02-29", "date"},
                                                         {"-0", "nonNegativeInteger"},
                                                         {"-1", "nonNegativeInteger"},
                                                         {"0", "positiveInteger"},
                                                         {"1e5", "double"},
                                                         {"1e5", "decimal"},
                                                         {"2020-09-30T24:00:00", "dateTime"},
                                                         {"02020", "gYear"}};
    for (const auto& [lexical, type] : cases) {
        INFO(lexical << " " << type);
        Graph g;
        g.add(iri("https://w3id.org/geokg/id/a"), iri(ns::term(ns::gk, "p")),
              typed_literal(lexical, xsd + type));
        bool written = true;
        try {
            write_graph_to_string(g, RdfFormat::NTriples);
        } catch (const Error&) {
            written = false;
        }
        CHECK(written == valid(lexical, type));
    }
}

TEST_CASE("xsd:gYearMonth: a year and a month", "[xsd]") {
    CHECK(valid("2022-08", "gYearMonth"));
    CHECK(valid("2022-12Z", "gYearMonth"));
    CHECK(valid("-0044-03", "gYearMonth"));
    CHECK_FALSE(valid("2022-13", "gYearMonth"));
    CHECK_FALSE(valid("2022-00", "gYearMonth"));
    CHECK_FALSE(valid("2022-8", "gYearMonth"));
    CHECK_FALSE(valid("2022", "gYearMonth"));
    CHECK_FALSE(valid("2022-08-01", "gYearMonth"));
}

TEST_CASE("xsd:base64Binary: padding, letters and single spaces", "[xsd]") {
    CHECK(valid("", "base64Binary"));
    CHECK(valid("Z2Vva2c=", "base64Binary"));
    CHECK(valid("Z2Vv a2c=", "base64Binary"));
    CHECK(valid("AAAA", "base64Binary"));
    // Near misses: a length that is no multiple of four, padding inside, a letter outside
    // the alphabet, two spaces, a space at an end.
    CHECK_FALSE(valid("Z2Vva2c", "base64Binary"));
    CHECK_FALSE(valid("Z2=va2c=", "base64Binary"));
    CHECK_FALSE(valid("Z2Vva2c-", "base64Binary"));
    CHECK_FALSE(valid("Z2Vv  a2c=", "base64Binary"));
    CHECK_FALSE(valid(" Z2Vva2c=", "base64Binary"));
}
