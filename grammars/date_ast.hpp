#pragma once
// The syntax of a time expression as the date grammar reads it: numbers as written, no
// calendar checks (those belong to src/date.cpp).
#include <boost/spirit/home/x3/support/ast/variant.hpp>

namespace geokg::grammar::date_ast {

namespace x3 = boost::spirit::x3;

// "Wednesday", "next Friday", "last Monday".
struct weekday_expression {
    int shift = 0; // -1 "last", +1 "next", 0 bare
    int weekday = -1;
};

// "September 16, 2020", "Sept. 16th 2020".
struct month_day_year {
    int month = 0;
    int day = 0;
    int year = 0;
};

// "16 September 2020", "16th of Sept. 2020".
struct day_month_year {
    int day = 0;
    int month = 0;
    int year = 0;
};

// "2020-09-16".
struct iso_date {
    int year = 0;
    int month = 0;
    int day = 0;
};

// "September 16": the year comes from the document.
struct month_day {
    int month = 0;
    int day = 0;
};

// "16 September".
struct day_month {
    int day = 0;
    int month = 0;
};

// "February 2006".
struct month_year {
    int month = 0;
    int year = 0;
};

// "2006" (the grammar checks only that it is a whole four-digit token).
struct year_only {
    int year = 0;
};

// "today", "yesterday", "tomorrow", "tonight".
struct relative_day {
    int offset = 0;
};

struct time_expression : x3::variant<weekday_expression, month_day_year, day_month_year, iso_date,
                                     month_day, day_month, month_year, year_only, relative_day> {
    using base_type::base_type;
    using base_type::operator=;
};

} // namespace geokg::grammar::date_ast
