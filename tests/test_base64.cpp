// Base64 (text/base64): the lexical form of xsd:base64Binary, and of analysis records.
#include "text/base64.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace geokg;

TEST_CASE("Base64 as RFC 4648 gives it, and back", "[base64]") {
    // RFC 4648, section 10.
    CHECK(base64_encode("") == "");
    CHECK(base64_encode("f") == "Zg==");
    CHECK(base64_encode("fo") == "Zm8=");
    CHECK(base64_encode("foo") == "Zm9v");
    CHECK(base64_encode("foob") == "Zm9vYg==");
    CHECK(base64_encode("fooba") == "Zm9vYmE=");
    CHECK(base64_encode("foobar") == "Zm9vYmFy");
    std::string every_byte;
    for (int b = 0; b < 256; ++b)
        every_byte += static_cast<char>(b);
    for (std::size_t n = 0; n <= every_byte.size(); n += 37) {
        const std::string bytes = every_byte.substr(0, n) + every_byte.substr(256 - n % 7);
        CHECK(base64_decode(base64_encode(bytes)) == bytes);
    }
}

TEST_CASE("what is no canonical Base64 is refused", "[base64]") {
    CHECK(base64_decode("Zm9vYg==") == std::string("foob"));
    CHECK_FALSE(base64_decode("Zm9vYg="));   // a length that is no multiple of four
    CHECK_FALSE(base64_decode("Zm9v Yg==")); // a space
    CHECK_FALSE(base64_decode("Zm=vYg=="));  // padding inside
    CHECK_FALSE(base64_decode("Zm9vY==="));  // three pads
    CHECK_FALSE(base64_decode("Zm9vYg=A"));  // a letter after padding
    CHECK_FALSE(base64_decode("Zm9v-_=="));  // the URL alphabet
}
