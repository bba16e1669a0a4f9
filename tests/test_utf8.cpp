// UTF-8 and Unicode primitives (text/utf8.hpp): each rule with a case that matches and a near
// miss that must not.
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace geokg;

TEST_CASE("decode_utf8 reads one character and its length", "[utf8]") {
    const std::string text = "a\xC3\xA9\xE1\xBB\x85\xF0\x9F\x98\x80"; // a é ễ 😀
    const Utf8Char a = decode_utf8(text, 0);
    CHECK((a.code_point == U'a' && a.length == 1 && a.valid));
    const Utf8Char e = decode_utf8(text, 1);
    CHECK((e.code_point == 0xE9 && e.length == 2 && e.valid));
    const Utf8Char vietnamese = decode_utf8(text, 3);
    CHECK((vietnamese.code_point == 0x1EC5 && vietnamese.length == 3 && vietnamese.valid));
    const Utf8Char emoji = decode_utf8(text, 6);
    CHECK((emoji.code_point == 0x1F600 && emoji.length == 4 && emoji.valid));
}

TEST_CASE("decode_utf8 reads an ill-formed sequence as U+FFFD of one byte", "[utf8]") {
    for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", // overlong
                                  "\xED\xA0\x80",                                 // surrogate
                                  "\xF4\x90\x80\x80",                             // > U+10FFFF
                                  "\x80", "\xC3", "\xC3\x28", "\xFF"}) {
        INFO(bad.size());
        const Utf8Char c = decode_utf8(bad, 0);
        CHECK((c.code_point == 0xFFFD && c.length == 1 && !c.valid));
    }
    // Near misses: the smallest and largest forms each length allows are valid.
    CHECK(decode_utf8("\xC2\x80", 0).code_point == 0x80);
    CHECK(decode_utf8("\xE0\xA0\x80", 0).code_point == 0x800);
    CHECK(decode_utf8("\xED\x9F\xBF", 0).code_point == 0xD7FF); // just below the surrogates
    CHECK(decode_utf8("\xF4\x8F\xBF\xBF", 0).code_point == 0x10FFFF);
    CHECK(decode_utf8("\xEF\xBF\xBD", 0).valid); // a real U+FFFD is valid
}

TEST_CASE("decode_utf8_before reads the character that ends at an offset", "[utf8]") {
    const std::string text = "K\xC3\xB6ln\xE2\x80\x99"; // Köln’
    const Utf8Char o = decode_utf8_before(text, 3);
    CHECK((o.code_point == 0xF6 && o.length == 2 && o.valid));
    CHECK(decode_utf8_before(text, 1).code_point == U'K');
    CHECK(decode_utf8_before(text, text.size()).code_point == 0x2019);
    // Near miss: an offset inside a character ends no character.
    CHECK_FALSE(decode_utf8_before(text, 2).valid);
    CHECK_FALSE(decode_utf8_before("\x80", 1).valid);
}

TEST_CASE("find_invalid_utf8 gives the offset of the first bad byte", "[utf8]") {
    CHECK(find_invalid_utf8("Komši\xC4\x87") == std::string_view::npos);
    CHECK(find_invalid_utf8("ab\xC3\xA9\xC0\xAF") == 4); // the overlong pair after "abé"
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);
    CHECK(find_invalid_utf8("ok\xF4\x90\x80\x80") == 2);
}

TEST_CASE("is_valid_utf8 accepts only well-formed UTF-8", "[utf8]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain"));
    CHECK(is_valid_utf8("C\xC3\xB4te"));
    CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));
    CHECK_FALSE(is_valid_utf8("\xC3"));             // truncated
    CHECK_FALSE(is_valid_utf8("\x80"));             // lone continuation byte
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xC3\x28"));
}

TEST_CASE("code_points counts Unicode characters before a byte offset", "[utf8]") {
    const std::string text = "C\xC3\xB4te d'Ivoire \xF0\x9F\x98\x80!";
    CHECK(code_points(text, 0) == 0);
    CHECK(code_points(text, 1) == 1);
    CHECK(code_points(text, 3) == 2); // "Cô"
    CHECK(code_points(text, 14) == 13);
    CHECK(code_points(text, text.size()) == 16);
    CHECK(code_points(text, text.size() + 100) == 16);
    CHECK(code_points("Komši\xC4\x87") == 6); // the whole text by default, not its 7 bytes
}

TEST_CASE("to_utf32 gives the code points, U+FFFD for a bad byte", "[utf8]") {
    CHECK(to_utf32("M\xC3\xBCller") == U"M\u00FCller");
    CHECK(to_utf32("a\xFF"
                   "b") == U"a\uFFFDb");
    CHECK(to_utf32("Muller") != to_utf32("M\xC3\xBCller")); // no folding here
}

TEST_CASE("is_upper knows capitals of every script", "[utf8]") {
    for (const char32_t c :
         {U'A', U'\u00C9', U'\u017D', U'\u0141', U'\u0416', U'\u03A9', U'\u01C5'})
        CHECK(is_upper(c)); // A É Ž Ł Ж Ω ǅ
    for (const char32_t c : {U'a', U'\u017E', U'\u0142', U'\u0436', U'\u4E2D', U'1', U'.'})
        CHECK_FALSE(is_upper(c)); // a ž ł ж 中 (no case) 1 .
}

TEST_CASE("is_lower knows small letters of every script", "[utf8]") {
    for (const char32_t c : {U'a', U'\u017E', U'\u0142', U'\u00DF', U'\u0436'})
        CHECK(is_lower(c)); // a ž ł ß ж
    for (const char32_t c : {U'A', U'\u017D', U'\u4E2D', U'7'})
        CHECK_FALSE(is_lower(c)); // A Ž 中 7
}

TEST_CASE("is_letter is true for letters of any script and only for letters", "[utf8]") {
    for (const char32_t c : {U'z', U'\u0161', U'\u0416', U'\u0639', U'\u4E2D', U'\u3005'})
        CHECK(is_letter(c)); // z š Ж ع 中 々
    for (const char32_t c : {U'5', U'-', U'\u20AC', U'\u0301', U'\u00A0', U'\u2019'})
        CHECK_FALSE(is_letter(c)); // 5 - € combining acute, no-break space, ’
}

TEST_CASE("is_digit is a decimal digit, is_number any number", "[utf8]") {
    CHECK(is_digit(U'7'));
    CHECK(is_digit(U'\u0663'));       // Arabic-Indic three
    CHECK_FALSE(is_digit(U'\u00BD')); // ½ is a number, not a digit
    CHECK_FALSE(is_digit(U'x'));
    CHECK(is_number(U'\u00BD'));
    CHECK(is_number(U'\u2163')); // Roman numeral four
    CHECK_FALSE(is_number(U'\u20AC'));
}

TEST_CASE("is_mark is a combining mark", "[utf8]") {
    CHECK(is_mark(U'\u0301'));       // combining acute
    CHECK(is_mark(U'\u093E'));       // Devanagari vowel sign aa
    CHECK_FALSE(is_mark(U'\u00B4')); // the spacing acute is a symbol
    CHECK_FALSE(is_mark(U'e'));
}

TEST_CASE("is_punctuation is punctuation of any script, not symbols", "[utf8]") {
    for (const char32_t c : {U'-', U',', U'\u2019', U'\u00AB', U'\u2014', U'\u060C'})
        CHECK(is_punctuation(c)); // - , ’ « — Arabic comma
    for (const char32_t c : {U'\u20AC', U'\u00B0', U'+', U'a', U' '})
        CHECK_FALSE(is_punctuation(c)); // € ° + a space
}

TEST_CASE("is_space is white space, not zero-width characters", "[utf8]") {
    for (const char32_t c : {U' ', U'\t', U'\n', U'\u00A0', U'\u2009', U'\u202F', U'\u3000'})
        CHECK(is_space(c));
    for (const char32_t c : {U'\u200B', U'\uFEFF', U'_', U'x'})
        CHECK_FALSE(is_space(c)); // zero width space, BOM, _ x
}

TEST_CASE("lower lowers letters of every script and keeps their accents", "[utf8]") {
    CHECK(lower("Croatian PRESIDENT") == "croatian president"); // the ASCII fast path
    CHECK(lower("\xC5\xBD"
                "ELJKO KOM\xC5\xA0I\xC4\x86") == "\xC5\xBE"
                                                 "eljko kom\xC5\xA1i\xC4\x87"); // ŽELJKO KOMŠIĆ
    CHECK(lower("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") ==
          "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"); // Москва -> москва
    CHECK(lower("\xC3\x89") != "e"); // near miss: É lowers to é, lower() does not fold accents
    CHECK(lower("A\xFF"
                "B") == "a\xFF"
                        "b"); // an invalid byte is kept
}

TEST_CASE("fold_to_ascii spells letters with an ASCII base in ASCII", "[utf8]") {
    CHECK(fold_to_ascii(U'\u00C9') == "e");  // É: decomposition without the accent
    CHECK(fold_to_ascii(U'\u1EC5') == "e");  // ễ: two marks
    CHECK(fold_to_ascii(U'\u01A1') == "o");  // ơ: horn
    CHECK(fold_to_ascii(U'\u017D') == "z");  // Ž
    CHECK(fold_to_ascii(U'\u00DF') == "ss"); // ß: case folding
    CHECK(fold_to_ascii(U'\u1E9E') == "ss"); // ẞ
    CHECK(fold_to_ascii(U'\u0130') == "i");  // İ
    CHECK(fold_to_ascii(U'Q') == "q");       // ASCII is lowered
    CHECK(fold_to_ascii(U'7') == "7");
    // Letters with no decomposition: the table.
    CHECK(fold_to_ascii(U'\u0141') == "l"); // Ł
    CHECK(fold_to_ascii(U'\u0142') == "l"); // ł
    CHECK(fold_to_ascii(U'\u00D8') == "o"); // Ø
    CHECK(fold_to_ascii(U'\u0111') == "d"); // đ
    CHECK(fold_to_ascii(U'\u0110') == "d"); // Đ
    CHECK(fold_to_ascii(U'\u00C6') == "ae");
    CHECK(fold_to_ascii(U'\u0153') == "oe");
    CHECK(fold_to_ascii(U'\u00FE') == "th");
    CHECK(fold_to_ascii(U'\u00F0') == "d");
    CHECK(fold_to_ascii(U'\u0131') == "i"); // dotless ı
    CHECK(fold_to_ascii(U'\u0127') == "h"); // ħ
    CHECK(fold_to_ascii(U'\u0167') == "t"); // ŧ
    CHECK(fold_to_ascii(U'\u0140') == "l"); // ŀ
    // Near misses: other scripts, marks, punctuation and symbols have no ASCII spelling.
    for (const char32_t c : {U'\u0436', U'\u0439', U'\u03AC', U'\u0639', U'\u4E2D', U'\u0301', U'-',
                             U'\u20AC', U'\u00B2'})
        CHECK(fold_to_ascii(c).empty()); // ж й ά ع 中 ◌́ - € ²
}

TEST_CASE("fold_key makes names that differ by case or diacritics equal", "[utf8]") {
    CHECK(fold_key("M\xC3\xBCller") == "muller");
    CHECK(fold_key("MULLER") == "muller");
    CHECK(fold_key("S\xC3\xB8rensen") == "sorensen");
    CHECK(fold_key("Nguy\xE1\xBB\x85n") == "nguyen");
    CHECK(fold_key("\xC5\x81ukasz") == "lukasz");
    CHECK(fold_key("Mu\xCC\x88ller") == "muller"); // decomposed ü: the mark goes too
    // Other scripts are lower-cased only: й keeps its breve.
    CHECK(fold_key("\xD0\x99\xD0\xB5\xD0\xBD") == "\xD0\xB9\xD0\xB5\xD0\xBD"); // Йен -> йен
    // Near misses: a different letter stays different.
    CHECK(fold_key("M\xC3\xBCller") != fold_key("Miller"));
    CHECK(fold_key("S\xC3\xB8rensen") != fold_key("Sorenson"));
}

TEST_CASE("strip_diacritics keeps case and drops accents", "[utf8]") {
    CHECK(strip_diacritics("Bras\xC3\xADlia") == "Brasilia");
    CHECK(strip_diacritics("S\xC3\xA3o Tom\xC3\xA9") == "Sao Tome");
    CHECK(strip_diacritics("\xC5\x81\xC3\xB3"
                           "d\xC5\xBA") == "Lodz");
    CHECK(strip_diacritics("Mu\xCC\x88ller") == "Muller"); // decomposed: the mark goes too
    // Near misses: plain text and other scripts are unchanged.
    CHECK(strip_diacritics("Brasilia") == "Brasilia");
    CHECK(strip_diacritics("\xD0\x99\xD0\xB5\xD0\xBD") == "\xD0\x99\xD0\xB5\xD0\xBD");
}

TEST_CASE("space_at and space_before measure one white space character", "[utf8]") {
    const std::string text = "a \xC2\xA0\xE2\x80\x89z"; // a, space, no-break space, thin space, z
    CHECK(space_at(text, 1) == 1);
    CHECK(space_at(text, 2) == 2);
    CHECK(space_at(text, 4) == 3);
    CHECK(space_before(text, 7) == 3);
    CHECK(space_before(text, 4) == 2);
    // Near misses: a letter, the middle of a character, a zero width space, past the end.
    CHECK(space_at(text, 0) == 0);
    CHECK(space_at(text, 3) == 0);
    CHECK(space_at("\xE2\x80\x8B", 0) == 0);
    CHECK(space_at(text, text.size()) == 0);
    CHECK(space_before(text, 1) == 0);
}

TEST_CASE("trim drops white space of any script at both ends", "[utf8]") {
    CHECK(trim(" \t\xC2\xA0Zagreb\xE3\x80\x80\n") == "Zagreb"); // ideographic space at the end
    CHECK(trim("") == "");
    CHECK(trim(" \xC2\xA0 ") == "");
    // Near miss: inner spaces and a zero width space are kept.
    CHECK(trim(" New York ") == "New York");
    CHECK(trim("\xE2\x80\x8BX") == "\xE2\x80\x8BX");
}

TEST_CASE("repair_utf8 reads Windows-1252 text whole, else replaces each bad byte", "[utf8]") {
    std::string valid = "caf\xC3\xA9";
    CHECK(repair_utf8(valid).first_invalid == std::string_view::npos);
    CHECK(valid == "caf\xC3\xA9");

    std::string latin = "caf\xE9 \x80 \x92s";
    const Utf8Repair r = repair_utf8(latin);
    CHECK(r.windows_1252);
    CHECK(r.first_invalid == 3);
    CHECK(r.invalid_bytes == 3);
    CHECK(latin == "caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x99s");

    // Near misses: a valid character of several bytes elsewhere, or a byte Windows-1252
    // leaves undefined, and the text is no Windows-1252: U+FFFD for each bad byte.
    std::string mixed = "\xC3\xA9 \xE9";
    CHECK_FALSE(repair_utf8(mixed).windows_1252);
    CHECK(mixed == "\xC3\xA9 \xEF\xBF\xBD");
    std::string undefined = "a\x81\x8D";
    const Utf8Repair u = repair_utf8(undefined);
    CHECK_FALSE(u.windows_1252);
    CHECK(u.invalid_bytes == 2);
    CHECK(undefined == "a\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(is_valid_utf8(undefined));
}
