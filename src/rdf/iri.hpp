#pragma once
// IRI minting and the checks every term passes before it is written as RDF.
// is_valid_utf8 and code_points, which the writer and NIF offsets use with these, live with the
// other UTF-8 primitives in text/utf8.hpp.
#include "text/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace geokg {

// Lower-case ASCII slug for an IRI path segment: "Côte d'Ivoire" -> "cote-d-ivoire".
// ASCII letters and digits are kept (lower-cased); every letter with an ASCII spelling takes it
// (text/utf8.hpp's fold_to_ascii: "é" -> "e", "Nguyễn" -> "nguyen", "ß" -> "ss", "Ł" -> "l",
// "Œ" -> "oe"), and a combining mark after such a letter is dropped; letters, digits and marks
// of other scripts (Cyrillic, Arabic, CJK...) are kept as %XX of their UTF-8 bytes (upper-case
// hex, so they stay distinct and decodable); everything else (spaces, punctuation, symbols,
// spacing modifier letters, invalid UTF-8) is a separator. Runs of separators become one '-',
// none at either end. Never empty: when nothing is left the slug is "x" followed by 8 hex digits
// of a stable hash of the text. The result is already IRI-safe: do not percent-encode it again.
//
// IRI stability (issue 7): only Latin-1 and Latin Extended-A letters (and Romanian ș ț) used to
// fold; other letters with an ASCII base (Vietnamese "ễ", "ơ", "ư"; "ǎ", "ǧ") were
// percent-encoded. They now fold: IRIs minted from such names changed once, deliberately
// (docs/architecture.md, Identity).
std::string slugify(std::string_view text);

// An absolute IRI (RFC 3987 syntax, as far as Turtle, N-Triples and N-Quads readers check it):
// scheme ":" rest, no space, controls or <>"{}|\^`, every '%' followed by two hex digits, at
// most one '#', valid UTF-8 without non-characters.
bool is_valid_iri(std::string_view text);

// An http or https IRI (is_valid_iri): an address on the web.
bool is_web_address(std::string_view text);

// BCP 47 in the simple form RDF uses: a primary subtag of 2-8 letters (or "x"/"i" for private
// and grandfathered tags) followed by "-" subtags of 1-8 letters or digits.
bool is_valid_language_tag(std::string_view tag);

} // namespace geokg
