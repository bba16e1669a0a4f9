#include "rdf/iri.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace geokg;

TEST_CASE("slugify lower-cases ASCII and joins words with single hyphens", "[iri]") {
    CHECK(slugify("North Africa American Cemetery") == "north-africa-american-cemetery");
    CHECK(slugify("  --Hello,  World!--  ") == "hello-world");
    CHECK(slugify("U.S. Africa Command") == "u-s-africa-command");
    CHECK(slugify("al-Qaeda in the Islamic Maghreb (AQIM)") ==
          "al-qaeda-in-the-islamic-maghreb-aqim");
    CHECK(slugify("G7 2020") == "g7-2020");
}

TEST_CASE("slugify strips accents of Latin-1 and Latin Extended-A letters", "[iri]") {
    CHECK(slugify("Côte d'Ivoire") == "cote-d-ivoire");
    CHECK(slugify("São Tomé and Príncipe") == "sao-tome-and-principe");
    CHECK(slugify("Łódź") == "lodz");
    CHECK(slugify("Straße") == "strasse");
    CHECK(slugify("Œuvre Ærø") == "oeuvre-aero");
    CHECK(slugify("Bucureşti") == "bucuresti");
    CHECK(slugify("București") == "bucuresti"); // comma-below, Latin Extended-B
    CHECK(slugify("e\xCC\x81"
                  "cole") == "ecole"); // decomposed accent
}

TEST_CASE("slugify folds every letter with an ASCII base, beyond Latin-1", "[iri]") {
    CHECK(slugify("Nguy\xE1\xBB\x85n Ph\xC3\xBA Tr\xE1\xBB\x8Dng") == "nguyen-phu-trong");
    CHECK(slugify("\xC5\x81ukasz") == "lukasz");
    CHECK(slugify("\xC5\xBD"
                  "eljko Kom\xC5\xA1i\xC4\x87") == "zeljko-komsic");
    CHECK(slugify("\xC7\xA6\xC3\xBCl") == "gul"); // Ǧ, Latin Extended-B
    CHECK(slugify("S\xC3\xB8rensen") == "sorensen");
    // Near miss: a Cyrillic name keeps its letters, capitals and breve included.
    CHECK(slugify("\xD0\x99\xD0\xB5\xD0\xBD") == "%D0%99%D0%B5%D0%BD"); // Йен
    CHECK(slugify("\xD0\xB8\xCC\x86") == "%D0%B8%CC%86"); // и + combining breve: no fold
}

TEST_CASE("slugify keeps letters and digits that are not ASCII-like", "[iri]") {
    // 々 repeats the kanji before it: a letter, so 佐々木 (Sasaki) stays one word.
    CHECK(slugify("\xE4\xBD\x90\xE3\x80\x85\xE6\x9C\xA8") == "%E4%BD%90%E3%80%85%E6%9C%A8");
    // Near miss: the ideographic full stop next to it is punctuation.
    CHECK(slugify("\xE4\xBD\x90\xE3\x80\x82\xE6\x9C\xA8") == "%E4%BD%90-%E6%9C%A8");
}

TEST_CASE("slugify treats non-ASCII punctuation as separators", "[iri]") {
    CHECK(slugify("rock \xE2\x80\x99n\xE2\x80\x99 roll") == "rock-n-roll");
    CHECK(slugify("Tunis\xE2\x80\x94"
                  "Carthage") == "tunis-carthage");
    CHECK(slugify("a\xC2\xA0"
                  "b") == "a-b"); // no-break space
}

TEST_CASE("slugify percent-encodes letters of other scripts", "[iri]") {
    const std::string algeria_ar = "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xB2\xD8\xA7\xD8\xA6\xD8\xB1";
    const std::string slug = slugify(algeria_ar);
    CHECK(slug == "%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1");
    CHECK(is_valid_iri("https://w3id.org/geokg/id/place/" + slug));
    // Different names in the same script stay distinct.
    CHECK(slugify("Tokyo \xE6\x9D\xB1\xE4\xBA\xAC") != slugify("Tokyo \xE5\xA4\xA7\xE9\x98\xAA"));
}

TEST_CASE("slugify is never empty and falls back to a stable hash", "[iri]") {
    const std::string empty = slugify("");
    const std::string bangs = slugify("!!!");
    const std::string questions = slugify("???");
    for (const std::string& slug : {empty, bangs, questions}) {
        REQUIRE(slug.size() == 9);
        CHECK(slug[0] == 'x');
        CHECK(slug.find_first_not_of("0123456789abcdef", 1) == std::string::npos);
    }
    CHECK(bangs != questions);
    CHECK(slugify("!!!") == bangs);
    CHECK(slugify("\xFF\xFE") != empty); // invalid UTF-8 is a separator, hashed like the rest
}

TEST_CASE("is_valid_iri accepts absolute IRIs", "[iri]") {
    CHECK(is_valid_iri("https://w3id.org/geokg/id/country/DZA"));
    CHECK(is_valid_iri("https://w3id.org/geokg/id/doc/a#char=0,10"));
    CHECK(is_valid_iri("urn:isbn:0451450523"));
    CHECK(is_valid_iri("http://example.org/C\xC3\xB4te"));
    CHECK(is_valid_iri("http://example.org/%C3%A9?q=1&r=[2]"));
    CHECK(is_valid_iri("tag+x.y-z:abc"));
}

TEST_CASE("is_valid_iri refuses relative, malformed and unsafe IRIs", "[iri]") {
    CHECK_FALSE(is_valid_iri(""));
    CHECK_FALSE(is_valid_iri("country/DZA"));
    CHECK_FALSE(is_valid_iri(":x"));
    CHECK_FALSE(is_valid_iri("1http://x"));
    CHECK_FALSE(is_valid_iri("ht tp://x"));
    CHECK_FALSE(is_valid_iri("http://x/a b"));
    for (const char c : std::string("<>\"{}|\\^`")) {
        CHECK_FALSE(is_valid_iri(std::string("http://x/a") + c + "b"));
    }
    CHECK_FALSE(is_valid_iri("http://x/a> <http://x/b"));
    CHECK_FALSE(is_valid_iri("http://x/%zz"));
    CHECK_FALSE(is_valid_iri("http://x/%a"));
    CHECK_FALSE(is_valid_iri("http://x/a#b#c"));
    CHECK_FALSE(is_valid_iri("http://x/\x01"));
    CHECK_FALSE(is_valid_iri("http://x/\x7F"));
    CHECK_FALSE(is_valid_iri("http://x/\n"));
    CHECK_FALSE(is_valid_iri("http://x/\xFF"));
    CHECK_FALSE(is_valid_iri("http://x/\xC2\x85"));     // C1 control
    CHECK_FALSE(is_valid_iri("http://x/\xEF\xBF\xBE")); // non-character U+FFFE
}

TEST_CASE("is_valid_language_tag follows the simple BCP 47 form", "[iri]") {
    for (const char* tag : {"en", "en-US", "fr-CA", "zh-Hant-TW", "ar", "de-1996", "x-private"}) {
        CHECK(is_valid_language_tag(tag));
    }
    for (const char* tag :
         {"", "e", "x", "en_US", "en-", "-en", "toolongtag", "en--US", "12", "en-abcdefghi"}) {
        CHECK_FALSE(is_valid_language_tag(tag));
    }
}
