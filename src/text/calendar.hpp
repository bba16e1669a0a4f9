#pragma once
// Calendar dates: the one home of ISO 8601 date parsing and day arithmetic.
#include <optional>
#include <string>
#include <string_view>

namespace geokg {

struct CivilDate {
    int year = 0;
    int month = 0; // 1..12
    int day = 0;   // 1..31
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Whether the day exists in the proleptic Gregorian calendar (no 2023-02-29).
bool is_valid_date(const CivilDate& date);

// Days in the month of a year (1..12); 0 for a month out of range.
int days_in_month(long long year, int month);

// "YYYY-MM-DD", checked (no 2024-13-45); nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view text);
std::string to_iso(const CivilDate& date);
int weekday(const CivilDate& date); // 0 = Monday .. 6 = Sunday
CivilDate add_days(const CivilDate& date, int days);

} // namespace geokg
