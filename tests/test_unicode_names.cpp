// Names beyond Latin-1 through every text stage: tokens, sentences, cleaning and resolution
// ("Croatian President Željko Komšić" is one person, not "Komšić").
#include "extract/pipeline.hpp"
#include "extract/resolve.hpp"
#include "text/clean.hpp"
#include "text/sentence_split.hpp"
#include "text/token.hpp"

#include "extraction_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace geokg;

namespace {

using Strings = std::vector<std::string>;

const Token& token(const std::vector<Token>& tokens, std::string_view text) {
    for (const auto& t : tokens)
        if (t.text == text)
            return t;
    FAIL("no token \"" << text << "\"");
    return tokens.front();
}

Strings sentences(const std::string& text) {
    Strings out;
    for (const TextSpan& s : split_sentences(text, {TextSpan{0, text.size()}}))
        out.push_back(text.substr(s.begin, s.size()));
    return out;
}

Strings kept_lines(const std::string& text) {
    Strings out;
    for (const TextSpan& s : clean_text(text))
        out.push_back(text.substr(s.begin, s.size()));
    return out;
}

Strings people(const Extraction& x) {
    Strings out;
    for (const auto& [key, e] : x.knowledge.entities)
        if (e.entity_class == EntityClass::Person)
            out.push_back(key);
    return out;
}

const std::string zeljko = "\xC5\xBD"
                           "eljko";                // Željko
const std::string komsic = "Kom\xC5\xA1i\xC4\x87"; // Komšić
const std::string lukasz = "\xC5\x81ukasz";        // Łukasz

} // namespace

TEST_CASE("a word starting with a capital beyond Latin-1 is a capitalized token", "[unicode]") {
    const std::string text = "Croatian President " + zeljko + " " + komsic + " met ministers.";
    const auto tokens = tokenize(text);
    CHECK(token(tokens, zeljko).capitalized);
    CHECK(token(tokens, zeljko).word);
    CHECK(token(tokens, komsic).capitalized);
    // Near miss: the same word in lower case ("ž") is not capitalized.
    const auto lower_tokens = tokenize("\xC5\xBE"
                                       "eljko");
    REQUIRE(lower_tokens.size() == 1);
    CHECK_FALSE(lower_tokens[0].capitalized);
}

TEST_CASE("punctuation of any script ends a word, symbols and letters do not", "[unicode]") {
    // 30×30 Москва, ¿Qué? Non‑NATO (a non-breaking hyphen)
    const auto tokens = tokenize("30\xC3\x97"
                                 "30 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, "
                                 "\xC2\xBFQu\xC3\xA9? Non\xE2\x80\x91NATO");
    std::vector<std::string_view> texts;
    for (const auto& t : tokens)
        texts.push_back(t.text);
    CHECK(texts == std::vector<std::string_view>{"30\xC3\x97"
                                                 "30",
                                                 "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
                                                 ",", "\xC2\xBF", "Qu\xC3\xA9", "?",
                                                 "Non\xE2\x80\x91NATO"});
    CHECK(tokens[1].capitalized); // М is a capital
    CHECK_FALSE(tokens[3].word);  // ¿
    // Near miss: © opens a credit, it does not stick to the year.
    CHECK(tokenize("\xC2\xA9"
                   "2024")
              .size() == 2);
}

TEST_CASE("a sentence starting with a capital beyond Latin-1 is split off", "[unicode]") {
    CHECK(sentences("He arrived in Zagreb. " + zeljko + " " + komsic + " met him.") ==
          Strings{"He arrived in Zagreb.", zeljko + " " + komsic + " met him."});
    // Near miss: a lower-case letter beyond Latin-1 continues the sentence.
    const std::string chant = "The crowd chanted\xE2\x80\xA6 \xC5\x82\xC4\x85"
                              "czy nas pi\xC5\x82ka, over and over.";
    CHECK(sentences(chant) == Strings{chant});
}

TEST_CASE("a thin or ideographic space after a full stop is a sentence boundary", "[unicode]") {
    CHECK(sentences("He left.\xE2\x80\x89Then she came.") == Strings{"He left.", "Then she came."});
    // Near miss: a zero width space is no white space, so "left.​Then" stays one sentence.
    CHECK(sentences("He left.\xE2\x80\x8BThen she came.").size() == 1);
}

TEST_CASE("an initial beyond Latin-1 does not end a sentence", "[unicode]") {
    const std::string text = "President \xC5\xBD. " + komsic + " met him.";
    CHECK(sentences(text) == Strings{text});
    // Near miss: a two-letter word before the full stop ends the sentence.
    CHECK(sentences("He met \xC5\xBDu. " + komsic + " left.").size() == 2);
}

TEST_CASE("a by-line with a name beyond Latin-1 is dropped", "[unicode][clean]") {
    const std::string text = "By " + lukasz +
                             " Nowak\n"
                             "The minister arrived in Warsaw on Monday.\n";
    CHECK(kept_lines(text) == Strings{"The minister arrived in Warsaw on Monday."});
    // Near miss: "By" before a lower-case word opens a sentence, not a by-line.
    const std::string prose = "By \xC3\xA9migr\xC3\xA9 standards, the visit was brief.\n"
                              "The minister arrived in Warsaw on Monday.\n";
    CHECK(kept_lines(prose).size() == 2);
}

TEST_CASE("a bare name beyond Latin-1 after the article is a byline", "[unicode][clean]") {
    const std::string text = "The envoy arrived in Zagreb on Sunday.\n" + zeljko + " " + komsic +
                             "\n"
                             "\xC5\xBE"
                             "eljko kom\xC5\xA1i\xC4\x87\n";
    // Near miss: the same words in lower case are a short paragraph, kept.
    CHECK(kept_lines(text) == Strings{"The envoy arrived in Zagreb on Sunday.",
                                      "\xC5\xBE"
                                      "eljko kom\xC5\xA1i\xC4\x87"});
}

TEST_CASE("a title and a name beyond Latin-1 make one person with the whole name",
          "[unicode][resolve]") {
    auto x = testing::run("Croatian President " + zeljko + " " + komsic +
                          " arrived in Warsaw. Polish President " + lukasz +
                          " Nowak met him on Monday.");
    CHECK(people(x) == Strings{"person/lukasz-nowak", "person/zeljko-komsic"});
    CHECK(x.knowledge.entities.at("person/zeljko-komsic").label == zeljko + " " + komsic);
}

TEST_CASE("a Vietnamese name makes a person whose IRI is folded to ASCII", "[unicode][resolve]") {
    auto x = testing::run("Vietnamese President Nguy\xE1\xBB\x85n Ph\xC3\xBA Tr\xE1\xBB\x8Dng "
                          "arrived in Hanoi.");
    CHECK(people(x) == Strings{"person/nguyen-phu-trong"});
}

TEST_CASE("names that differ only by diacritics are one person", "[unicode][resolve]") {
    auto x = testing::run("German Chancellor Hans Muller arrived in Copenhagen. "
                          "Hans M\xC3\xBCller met Danish Prime Minister Mette S\xC3\xB8rensen. "
                          "Mette Sorensen thanked him. Later, M\xC3\xBCller left for Oslo.");
    CHECK(people(x) == Strings{"person/hans-muller", "person/mette-sorensen"});
    CHECK(x.knowledge.entities.at("person/hans-muller").alt_labels.count("Hans M\xC3\xBCller") ==
          1);
}

TEST_CASE("short surnames one letter apart stay two people, diacritics or not",
          "[unicode][resolve]") {
    // "Kos" and "Kuś" fold to "kos" and "kus": one letter apart, but too short to be a slip.
    auto x = testing::run("Polish Foreign Minister Jan Kos arrived in Prague. "
                          "Czech Foreign Minister Jan Ku\xC5\x9B met him.");
    CHECK(people(x) == Strings{"person/jan-kos", "person/jan-kus"});
}

TEST_CASE("edit_distance counts characters, not bytes", "[unicode][resolve]") {
    CHECK(edit_distance("Muller", "M\xC3\xBCller") == 1);
    CHECK(edit_distance("\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2",
                        "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0") ==
          1); // Петров, Петрова
    // Near miss: two substitutions stay two.
    CHECK(edit_distance("M\xC3\xBCller", "Mueller") == 2);
}
