#include "rdf/xsd.hpp"
#include "text/ascii.hpp"

#include "rdf/namespaces.hpp"
#include "text/base64.hpp"
#include "text/calendar.hpp"

#include <cstddef>
#include <optional>

namespace geokg {
namespace {

// A left-to-right reading of one lexical form, each grammar step a call.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    bool at_end() const { return pos_ == text_.size(); }
    bool eat(char c) {
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    bool eat(std::string_view word) {
        if (text_.substr(pos_, word.size()) != word) {
            return false;
        }
        pos_ += word.size();
        return true;
    }
    bool eat_sign() { return eat('+') || eat('-'); }
    // The digits at the cursor, consumed (possibly none).
    std::string_view digits() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && is_ascii_digit(text_[pos_])) {
            ++pos_;
        }
        return text_.substr(start, pos_ - start);
    }
    // Exactly two digits as a number (consumed), or nullopt.
    std::optional<int> two_digits() {
        if (pos_ + 2 > text_.size() || !is_ascii_digit(text_[pos_]) ||
            !is_ascii_digit(text_[pos_ + 1])) {
            return std::nullopt;
        }
        const int value = (text_[pos_] - '0') * 10 + (text_[pos_ + 1] - '0');
        pos_ += 2;
        return value;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// [0-9]+ then the end.
bool only_digits(Cursor& c) {
    return !c.digits().empty() && c.at_end();
}

// ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+), the unsigned decimal of decimal, double and float.
bool unsigned_decimal(Cursor& c) {
    const bool whole = !c.digits().empty();
    if (!c.eat('.')) {
        return whole;
    }
    return !c.digits().empty() || whole;
}

// Z | (+|-) hh:mm, at most 14:00; or nothing.
bool optional_timezone(Cursor& c) {
    if (c.at_end() || c.eat('Z')) {
        return c.at_end();
    }
    if (!c.eat_sign()) {
        return false;
    }
    const auto hours = c.two_digits();
    const bool colon = hours && c.eat(':');
    const auto minutes = colon ? c.two_digits() : std::nullopt;
    return minutes && c.at_end() && *minutes <= 59 &&
           (*hours < 14 || (*hours == 14 && *minutes == 0));
}

// '-'? yyyy, more than four digits only without a leading zero. The year is returned modulo
// 400 with its sign, which is all a leap-year rule needs of it.
std::optional<long long> year(Cursor& c) {
    const bool negative = c.eat('-');
    const std::string_view digits = c.digits();
    if (digits.size() < 4 || (digits.size() > 4 && digits.front() == '0')) {
        return std::nullopt;
    }
    long long mod = 0;
    for (const char d : digits) {
        mod = (mod * 10 + (d - '0')) % 400;
    }
    return negative ? -mod : mod;
}

// yyyy-mm-dd with a day that exists in that month (text/calendar's days_in_month).
bool date_part(Cursor& c) {
    const auto y = year(c);
    const auto month = y && c.eat('-') ? c.two_digits() : std::nullopt;
    const auto day = month && c.eat('-') ? c.two_digits() : std::nullopt;
    return day && *day >= 1 && *day <= days_in_month(*y, *month);
}

// hh:mm:ss('.' s+)?, or 24:00:00 with a zero fraction for the end of the day.
bool time_part(Cursor& c) {
    const auto hours = c.two_digits();
    const auto minutes = hours && c.eat(':') ? c.two_digits() : std::nullopt;
    const auto seconds = minutes && c.eat(':') ? c.two_digits() : std::nullopt;
    if (!seconds) {
        return false;
    }
    bool nonzero_fraction = false;
    if (c.eat('.')) {
        const std::string_view fraction = c.digits();
        if (fraction.empty()) {
            return false;
        }
        nonzero_fraction = fraction.find_first_not_of('0') != std::string_view::npos;
    }
    if (*hours == 24) {
        return *minutes == 0 && *seconds == 0 && !nonzero_fraction;
    }
    return *hours < 24 && *minutes <= 59 && *seconds <= 59;
}

bool valid_boolean(std::string_view text) {
    return text == "true" || text == "false" || text == "1" || text == "0";
}

bool valid_integer(std::string_view text) {
    Cursor c(text);
    c.eat_sign();
    return only_digits(c);
}

// An integer that is not negative: "-0" is zero, so it counts.
bool valid_non_negative_integer(std::string_view text) {
    Cursor c(text);
    if (c.eat('-')) {
        const std::string_view digits = c.digits();
        return !digits.empty() && c.at_end() &&
               digits.find_first_not_of('0') == std::string_view::npos;
    }
    c.eat('+');
    return only_digits(c);
}

bool valid_positive_integer(std::string_view text) {
    Cursor c(text);
    c.eat('+');
    const std::string_view digits = c.digits();
    return !digits.empty() && c.at_end() && digits.find_first_not_of('0') != std::string_view::npos;
}

bool valid_decimal(std::string_view text) {
    Cursor c(text);
    c.eat_sign();
    return unsigned_decimal(c) && c.at_end();
}

// XSD 1.1 float and double: a decimal with an optional exponent, or INF, -INF, +INF, NaN.
bool valid_floating_point(std::string_view text) {
    Cursor c(text);
    if (c.eat("NaN")) {
        return c.at_end();
    }
    c.eat_sign();
    if (c.eat("INF")) {
        return c.at_end();
    }
    if (!unsigned_decimal(c)) {
        return false;
    }
    if (c.eat('e') || c.eat('E')) {
        c.eat_sign();
        return only_digits(c);
    }
    return c.at_end();
}

bool valid_date(std::string_view text) {
    Cursor c(text);
    return date_part(c) && optional_timezone(c);
}

bool valid_date_time(std::string_view text) {
    Cursor c(text);
    return date_part(c) && c.eat('T') && time_part(c) && optional_timezone(c);
}

bool valid_g_year(std::string_view text) {
    Cursor c(text);
    return year(c) && optional_timezone(c);
}

// yyyy-mm, a month 01..12.
bool valid_g_year_month(std::string_view text) {
    Cursor c(text);
    const auto month = year(c) && c.eat('-') ? c.two_digits() : std::nullopt;
    return month && *month >= 1 && *month <= 12 && optional_timezone(c);
}

// Base64 with a single space allowed after any letter (XSD 1.1's B64char ' '?).
bool valid_base64_binary(std::string_view text) {
    std::string letters;
    letters.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ' ') {
            letters += text[i];
        } else if (i == 0 || text[i - 1] == ' ' || i + 1 == text.size()) {
            return false;
        }
    }
    return base64_decode(letters).has_value();
}

struct LexicalSpace {
    std::string_view type; // local name in xsd:
    bool (*contains)(std::string_view lexical);
};

constexpr LexicalSpace lexical_spaces[] = {
    {"boolean", valid_boolean},
    {"integer", valid_integer},
    {"nonNegativeInteger", valid_non_negative_integer},
    {"positiveInteger", valid_positive_integer},
    {"decimal", valid_decimal},
    {"double", valid_floating_point},
    {"float", valid_floating_point},
    {"date", valid_date},
    {"dateTime", valid_date_time},
    {"gYear", valid_g_year},
    {"gYearMonth", valid_g_year_month},
    {"base64Binary", valid_base64_binary},
};

} // namespace

bool is_valid_lexical_form(std::string_view lexical, std::string_view datatype) {
    if (!datatype.starts_with(ns::xsd)) {
        return true;
    }
    const std::string_view type = datatype.substr(ns::xsd.size());
    for (const LexicalSpace& space : lexical_spaces) {
        if (space.type == type) {
            return space.contains(lexical);
        }
    }
    return true;
}

std::string_view canonical_boolean(std::string_view lexical) {
    if (lexical == "1") {
        return "true";
    }
    return lexical == "0" ? "false" : lexical;
}

} // namespace geokg
