#include "input/json_lines.hpp"
#include "text/ascii.hpp"

#include "text/utf8.hpp"

#include <cstdint>

namespace geokg {
namespace {

// Deeply nested input must not exhaust the stack.
constexpr int max_depth = 512;

class JsonParser {
public:
    explicit JsonParser(std::string_view in) : in_(in) {}

    std::optional<JsonError> parse_object_line(std::vector<JsonMember>& members) {
        skip_space();
        if (!expect('{')) {
            return error_;
        }
        skip_space();
        if (peek() == '}') {
            ++pos_;
        } else {
            for (Next next = Next::Item; next == Next::Item;) {
                JsonMember member;
                if (!parse_member(member.key, member.value, 1)) {
                    return error_;
                }
                members.push_back(std::move(member));
                next = after_item('}');
            }
            if (error_) {
                return error_;
            }
        }
        skip_space();
        if (!at_end()) {
            return fail("unexpected character after the object");
        }
        return std::nullopt;
    }

private:
    std::string_view in_;
    std::size_t pos_ = 0;
    std::optional<JsonError> error_;

    bool at_end() const { return pos_ >= in_.size(); }
    char peek() const { return at_end() ? '\0' : in_[pos_]; }

    std::optional<JsonError> fail(std::string what) {
        error_ = JsonError{pos_ + 1, std::move(what)};
        return error_;
    }

    // "key": value, from the white space before the key.
    bool parse_member(std::string& key, JsonValue& value, int depth) {
        skip_space();
        if (peek() != '"') {
            fail("expected a string key");
            return false;
        }
        key.clear();
        if (!parse_string(key)) {
            return false;
        }
        skip_space();
        if (!expect(':')) {
            return false;
        }
        skip_space();
        return parse_value(value, depth);
    }

    enum class Next { Item, End, Error };

    // After an item of an object or array closed by `close`: another item, the end, or an
    // error.
    Next after_item(char close) {
        skip_space();
        if (peek() == ',') {
            ++pos_;
            return Next::Item;
        }
        if (peek() == close) {
            ++pos_;
            return Next::End;
        }
        const std::string expected = std::string("expected ',' or '") + close + "'";
        fail(at_end() ? "unexpected end of line, " + expected : expected);
        return Next::Error;
    }

    bool expect(char c) {
        if (peek() == c && !at_end()) {
            ++pos_;
            return true;
        }
        if (at_end()) {
            fail(std::string("unexpected end of line, expected '") + c + "'");
        } else {
            fail(std::string("expected '") + c + "'");
        }
        return false;
    }

    void skip_space() {
        while (!at_end()) {
            const char c = in_[pos_];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            ++pos_;
        }
    }

    bool parse_literal(std::string_view word) {
        if (in_.substr(pos_, word.size()) != word) {
            fail("invalid literal");
            return false;
        }
        pos_ += word.size();
        return true;
    }

    bool parse_value(JsonValue& value, int depth) {
        if (depth > max_depth) {
            fail("nesting too deep");
            return false;
        }
        switch (peek()) {
        case '"':
            value.kind = JsonKind::String;
            return parse_string(value.text);
        case '{':
            value.kind = JsonKind::Object;
            return skip_nested('}', depth);
        case '[':
            value.kind = JsonKind::Array;
            return skip_nested(']', depth);
        case 't':
            value.kind = JsonKind::Boolean;
            value.text = "true";
            return parse_literal("true");
        case 'f':
            value.kind = JsonKind::Boolean;
            value.text = "false";
            return parse_literal("false");
        case 'n':
            value.kind = JsonKind::Null;
            return parse_literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                value.kind = JsonKind::Number;
                return parse_number(value.text);
            }
            fail(at_end() ? "unexpected end of line, expected a value" : "expected a value");
            return false;
        }
    }

    // A nested object or array, whose content is checked but not kept; `close` is '}' or ']'.
    bool skip_nested(char close, int depth) {
        ++pos_; // '{' or '['
        skip_space();
        if (peek() == close) {
            ++pos_;
            return true;
        }
        std::string key;
        JsonValue nested;
        Next next = Next::Item;
        while (next == Next::Item) {
            skip_space();
            const bool parsed = close == '}' ? parse_member(key, nested, depth + 1)
                                             : parse_value(nested, depth + 1);
            if (!parsed) {
                return false;
            }
            next = after_item(close);
        }
        return next == Next::End;
    }

    // One or more digits (a fraction, an exponent); false with an error when there is none.
    bool skip_digits() {
        if (!is_ascii_digit(peek())) {
            fail("invalid number");
            return false;
        }
        while (is_ascii_digit(peek())) {
            ++pos_;
        }
        return true;
    }

    bool parse_number(std::string& out) {
        const std::size_t start = pos_;
        if (peek() == '-') {
            ++pos_;
        }
        if (peek() == '0') {
            ++pos_;
        } else if (is_ascii_digit(peek())) {
            while (is_ascii_digit(peek())) {
                ++pos_;
            }
        } else {
            fail("invalid number");
            return false;
        }
        if (peek() == '.') {
            ++pos_;
            if (!skip_digits()) {
                return false;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-') {
                ++pos_;
            }
            if (!skip_digits()) {
                return false;
            }
        }
        out.assign(in_.substr(start, pos_ - start));
        return true;
    }

    static int hex_value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // Reads the four hex digits after "\u"; pos_ is on the first digit.
    bool parse_hex4(std::uint32_t& code) {
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = at_end() ? -1 : hex_value(in_[pos_]);
            if (v < 0) {
                fail("invalid \\u escape");
                return false;
            }
            code = code * 16 + static_cast<std::uint32_t>(v);
            ++pos_;
        }
        return true;
    }

    // The byte a one-character escape stands for (n: a newline), or '\0' when it is none.
    static char simple_escape(char e) {
        switch (e) {
        case '"':
        case '\\':
        case '/':
            return e;
        case 'b':
            return '\b';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        default:
            return '\0';
        }
    }

    // The low half of a surrogate pair, "\uDC00" to "\uDFFF", right after the high half in
    // `code`, which becomes the pair's code point; errors point at `escape_start`, the high
    // half's backslash.
    bool parse_low_surrogate(std::uint32_t& code, std::size_t escape_start) {
        if (in_.substr(pos_, 2) != "\\u") {
            pos_ = escape_start;
            fail("unpaired high surrogate in \\u escape");
            return false;
        }
        pos_ += 2;
        std::uint32_t low = 0;
        if (!parse_hex4(low)) {
            return false;
        }
        if (low < 0xDC00 || low > 0xDFFF) {
            pos_ = escape_start;
            fail("unpaired high surrogate in \\u escape");
            return false;
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        return true;
    }

    // "\uXXXX", or a surrogate pair of two, appended as UTF-8; pos_ is on the 'u'.
    bool parse_unicode_escape(std::string& out) {
        const std::size_t escape_start = pos_ - 1;
        ++pos_;
        std::uint32_t code = 0;
        if (!parse_hex4(code)) {
            return false;
        }
        if (code >= 0xDC00 && code <= 0xDFFF) {
            pos_ = escape_start;
            fail("unpaired low surrogate in \\u escape");
            return false;
        }
        if (code >= 0xD800 && code <= 0xDBFF && !parse_low_surrogate(code, escape_start)) {
            return false;
        }
        append_utf8(out, static_cast<char32_t>(code));
        return true;
    }

    // The escape after a backslash, decoded into `out`; pos_ is just after the backslash.
    bool parse_escape(std::string& out) {
        if (at_end()) {
            fail("unterminated string");
            return false;
        }
        const char e = in_[pos_];
        if (e == 'u') {
            return parse_unicode_escape(out);
        }
        const char decoded = simple_escape(e);
        if (decoded == '\0') {
            --pos_; // point at the backslash
            fail("invalid escape in string");
            return false;
        }
        out.push_back(decoded);
        ++pos_;
        return true;
    }

    // Copies the run of plain bytes at pos_ in one go: most text has few escapes.
    void copy_plain_run(std::string& out) {
        const std::size_t run = pos_;
        while (pos_ < in_.size()) {
            const auto c = static_cast<unsigned char>(in_[pos_]);
            if (c == '"' || c == '\\' || c < 0x20) {
                break;
            }
            ++pos_;
        }
        out.append(in_.data() + run, pos_ - run);
    }

    // Raw bytes are copied as they are (UTF-8 is checked by the caller, who can name
    // the offset inside the decoded text); escapes are decoded.
    bool parse_string(std::string& out) {
        ++pos_; // '"'
        for (;;) {
            copy_plain_run(out);
            if (at_end()) {
                fail("unterminated string");
                return false;
            }
            const char c = in_[pos_];
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c != '\\') {
                fail("control character in string");
                return false;
            }
            ++pos_;
            if (!parse_escape(out)) {
                return false;
            }
        }
    }
};

} // namespace

std::optional<JsonError> parse_json_object(std::string_view line,
                                           std::vector<JsonMember>& members) {
    JsonParser parser(line);
    return parser.parse_object_line(members);
}

const JsonValue* find_member(const std::vector<JsonMember>& members, std::string_view key) {
    for (auto it = members.rbegin(); it != members.rend(); ++it) {
        if (it->key == key) {
            return &it->value;
        }
    }
    return nullptr;
}

} // namespace geokg
