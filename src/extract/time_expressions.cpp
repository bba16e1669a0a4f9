// The scan of a sentence with the date grammar (grammars/date), and dates fixed from the
// document's date.
#include "extract/time_expressions.hpp"
#include "text/ascii.hpp"

#include "grammars/config.hpp"
#include "grammars/date.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace geokg {

namespace {

namespace ast = grammar::date_ast;

bool is_plausible_year(int year) {
    return year >= 1000 && year <= 2999;
}

// Between two years of a range: "2006 and 2008", "2006 to 2008", "2019-2020" (or an en dash).
constexpr std::array<std::string_view, 5> year_range_joins = {"and", "to", "or", "-",
                                                              "\xE2\x80\x93"};

// The word before `pos`, across spaces and a hyphen ("mid-2019").
std::string_view previous_word(std::string_view sentence, std::size_t pos) {
    std::size_t end = pos;
    while (end > 0 && (sentence[end - 1] == ' ' || sentence[end - 1] == '-' ||
                       sentence[end - 1] == '\n' || sentence[end - 1] == '\t'))
        --end;
    std::size_t begin = end;
    while (begin > 0 && grammar::is_word_char(sentence[begin - 1]))
        --begin;
    return sentence.substr(begin, end - begin);
}

// Where a part of the day after `pos` ends ("Thursday evening", words:day-part), or `pos`.
std::size_t after_day_part(std::string_view sentence, std::size_t pos,
                           const WordClassIndex& words) {
    std::size_t begin = pos;
    while (begin < sentence.size() && sentence[begin] == ' ')
        ++begin;
    std::size_t end = begin;
    while (end < sentence.size() && grammar::is_word_char(sentence[end]))
        ++end;
    return end > begin && words.has(WordClass::DayPart, lower(sentence.substr(begin, end - begin)))
               ? end
               : pos;
}

// "1954-1962" (or an en dash): the first year of a range, seen from the text after it.
bool starts_year_range(std::string_view rest) {
    rest = trim(rest);
    if (rest.starts_with('-'))
        rest.remove_prefix(1);
    else if (rest.starts_with("\xE2\x80\x93"))
        rest.remove_prefix(3);
    else
        return false;
    rest = trim(rest);
    return rest.size() >= 4 && std::all_of(rest.begin(), rest.begin() + 4, is_ascii_digit) &&
           (rest.size() == 4 || !grammar::is_word_char(rest[4]));
}

// A bare number is a year only where the text says it is a date; "2000 troops" is not.
bool is_year_in_context(std::string_view sentence, TextSpan span, const WordClassIndex& words,
                        const std::vector<TimeExpression>& found) {
    const std::size_t pos = span.begin;
    if (starts_year_range(sentence.substr(span.end)))
        return true;
    // "(1962)"
    if (pos > 0 && sentence[pos - 1] == '(' && span.end < sentence.size() &&
        sentence[span.end] == ')')
        return true;
    if (words.has(WordClass::YearContext, lower(previous_word(sentence, pos))))
        return true;
    if (found.empty() || found.back().span.end > pos)
        return false;
    const std::string_view join =
        trim(sentence.substr(found.back().span.end, pos - found.back().span.end));
    return std::find(year_range_joins.begin(), year_range_joins.end(), join) !=
           year_range_joins.end();
}

// Where the grammar may start: a word start, and for a number not "$2020" or "1,2020".
bool is_scan_start(std::string_view sentence, std::size_t pos) {
    if (!grammar::is_word_char(sentence[pos]))
        return false;
    if (pos == 0)
        return true;
    const char before = sentence[pos - 1];
    if (grammar::is_word_char(before))
        return false;
    if (is_ascii_digit(sentence[pos]))
        return static_cast<unsigned char>(before) < 0x80 &&
               std::string_view("$.,/:#+").find(before) == std::string_view::npos;
    return true;
}

// Turns what the grammar read into a TimeExpression, or nullopt where the calendar or the
// context says it is not a date after all.
struct ast_to_expression {
    using result_type = std::optional<TimeExpression>;

    std::string_view sentence;
    TextSpan span;
    const WordClassIndex& words;
    const std::vector<TimeExpression>& found;

    result_type full_date(int year, int month, int day) const {
        // Without a year, any day that some year has (February 29) passes.
        const CivilDate date{year == 0 ? 2000 : year, month, day};
        if (!is_valid_date(date) || (year != 0 && !is_plausible_year(year)))
            return std::nullopt;
        TimeExpression e = make(TimeKind::FullDate);
        e.year = year;
        e.month = month;
        e.day = day;
        return e;
    }

    TimeExpression make(TimeKind kind) const {
        TimeExpression e;
        e.kind = kind;
        e.span = span;
        return e;
    }

    // One operator for every form the grammar reads, told apart by the fields it has: a
    // day (with or without a year), a month and year, a year, a weekday, a relative day.
    template <typename Parsed> result_type operator()(const Parsed& parsed) const {
        if constexpr (requires {
                          parsed.day;
                          parsed.year;
                      }) {
            return full_date(parsed.year, parsed.month, parsed.day);
        } else if constexpr (requires { parsed.day; }) {
            return full_date(0, parsed.month, parsed.day);
        } else if constexpr (requires { parsed.month; }) {
            if (!is_plausible_year(parsed.year))
                return std::nullopt;
            TimeExpression e = make(TimeKind::MonthYear);
            e.year = parsed.year;
            e.month = parsed.month;
            return e;
        } else if constexpr (requires { parsed.year; }) {
            if (!is_plausible_year(parsed.year) ||
                !is_year_in_context(sentence, span, words, found))
                return std::nullopt;
            TimeExpression e = make(TimeKind::Year);
            e.year = parsed.year;
            return e;
        } else if constexpr (requires { parsed.weekday; }) {
            TimeExpression e = make(TimeKind::Weekday);
            e.weekday = parsed.weekday;
            e.shift = parsed.shift;
            return e;
        } else {
            TimeExpression e = make(TimeKind::Relative);
            e.offset = parsed.offset;
            return e;
        }
    }
};

// Days from `from` to the next `to` weekday, 0..6.
int days_forward(int from, int to) {
    return ((to - from) % 7 + 7) % 7;
}

} // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view sentence,
                                                  const WordClassIndex& words) {
    std::vector<TimeExpression> found;
    const char* const begin = sentence.data();
    const char* const end = begin + sentence.size();
    std::size_t pos = 0;
    while (pos < sentence.size()) {
        if (!is_scan_start(sentence, pos)) {
            ++pos;
            continue;
        }
        grammar::iterator_type first = begin + pos;
        ast::time_expression parsed; // fresh each time: a failed parse may leave it half-filled
        if (boost::spirit::x3::parse(first, end, grammar::time_expression(), parsed)) {
            const TextSpan span{pos, static_cast<std::size_t>(first - begin)};
            if (auto expression =
                    parsed.apply_visitor(ast_to_expression{sentence, span, words, found})) {
                if (expression->kind == TimeKind::Weekday)
                    expression->span.end = after_day_part(sentence, span.end, words);
                found.push_back(*expression);
                pos = span.end;
                continue;
            }
        }
        ++pos;
    }
    return found;
}

std::optional<CivilDate> resolve_date(const TimeExpression& expression,
                                      const std::optional<CivilDate>& document_date, bool planned) {
    switch (expression.kind) {
    case TimeKind::FullDate: {
        if (expression.year == 0 && !document_date)
            return std::nullopt;
        const CivilDate date{expression.year == 0 ? document_date->year : expression.year,
                             expression.month, expression.day};
        return is_valid_date(date) ? std::optional<CivilDate>(date) : std::nullopt;
    }
    case TimeKind::MonthYear:
    case TimeKind::Year:
        return std::nullopt;
    case TimeKind::Relative:
        if (!document_date)
            return std::nullopt;
        return add_days(*document_date, expression.offset);
    case TimeKind::Weekday: {
        if (!document_date || expression.weekday < 0 || expression.weekday > 6)
            return std::nullopt;
        const int today = weekday(*document_date);
        const int ahead = days_forward(today, expression.weekday);
        const int back = days_forward(expression.weekday, today);
        // "next Friday" and "last Friday" never mean the document's own day.
        if (expression.shift > 0)
            return add_days(*document_date, ahead == 0 ? 7 : ahead);
        if (expression.shift < 0)
            return add_days(*document_date, back == 0 ? -7 : -back);
        return add_days(*document_date, planned ? ahead : -back);
    }
    }
    return std::nullopt;
}

} // namespace geokg
