#pragma once
// The date grammar. Every rule ends on a word boundary, so "Mondays", "2020s" and
// "Marching" are not dates; the caller starts it at word starts only.
#include "grammars/date.hpp"
#include "grammars/date_ast.hpp"
#include "grammars/date_ast_adapted.hpp"

#include <boost/spirit/home/x3.hpp>

namespace geokg::grammar {

namespace date_parser {

namespace x3 = boost::spirit::x3;

// Succeeds, consuming nothing, where a word ends.
struct word_end_parser : x3::parser<word_end_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        return first == last || !is_word_char(*first);
    }
};
inline constexpr word_end_parser word_end{};

// Month names are proper names: capitalized only, so "may" and "march" stay verbs.
// Explicit keys rather than no_case[], whose mixed-case keys are unreliable.
struct month_symbols : x3::symbols<int> {
    month_symbols() {
        add("January", 1)("Jan", 1)("February", 2)("Feb", 2)("March", 3)("Mar", 3)("April", 4)(
            "Apr", 4)("May", 5)("June", 6)("Jun", 6)("July", 7)("Jul", 7)("August", 8)("Aug", 8)(
            "September", 9)("Sept", 9)("Sep", 9)("October", 10)("Oct", 10)("November", 11)(
            "Nov", 11)("December", 12)("Dec", 12);
    }
};
inline const month_symbols months;

// Weekdays are written capitalized, but a lowercase one is still unambiguous.
struct weekday_symbols : x3::symbols<int> {
    weekday_symbols() {
        add("Monday", 0)("Tuesday", 1)("Wednesday", 2)("Thursday", 3)("Friday", 4)("Saturday", 5)(
            "Sunday", 6)("monday", 0)("tuesday", 1)("wednesday", 2)("thursday", 3)("friday", 4)(
            "saturday", 5)("sunday", 6);
    }
};
inline const weekday_symbols weekdays;

struct shift_symbols : x3::symbols<int> {
    shift_symbols() { add("next", 1)("Next", 1)("last", -1)("Last", -1); }
};
inline const shift_symbols shifts;

struct relative_symbols : x3::symbols<int> {
    relative_symbols() {
        add("today", 0)("Today", 0)("tonight", 0)("Tonight", 0)("yesterday", -1)("Yesterday", -1)(
            "tomorrow", 1)("Tomorrow", 1);
    }
};
inline const relative_symbols relative_words;

// Character classes are ascii::, never the default standard::: on a UTF-8 byte (a negative
// char) standard::space asserts, or with NDEBUG calls std::isspace out of range.
// Whitespace between the words of one expression (no skipper: spans stay exact); a UTF-8
// no-break space, common between day and month, counts.
auto const gap = x3::omit[+(x3::ascii::space | x3::lit("\xC2\xA0"))];
// "5,000" and "2.5" are numbers, not a day or a year followed by punctuation.
auto const not_a_longer_number = !(x3::ascii::char_(".,") >> x3::ascii::digit);
auto const ordinal = x3::lit("st") | "nd" | "rd" | "th";

x3::rule<class month_class, int> const month = "month";
x3::rule<class day_class, int> const day = "day";
x3::rule<class year_class, int> const year = "year";

auto const month_def = months >> -x3::lit('.') >> word_end;
auto const day_def =
    x3::uint_parser<int, 10, 1, 2>{} >> not_a_longer_number >> -ordinal >> word_end;
// "10-year" and "2020s" are not years: word_end and the hyphen check see to it.
auto const year_def = x3::uint_parser<int, 10, 4, 4>{} >> not_a_longer_number >>
                      !(x3::lit('-') >> x3::ascii::alpha) >> word_end;

x3::rule<class weekday_expression_class, date_ast::weekday_expression> const weekday_expression =
    "weekday_expression";
x3::rule<class month_day_year_class, date_ast::month_day_year> const month_day_year =
    "month_day_year";
x3::rule<class day_month_year_class, date_ast::day_month_year> const day_month_year =
    "day_month_year";
x3::rule<class iso_date_class, date_ast::iso_date> const iso_date = "iso_date";
x3::rule<class month_day_class, date_ast::month_day> const month_day = "month_day";
x3::rule<class day_month_class, date_ast::day_month> const day_month = "day_month";
x3::rule<class month_year_class, date_ast::month_year> const month_year = "month_year";
x3::rule<class year_only_class, date_ast::year_only> const year_only = "year_only";
x3::rule<class relative_day_class, date_ast::relative_day> const relative_day = "relative_day";

time_expression_type const time_expression = "time_expression";

auto const weekday_expression_def = (shifts >> gap | x3::attr(0)) >> weekdays >> word_end;
// "July 15-16": a range of days is dated by its first.
auto const day_range_end = x3::omit[(x3::lit('-') | x3::lit("\xE2\x80\x93")) >>
                                    x3::uint_parser<int, 10, 1, 2>{} >> word_end];
auto const month_day_year_def = month >> gap >> day >> -day_range_end >> -x3::lit(',') >> gap
                                >> year;
auto const day_month_year_def = day >> gap >> -(x3::lit("of") >> gap) >> month >>
                                -x3::lit(',') >> gap >> year;
auto const iso_date_def = x3::uint_parser<int, 10, 4, 4>{} >> '-' >>
                          x3::uint_parser<int, 10, 2, 2>{} >> '-' >>
                          x3::uint_parser<int, 10, 2, 2>{} >> word_end;
auto const month_day_def = month >> gap >> day >> -day_range_end;
auto const day_month_def = day >> gap >> -(x3::lit("of") >> gap) >> month;
auto const month_year_def = month >> -x3::lit(',') >> gap >> year;
auto const year_only_def = year;
auto const relative_day_def = relative_words >> word_end;

// Longest forms first: a full date before its month-and-day prefix.
auto const time_expression_def = month_day_year | day_month_year | iso_date | month_year |
                                 month_day | day_month | weekday_expression | relative_day |
                                 year_only;

BOOST_SPIRIT_DEFINE(month, day, year, weekday_expression, month_day_year, day_month_year, iso_date,
                    month_day, day_month, month_year, year_only, relative_day, time_expression)

} // namespace date_parser

date_parser::time_expression_type const& time_expression() {
    return date_parser::time_expression;
}

} // namespace geokg::grammar
