// Tokens: words, dotted abbreviations and punctuation with byte offsets.
#include "text/token.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::string> texts(std::string_view s) {
    std::vector<std::string> out;
    for (const auto& t : geokg::tokenize(s))
        out.emplace_back(t.text);
    return out;
}

using Texts = std::vector<std::string>;

} // namespace

TEST_CASE("short letter groups joined by dots are one word", "[token]") {
    CHECK(texts("a Ph.D. in law") == Texts{"a", "Ph.D.", "in", "law"});
    CHECK(texts("at 9 a.m., e.g. today") == Texts{"at", "9", "a.m.", ",", "e.g.", "today"});
    CHECK(texts("the U.S.A. and the U.S.") == Texts{"the", "U.S.A.", "and", "the", "U.S."});
    // Near misses: a dotted word before a hyphen, an initial before a name, a sentence end.
    CHECK(texts("U.S.-led") == Texts{"U.S.", "-", "led"});
    CHECK(texts("Walter K. Hale") == Texts{"Walter", "K", ".", "Hale"});
    CHECK(texts("it ended.So") == Texts{"it", "ended", ".", "So"});
    CHECK(texts("Mr.Hale") == Texts{"Mr", ".", "Hale"});
}
