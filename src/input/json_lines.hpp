#pragma once
// A small strict JSON reader for JSON Lines: one object per line, top-level members kept.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace geokg {

enum class JsonKind { Null, Boolean, Number, String, Array, Object };

// A top-level member's value. Strings are decoded to UTF-8; numbers keep their literal
// text; nested arrays and objects are checked for syntax and skipped (kind only).
struct JsonValue {
    JsonKind kind = JsonKind::Null;
    std::string text; // String: decoded contents; Number: the literal; Boolean: "true"/"false"
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

struct JsonError {
    std::size_t column = 0; // 1-based byte column of the offending byte
    std::string what;       // lowercase, e.g. "expected ':'"
};

// Parses `line` as exactly one JSON object (white space around it allowed). On success
// fills `members` in source order (a repeated key appears twice) and returns nullopt.
std::optional<JsonError> parse_json_object(std::string_view line, std::vector<JsonMember>& members);

// The value of the last member named `key`, or nullptr.
const JsonValue* find_member(const std::vector<JsonMember>& members, std::string_view key);

} // namespace geokg
