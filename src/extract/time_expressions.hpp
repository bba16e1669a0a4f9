#pragma once
// The time expressions of a sentence (the date grammar), resolved against the document date.
#include "lexicon/word_classes.hpp"
#include "text/calendar.hpp"
#include "text/text_span.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

enum class TimeKind {
    Weekday,   // "on Wednesday", "Thursday evening"
    FullDate,  // "September 16, 2020", "16 September 2020", "2020-09-16"
    MonthYear, // "February 2006"
    Year,      // "in 2006", "since 2012" (a four-digit year 1000..2999 in a date context)
    Relative   // "today", "yesterday", "tomorrow"
};

struct TimeExpression {
    TimeKind kind = TimeKind::Year;
    TextSpan span;    // byte offsets inside the sentence given to find_time_expressions
    int year = 0;     // FullDate, MonthYear, Year
    int month = 0;    // FullDate, MonthYear
    int day = 0;      // FullDate
    int weekday = -1; // Weekday: 0 = Monday
    int offset = 0;   // Relative: -1 yesterday, 0 today, +1 tomorrow
    // Added: a FullDate written without a year ("September 16") has year 0 and takes the
    // document's year; shift is a Weekday's "next" (+1) or "last" (-1), 0 when bare.
    int shift = 0;
    friend bool operator==(const TimeExpression&, const TimeExpression&) = default;
};

// Every time expression in a sentence, left to right (an X3 grammar, grammars/date).
// `words`: the lexicon's word classes (words:year-context says when a bare number is a year).
std::vector<TimeExpression> find_time_expressions(std::string_view sentence,
                                                  const WordClassIndex& words);

// The date an expression fixes, given the document's date. A weekday in a report of
// what happened is the latest such day on or before the document date; in a plan, the
// first such day on or after it. Year and MonthYear fix no xsd:date: nullopt.
std::optional<CivilDate> resolve_date(const TimeExpression& expression,
                                      const std::optional<CivilDate>& document_date, bool planned);

} // namespace geokg
