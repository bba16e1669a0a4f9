// Calendar functions, the date grammar's scan of a sentence, and resolution of what it finds.
#include "extract/time_expressions.hpp"

#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using geokg::CivilDate;
using geokg::TimeExpression;
using geokg::TimeKind;

namespace {

const geokg::WordClassIndex& words() {
    return geokg::testing::project_lexicon_index().words;
}

std::string_view slice(std::string_view sentence, const geokg::TextSpan& span) {
    REQUIRE(span.begin <= span.end);
    REQUIRE(span.end <= sentence.size());
    return sentence.substr(span.begin, span.size());
}

// The single expression of a sentence; fails the test if there is not exactly one.
TimeExpression only_expression(std::string_view sentence) {
    const auto found = geokg::find_time_expressions(sentence, words());
    INFO(sentence);
    REQUIRE(found.size() == 1);
    return found.front();
}

std::optional<CivilDate> resolve_single(std::string_view sentence, CivilDate document_date,
                                        bool planned) {
    return geokg::resolve_date(only_expression(sentence), document_date, planned);
}

} // namespace

TEST_CASE("parse_iso_date accepts real dates only", "[date]") {
    CHECK(geokg::parse_iso_date("2020-09-16") == CivilDate{2020, 9, 16});
    CHECK(geokg::parse_iso_date("2020-02-29") == CivilDate{2020, 2, 29});
    CHECK(geokg::parse_iso_date("2000-02-29") == CivilDate{2000, 2, 29});
    CHECK_FALSE(geokg::parse_iso_date("2024-13-45"));
    CHECK_FALSE(geokg::parse_iso_date("2021-02-29"));
    CHECK_FALSE(geokg::parse_iso_date("1900-02-29"));
    CHECK_FALSE(geokg::parse_iso_date("2020-04-31"));
    CHECK_FALSE(geokg::parse_iso_date("2020-00-10"));
    CHECK_FALSE(geokg::parse_iso_date("2020-9-16"));
    CHECK_FALSE(geokg::parse_iso_date("2020-09-16T10"));
    CHECK_FALSE(geokg::parse_iso_date("2020/09/16"));
    CHECK_FALSE(geokg::parse_iso_date(""));
    CHECK(geokg::to_iso(CivilDate{2020, 9, 6}) == "2020-09-06");
}

TEST_CASE("weekday counts from Monday", "[date]") {
    CHECK(geokg::weekday(CivilDate{2020, 9, 28}) == 0); // a Monday
    CHECK(geokg::weekday(CivilDate{2020, 9, 30}) == 2);
    CHECK(geokg::weekday(CivilDate{2000, 1, 1}) == 5);
    CHECK(geokg::weekday(CivilDate{2024, 2, 29}) == 3);
    CHECK(geokg::weekday(CivilDate{2020, 10, 4}) == 6);
}

TEST_CASE("add_days crosses month, year and leap-day boundaries", "[date]") {
    CHECK(geokg::add_days(CivilDate{2020, 9, 30}, 2) == CivilDate{2020, 10, 2});
    CHECK(geokg::add_days(CivilDate{2020, 12, 31}, 1) == CivilDate{2021, 1, 1});
    CHECK(geokg::add_days(CivilDate{2021, 1, 1}, -1) == CivilDate{2020, 12, 31});
    CHECK(geokg::add_days(CivilDate{2020, 2, 28}, 1) == CivilDate{2020, 2, 29});
    CHECK(geokg::add_days(CivilDate{2021, 2, 28}, 1) == CivilDate{2021, 3, 1});
    CHECK(geokg::add_days(CivilDate{2020, 3, 1}, -1) == CivilDate{2020, 2, 29});
    CHECK(geokg::add_days(CivilDate{2020, 1, 1}, 366) == CivilDate{2021, 1, 1});
    CHECK(geokg::add_days(CivilDate{2020, 5, 5}, 0) == CivilDate{2020, 5, 5});
}

TEST_CASE("weekdays resolve against the document date", "[date]") {
    const CivilDate wednesday{2020, 9, 30};

    SECTION("a report on the document's own weekday") {
        const std::string_view sentence = "On Wednesday the minister arrived in the capital.";
        const auto expression = only_expression(sentence);
        CHECK(expression.kind == TimeKind::Weekday);
        CHECK(expression.weekday == 2);
        CHECK(slice(sentence, expression.span) == "Wednesday");
        CHECK(geokg::resolve_date(expression, wednesday, false) == CivilDate{2020, 9, 30});
    }
    SECTION("a plan looks forward") {
        CHECK(resolve_single("He will travel to the region on Friday.", wednesday, true) ==
              CivilDate{2020, 10, 2});
    }
    SECTION("a report looks back") {
        CHECK(resolve_single("Earlier on Tuesday, talks were held.", wednesday, false) ==
              CivilDate{2020, 9, 29});
        CHECK(resolve_single("The deal was signed on Thursday.", CivilDate{2020, 10, 2}, false) ==
              CivilDate{2020, 10, 1});
        CHECK(resolve_single("The deal was signed on Thursday.", wednesday, false) ==
              CivilDate{2020, 9, 24});
    }
    SECTION("the part of the day after the weekday is part of it") {
        const std::string_view sentence = "They met Thursday evening in the palace.";
        const auto expression = only_expression(sentence);
        CHECK(expression.kind == TimeKind::Weekday);
        CHECK(slice(sentence, expression.span) == "Thursday evening");
        // Only a part of the day: "Thursday talks" are talks.
        const std::string_view talks = "They held Thursday talks in the palace.";
        CHECK(slice(talks, only_expression(talks).span) == "Thursday");
    }
    SECTION("lowercase weekdays are still weekdays") {
        CHECK(only_expression("talks resume on wednesday").weekday == 2);
    }
    SECTION("next and last move to the following or previous week") {
        const std::string_view sentence = "The visit is set for next Wednesday.";
        const auto next = only_expression(sentence);
        CHECK(slice(sentence, next.span) == "next Wednesday");
        CHECK(next.shift == 1);
        CHECK(geokg::resolve_date(next, wednesday, true) == CivilDate{2020, 10, 7});
        CHECK(geokg::resolve_date(next, wednesday, false) == CivilDate{2020, 10, 7});
        CHECK(resolve_single("He came last Wednesday.", wednesday, false) ==
              CivilDate{2020, 9, 23});
        CHECK(resolve_single("He came last Monday.", wednesday, false) == CivilDate{2020, 9, 28});
        CHECK(resolve_single("He comes next Friday.", wednesday, true) == CivilDate{2020, 10, 2});
    }
}

TEST_CASE("no document date, no guessed date", "[date]") {
    const std::optional<CivilDate> none;
    CHECK_FALSE(geokg::resolve_date(only_expression("They met on Monday."), none, false));
    CHECK_FALSE(geokg::resolve_date(only_expression("They met on Monday."), none, true));
    CHECK_FALSE(geokg::resolve_date(only_expression("They met yesterday."), none, false));
    CHECK_FALSE(geokg::resolve_date(only_expression("They met on September 16."), none, false));
    // A date that names its year needs no document date.
    CHECK(geokg::resolve_date(only_expression("They met on September 16, 2020."), none, false) ==
          CivilDate{2020, 9, 16});
}

TEST_CASE("full dates in their written forms, with exact byte spans", "[date]") {
    struct Case {
        std::string_view sentence;
        std::string_view text;
    };
    const Case cases[] = {
        {"The agreement was signed on September 16, 2020 in Algiers.", "September 16, 2020"},
        {"It was signed on 16 September 2020.", "16 September 2020"},
        {"Published 2020-09-16 by the ministry.", "2020-09-16"},
        {"Talks began Sept. 16, 2020, officials said.", "Sept. 16, 2020"},
        {"Talks began Sep 16th 2020.", "Sep 16th 2020"},
        {"Talks began the 16th of September 2020.", "16th of September 2020"},
        // A range of days is dated by its first.
        {"Talks were held September 16-17, 2020 in Algiers.", "September 16-17, 2020"},
    };
    for (const auto& c : cases) {
        INFO(c.sentence);
        const auto expression = only_expression(c.sentence);
        CHECK(expression.kind == TimeKind::FullDate);
        CHECK(slice(c.sentence, expression.span) == c.text);
        CHECK(geokg::resolve_date(expression, CivilDate{2021, 1, 1}, false) ==
              CivilDate{2020, 9, 16});
    }

    SECTION("spans are byte offsets even after multi-byte characters") {
        const std::string_view sentence =
            "Le pr\xC3\xA9sident \xE2\x80\x94 on 1 Jan. 2021 \xE2\x80\x94 said.";
        const auto expression = only_expression(sentence);
        CHECK(slice(sentence, expression.span) == "1 Jan. 2021");
        CHECK(geokg::resolve_date(expression, std::nullopt, false) == CivilDate{2021, 1, 1});
    }
    SECTION("a range of days without a year, and a hyphen that is no range") {
        const std::string_view range = "She traveled to Hanoi on July 15-16 for talks.";
        CHECK(slice(range, only_expression(range).span) == "July 15-16");
        const std::string_view word = "They met on July 15 -- and talked.";
        CHECK(slice(word, only_expression(word).span) == "July 15");
    }
    SECTION("a date without a year takes the document's year") {
        const std::string_view sentence = "He arrived on Jan. 5 for talks.";
        const auto expression = only_expression(sentence);
        CHECK(expression.kind == TimeKind::FullDate);
        CHECK(expression.year == 0);
        CHECK(slice(sentence, expression.span) == "Jan. 5");
        CHECK(geokg::resolve_date(expression, CivilDate{2020, 9, 30}, false) ==
              CivilDate{2020, 1, 5});
    }
    SECTION("impossible dates are not dates") {
        CHECK(geokg::find_time_expressions("signed on September 31, 2020", words()).empty());
        CHECK(geokg::find_time_expressions("the 2024-13-45 release", words()).empty());
        CHECK(geokg::find_time_expressions("held on February 30", words()).empty());
    }
}

TEST_CASE("month-year and year expressions fix no calendar day", "[date]") {
    const std::string_view sentence = "The base was closed in February 2006.";
    const auto expression = only_expression(sentence);
    CHECK(expression.kind == TimeKind::MonthYear);
    CHECK(expression.month == 2);
    CHECK(expression.year == 2006);
    CHECK(slice(sentence, expression.span) == "February 2006");
    CHECK_FALSE(geokg::resolve_date(expression, CivilDate{2020, 9, 30}, false));

    const std::string_view since = "Relations have been tense since 2012.";
    const auto year = only_expression(since);
    CHECK(year.kind == TimeKind::Year);
    CHECK(year.year == 2012);
    CHECK(slice(since, year.span) == "2012");
    CHECK_FALSE(geokg::resolve_date(year, CivilDate{2020, 9, 30}, false));

    const auto range =
        geokg::find_time_expressions("between 2006 and 2008, and in mid-2019", words());
    REQUIRE(range.size() == 3);
    CHECK(range[0].year == 2006);
    CHECK(range[1].year == 2008);
    CHECK(range[2].year == 2019);

    const auto war =
        geokg::find_time_expressions("the war (1954-1962) and the treaty (1795)", words());
    REQUIRE(war.size() == 3);
    CHECK(war[0].year == 1954);
    CHECK(war[1].year == 1962);
    CHECK(war[2].year == 1795);
}

TEST_CASE("numbers that only look like years are not years", "[date]") {
    CHECK(geokg::find_time_expressions("a 10-year cooperation deal", words()).empty());
    CHECK(geokg::find_time_expressions("a 2020-year plan", words()).empty());
    CHECK(geokg::find_time_expressions("it cost $2020 in fees", words()).empty());
    CHECK(geokg::find_time_expressions("since the 2020s", words()).empty());
    CHECK(geokg::find_time_expressions("some 2000 troops were sent", words()).empty());
    CHECK(geokg::find_time_expressions("in 20201 cases", words()).empty());
    CHECK(geokg::find_time_expressions("in 2020.5 cases", words()).empty());
}

TEST_CASE("month names that are also words need a day or a year", "[date]") {
    CHECK(geokg::find_time_expressions("He may visit the capital.", words()).empty());
    CHECK(geokg::find_time_expressions("May he visit the capital?", words()).empty());
    CHECK(geokg::find_time_expressions("They will march to the square.", words()).empty());
    CHECK(geokg::find_time_expressions("March was quiet.", words()).empty());
    CHECK(geokg::find_time_expressions("March 5,000 people", words()).empty());
    CHECK(only_expression("Elections are due in May 2021.").kind == TimeKind::MonthYear);
    CHECK(only_expression("It happened on March 3.").month == 3);
}

TEST_CASE("the date grammar matches whole words only", "[date]") {
    CHECK(geokg::find_time_expressions("He works Mondays.", words()).empty());
    CHECK(geokg::find_time_expressions("Mondayx", words()).empty());
    CHECK(geokg::find_time_expressions("xMonday", words()).empty());
    CHECK(geokg::find_time_expressions("Marching 10 miles", words()).empty());
    CHECK(geokg::find_time_expressions("Todays", words()).empty());
    CHECK(geokg::find_time_expressions("lastly Friday", words()).size() == 1);
    const std::string_view possessive = "Monday's meeting";
    CHECK(slice(possessive, only_expression(possessive).span) == "Monday");
    const std::string_view end = "It ended Friday";
    CHECK(slice(end, only_expression(end).span) == "Friday");
}

TEST_CASE("UTF-8 bytes next to a date neither break nor join it", "[date]") {
    // A no-break space separates words like a space; an em dash ends a word.
    const std::string_view no_break = "on 16\xC2\xA0September 2020.";
    CHECK(slice(no_break, only_expression(no_break).span) == "16\xC2\xA0September 2020");
    const std::string_view dash =
        "on September 16\xE2\x80\x94 in 2020\xE2\x80\x94 on Friday\xE2\x80\x99s";
    const auto found = geokg::find_time_expressions(dash, words());
    REQUIRE(found.size() == 3);
    CHECK(slice(dash, found[0].span) == "September 16");
    CHECK(slice(dash, found[1].span) == "2020");
    CHECK(slice(dash, found[2].span) == "Friday");
}

TEST_CASE("today, yesterday and tomorrow count from the document date", "[date]") {
    const CivilDate document{2020, 12, 31};
    const std::string_view sentence = "Yesterday he said talks would resume tomorrow.";
    const auto found = geokg::find_time_expressions(sentence, words());
    REQUIRE(found.size() == 2);
    CHECK(slice(sentence, found[0].span) == "Yesterday");
    CHECK(slice(sentence, found[1].span) == "tomorrow");
    CHECK(geokg::resolve_date(found[0], document, false) == CivilDate{2020, 12, 30});
    CHECK(geokg::resolve_date(found[1], document, true) == CivilDate{2021, 1, 1});
    CHECK(resolve_single("He is in Rome today.", document, false) == document);
}

TEST_CASE("several expressions come left to right", "[date]") {
    const std::string_view sentence =
        "On Monday, after talks on 16 September 2020 and in February 2006, since 2012.";
    const auto found = geokg::find_time_expressions(sentence, words());
    REQUIRE(found.size() == 4);
    CHECK(found[0].kind == TimeKind::Weekday);
    CHECK(found[1].kind == TimeKind::FullDate);
    CHECK(found[2].kind == TimeKind::MonthYear);
    CHECK(found[3].kind == TimeKind::Year);
    for (std::size_t i = 1; i < found.size(); ++i)
        CHECK(found[i - 1].span.end <= found[i].span.begin);
}
