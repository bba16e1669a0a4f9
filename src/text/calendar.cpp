// Calendar arithmetic on std::chrono's civil calendar.
#include "text/calendar.hpp"
#include "text/ascii.hpp"

#include <chrono>
#include <cstdio>

namespace geokg {
namespace {

namespace chrono = std::chrono;

chrono::year_month_day to_ymd(const CivilDate& date) {
    return chrono::year_month_day{chrono::year{date.year},
                                  chrono::month{static_cast<unsigned>(date.month)},
                                  chrono::day{static_cast<unsigned>(date.day)}};
}

} // namespace

bool is_valid_date(const CivilDate& date) {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= days_in_month(date.year, date.month);
}

int days_in_month(long long year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t begin, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = begin; i < begin + count; ++i) {
            if (!is_ascii_digit(text[i]))
                return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const auto year = number(0, 4);
    const auto month = number(5, 2);
    const auto day = number(8, 2);
    if (!year || !month || !day || *year < 1)
        return std::nullopt;
    const CivilDate date{*year, *month, *day};
    if (!is_valid_date(date))
        return std::nullopt;
    return date;
}

std::string to_iso(const CivilDate& date) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

int weekday(const CivilDate& date) {
    return static_cast<int>(chrono::weekday{chrono::sys_days{to_ymd(date)}}.iso_encoding()) - 1;
}

CivilDate add_days(const CivilDate& date, int days) {
    const chrono::year_month_day moved{chrono::sys_days{to_ymd(date)} + chrono::days{days}};
    return CivilDate{static_cast<int>(moved.year()), static_cast<int>(unsigned{moved.month()}),
                     static_cast<int>(unsigned{moved.day()})};
}

} // namespace geokg
