// Sentence splitting: abbreviations, numbers, quotes, spans and UTF-8.
#include "text/sentence_split.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace geokg;

namespace {

using Sentences = std::vector<std::string>;

// The sentences of `text` taken as one span, each checked to be a slice of the text.
Sentences split(const std::string& text, std::vector<TextSpan> spans = {}) {
    if (spans.empty()) {
        spans.push_back(TextSpan{0, text.size()});
    }
    Sentences out;
    for (const TextSpan& s : split_sentences(text, spans)) {
        REQUIRE(s.begin < s.end);
        REQUIRE(s.end <= text.size());
        // Never inside a multi-byte character: no boundary on a continuation byte.
        CHECK((static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80);
        if (s.end < text.size()) {
            CHECK((static_cast<unsigned char>(text[s.end]) & 0xC0) != 0x80);
        }
        out.push_back(text.substr(s.begin, s.size()));
    }
    return out;
}

} // namespace

TEST_CASE("full stops, exclamation and question marks end sentences", "[sentence]") {
    CHECK(split("The convoy left at dawn. It reached the coast by noon! Was anyone hurt? "
                "Nobody said.") == Sentences{"The convoy left at dawn.",
                                             "It reached the coast by noon!", "Was anyone hurt?",
                                             "Nobody said."});
    CHECK(split("  Leading and trailing space.   ") == Sentences{"Leading and trailing space."});
    CHECK(split("No final stop") == Sentences{"No final stop"});
    CHECK(split("In 2019. 2020 was calmer.") == Sentences{"In 2019.", "2020 was calmer."});
    CHECK(split("").empty());
}

TEST_CASE("dotted abbreviations stay inside a sentence", "[sentence]") {
    CHECK(split("The U.S. Navy and the U.K. coast guard met U.N. envoys in Malta.") ==
          Sentences{"The U.S. Navy and the U.K. coast guard met U.N. envoys in Malta."});
    CHECK(split("The U.S.-led mission ended, i.e. it was over by 9 a.m. on Monday.") ==
          Sentences{"The U.S.-led mission ended, i.e. it was over by 9 a.m. on Monday."});
    CHECK(split("Talks continue in Washington, D.C. next week.") ==
          Sentences{"Talks continue in Washington, D.C. next week."});
}

TEST_CASE("U.S. at the end of a sentence before a sentence starter", "[sentence]") {
    CHECK(split("The frigate sailed back to the U.S. The crew was greeted in Norfolk.") ==
          Sentences{"The frigate sailed back to the U.S.", "The crew was greeted in Norfolk."});
    CHECK(split("She flew to the U.S. On Monday she met the senators.") ==
          Sentences{"She flew to the U.S.", "On Monday she met the senators."});
    CHECK(split("He thanked the U.S. He then left.") ==
          Sentences{"He thanked the U.S.", "He then left."});
    CHECK(split("Aid came from the U.S. Agency for International Development.") ==
          Sentences{"Aid came from the U.S. Agency for International Development."});
}

TEST_CASE("titles and name abbreviations do not end sentences", "[sentence]") {
    CHECK(split("Lt. Gen. Paula Varga met Mr. Okafor and Mrs. Lindqvist. Dr. Haddad "
                "joined them at St. Julian's.") ==
          Sentences{"Lt. Gen. Paula Varga met Mr. Okafor and Mrs. Lindqvist.",
                    "Dr. Haddad joined them at St. Julian's."});
    CHECK(split("Gen. Ortiz and Sen. Moreau spoke. Gov. Blake did not.") ==
          Sentences{"Gen. Ortiz and Sen. Moreau spoke.", "Gov. Blake did not."});
}

TEST_CASE("initials do not end sentences", "[sentence]") {
    CHECK(split("Defense chief Laura K. Brandt arrived. She spoke briefly.") ==
          Sentences{"Defense chief Laura K. Brandt arrived.", "She spoke briefly."});
    CHECK(split("A poem by J. R. R. Tolkien was read aloud.") ==
          Sentences{"A poem by J. R. R. Tolkien was read aloud."});
    CHECK(split("They served in World War I. The medals came later.") ==
          Sentences{"They served in World War I.", "The medals came later."});
    // "I" after an initial is one more initial, not the pronoun that opens a sentence.
    CHECK(split("Dr. Ivo A. I. Kerr spoke.") == Sentences{"Dr. Ivo A. I. Kerr spoke."});
    CHECK(split("She met Ivo A. I said nothing.") ==
          Sentences{"She met Ivo A.", "I said nothing."});
}

TEST_CASE("months, companies and numbers", "[sentence]") {
    CHECK(split("The deal was signed on Sept. 16 in Rabat. Talks resume Jan. 5, and end "
                "Dec. 12.") == Sentences{"The deal was signed on Sept. 16 in Rabat.",
                                         "Talks resume Jan. 5, and end Dec. 12."});
    CHECK(split("Shares of Acme Inc. rose while Beta Corp. fell. The index was flat.") ==
          Sentences{"Shares of Acme Inc. rose while Beta Corp. fell.", "The index was flat."});
    CHECK(split("He was hired by Gamma Inc. The firm builds ships.") ==
          Sentences{"He was hired by Gamma Inc.", "The firm builds ships."});
    CHECK(split("The envoy lives at No. 10 and rates it 3.5 out of 5. Growth was 2.75 percent.") ==
          Sentences{"The envoy lives at No. 10 and rates it 3.5 out of 5.",
                    "Growth was 2.75 percent."});
}

TEST_CASE("legal and transcript conventions", "[sentence]") {
    CHECK(split("1. The agency shall report. 2. The board shall review it.") ==
          Sentences{"1. The agency shall report.", "2. The board shall review it."});
    CHECK(split("Sec. 3. Scope. This order applies.") ==
          Sentences{"Sec. 3. Scope.", "This order applies."});
    CHECK(split("Congress acted by joint resolution (75 Stat. 681) in 1961.") ==
          Sentences{"Congress acted by joint resolution (75 Stat. 681) in 1961."});
    CHECK(split("MS. ORTEGA: Good afternoon. MR. BELL: Thanks.") ==
          Sentences{"MS. ORTEGA: Good afternoon.", "MR. BELL: Thanks."});
}

TEST_CASE("ellipses end a sentence only before a capital", "[sentence]") {
    CHECK(split("The talks were long... and tiring. They ended... Nobody spoke.") ==
          Sentences{"The talks were long... and tiring.", "They ended...", "Nobody spoke."});
    CHECK(split("He paused\xE2\x80\xA6 then went on. Later\xE2\x80\xA6 Silence.") ==
          Sentences{"He paused\xE2\x80\xA6 then went on.", "Later\xE2\x80\xA6", "Silence."});
}

TEST_CASE("closing quotes and brackets after the stop belong to the sentence", "[sentence]") {
    CHECK(split("She said \"we agree.\" Then she left.") ==
          Sentences{"She said \"we agree.\"", "Then she left."});
    CHECK(split("\xE2\x80\x9CWe agree.\xE2\x80\x9D The minister smiled.") ==
          Sentences{"\xE2\x80\x9CWe agree.\xE2\x80\x9D", "The minister smiled."});
    CHECK(split("It was \xE2\x80\x98"
                "final.\xE2\x80\x99 Nobody objected.") == Sentences{"It was \xE2\x80\x98"
                                                                    "final.\xE2\x80\x99",
                                                                    "Nobody objected."});
    CHECK(split("(The vote passed.) Everyone left.") ==
          Sentences{"(The vote passed.)", "Everyone left."});
    // A quote that ends with a question but continues the sentence.
    CHECK(split("\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked. \xE2\x80\x9C"
                "Because.\xE2\x80\x9D") == Sentences{"\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked.",
                                                     "\xE2\x80\x9C"
                                                     "Because.\xE2\x80\x9D"});
}

TEST_CASE("a sentence never crosses a span and spans are trimmed", "[sentence]") {
    const std::string text = "Title without stop\n\n  First sentence. Second one  \nThird.";
    const std::size_t second_line = text.find("  First");
    const std::size_t third_line = text.find("Third");
    const std::vector<TextSpan> spans = {
        {0, 18}, {second_line, text.find('\n', second_line)}, {third_line, text.size()}};
    const std::vector<TextSpan> sentences = split_sentences(text, spans);
    REQUIRE(sentences.size() == 4);
    CHECK(text.substr(sentences[0].begin, sentences[0].size()) == "Title without stop");
    CHECK(text.substr(sentences[1].begin, sentences[1].size()) == "First sentence.");
    CHECK(sentences[1].begin == second_line + 2);
    CHECK(text.substr(sentences[2].begin, sentences[2].size()) == "Second one");
    CHECK(text.substr(sentences[3].begin, sentences[3].size()) == "Third.");
    // Text outside the spans is never part of a sentence.
    for (const TextSpan& s : sentences) {
        bool inside = false;
        for (const TextSpan& k : spans) {
            inside = inside || (k.begin <= s.begin && s.end <= k.end);
        }
        CHECK(inside);
    }
    // A blank line inside one span still separates paragraphs.
    CHECK(split("Headline here\n\nBody text follows") ==
          Sentences{"Headline here", "Body text follows"});
}

TEST_CASE("multi-byte text is split on character boundaries", "[sentence]") {
    const std::string text = "L\xE2\x80\x99"
                             "envoy\xC3\xA9 arriv\xC3\xA9 \xE2\x80\x94 "
                             "vite. \xC3\x89tienne a parl\xC3\xA9. \xD8\xA7\xD9\x84\xD8\xB3"
                             "\xD9\x84\xD8\xA7\xD9\x85. \xC3\xA9t\xC3\xA9 calme.";
    CHECK(split(text) ==
          Sentences{"L\xE2\x80\x99"
                    "envoy\xC3\xA9 arriv\xC3\xA9 \xE2\x80\x94 vite.",
                    "\xC3\x89tienne a parl\xC3\xA9.",
                    "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85. \xC3\xA9t\xC3\xA9 calme."});
    // No-break spaces count as white space around sentences.
    CHECK(split("One.\xC2\xA0Two.") == Sentences{"One.", "Two."});
}

TEST_CASE("a name suffix and an initial inside a sentence do not end it", "[sentence]") {
    CHECK(split("President Walter K. Hale, Jr. spoke today with Prime Minister Ana Dorr of "
                "Norland.") ==
          Sentences{"President Walter K. Hale, Jr. spoke today with Prime Minister Ana Dorr of "
                    "Norland."});
    // Near miss: before a sentence starter the suffix's full stop ends the sentence.
    CHECK(split("Okafor met Walter K. Hale, Jr. The talks ended.") ==
          Sentences{"Okafor met Walter K. Hale, Jr.", "The talks ended."});
}
