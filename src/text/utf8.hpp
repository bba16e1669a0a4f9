#pragma once
// UTF-8 and Unicode letters, the one home of both: decoding, validity, letter classes, white
// space, case and the folding of names to ASCII for comparisons and slugs. Built on libutf8proc.
#include <cstddef>
#include <string>
#include <string_view>

namespace geokg {

// ---- decoding ---------------------------------------------------------------------------------

struct Utf8Char {
    char32_t code_point = 0;
    std::size_t length = 0; // bytes read: 1 to 4
    bool valid = false;
};

// The character that starts at byte `pos` (< text.size()). Strict: an overlong form, a surrogate,
// a value above U+10FFFF, a stray or missing continuation byte is not valid and reads as U+FFFD
// of length 1, so that a scan steps over it one byte at a time.
Utf8Char decode_utf8(std::string_view text, std::size_t pos);

// The character that ends just before byte `pos` (0 < pos <= text.size()), for scans that look
// back: as decode_utf8 would read it from its first byte, or U+FFFD of length 1 when the bytes
// before `pos` do not end a valid character.
Utf8Char decode_utf8_before(std::string_view text, std::size_t pos);

// Appends the UTF-8 bytes of a Unicode scalar value (not a surrogate, at most U+10FFFF).
void append_utf8(std::string& out, char32_t code_point);

// Offset of the first byte that does not start a valid character (as decode_utf8 reads it), or
// std::string_view::npos when the whole text is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text);

// Well-formed UTF-8: shortest forms only, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view text);

// What repair_utf8 did to a text that was not valid UTF-8.
struct Utf8Repair {
    std::size_t first_invalid = std::string_view::npos; // byte offset in the text as it was
    std::size_t invalid_bytes = 0;                      // bytes that were not UTF-8
    bool windows_1252 = false; // read whole as Windows-1252, else each such byte is U+FFFD
};

// Makes `text` valid UTF-8 and says how (first_invalid is npos when it was valid already):
// a text in which no byte above 0x7F is part of a UTF-8 character, and which Windows-1252
// reads whole (glibc's iconv: the five bytes it leaves undefined are not), is decoded as
// Windows-1252 ("caf\xE9" -> "café"); otherwise each byte that starts no valid character
// becomes U+FFFD and the rest is kept.
Utf8Repair repair_utf8(std::string& text);

// The code points of the text, an invalid byte read as U+FFFD: for measures over characters
// (an edit distance), not bytes.
std::u32string to_utf32(std::string_view text);

// Number of Unicode code points in utf8[0, byte_end) (byte_end is clamped to the size): the
// character offsets NIF IRIs use. Counts lead bytes, so it assumes valid UTF-8.
std::size_t code_points(std::string_view utf8, std::size_t byte_end = std::string_view::npos);

// ---- letter classes and white space (Unicode general categories) -------------------------------

bool is_upper(char32_t c);       // Lu, Lt: "Ž", "ǅ"; not "ž", not "中" (no case)
bool is_lower(char32_t c);       // Ll
bool is_letter(char32_t c);      // L*: any script, with or without case
bool is_digit(char32_t c);       // Nd: decimal digits of any script
bool is_number(char32_t c);      // N*: digits, and "½", "²", Roman numerals
bool is_mark(char32_t c);        // M*: combining accents, vowel signs
bool is_punctuation(char32_t c); // P*: "-", "’", "«", "…"; not "€" or "°" (symbols)
// White space: ASCII \t \n \v \f \r, U+0085 and the space separators (Z*: U+00A0, U+2009,
// U+3000...). Not U+200B ZERO WIDTH SPACE, which Unicode calls a format character.
bool is_space(char32_t c);

// The length in bytes of the white space character (is_space) that starts at `pos`, 0 if none
// (or if pos is past the end).
std::size_t space_at(std::string_view text, std::size_t pos);

// The length in bytes of the white space character that ends just before `pos`, 0 if none.
std::size_t space_before(std::string_view text, std::size_t pos);

// The text without white space (is_space) at either end.
std::string_view trim(std::string_view text);

// ---- case and folding ---------------------------------------------------------------------------

// The text in lower case: every letter with a lower-case form (Unicode simple mappings: "Ž" ->
// "ž", "Σ" -> "σ"); invalid bytes are kept as they are. ASCII text takes a fast path.
std::string lower(std::string_view text);

// The ASCII spelling of a letter or digit that has one, in lower case: "É" -> "e" and "ễ" -> "e"
// (canonical decomposition without its marks), "ß" -> "ss" (case folding), "Ł" -> "l", "Æ" -> "ae",
// "Þ" -> "th" (a table for letters with no decomposition). Empty for every other character:
// letters of other scripts ("ж", "ع", "中"), marks, punctuation, symbols.
std::string fold_to_ascii(char32_t c);

// The key two spellings of a name share when they differ only by case or diacritics:
// "Müller" and "MULLER" -> "muller", "Sørensen" -> "sorensen". Letters with an ASCII spelling
// take it (fold_to_ascii), other letters are lower-cased ("Жуков" -> "жуков"), a combining mark
// after a folded letter is dropped; everything else is kept.
std::string fold_key(std::string_view text);

// The spelling without diacritics, case kept: "Brasília" -> "Brasilia", "Łódź" -> "Lodz",
// "São Tomé" -> "Sao Tome". Letters with no ASCII spelling and all other characters are kept.
std::string strip_diacritics(std::string_view text);

} // namespace geokg
