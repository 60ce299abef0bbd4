#pragma once
// An interval of days with a precision: "early 2024" is an interval, not a date.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace frontmap::events {

enum class DatePrecision { day, week, month, season, year };

// Which single day stands for the interval when one day must be written (the `date` column).
enum class BestDay {
    start,   // a whole calendar unit ("November 2025", "last week", "2024"): its first day, the
             // convention of the gold set, which stores month and year precision as the first day
    middle,  // a fuzzy part ("late October", "early 2024", "two weeks ago"): the midpoint, moved
             // to the first of its month when the precision is month or coarser
    end,     // a window that ends at the reference day ("overnight", "in the past 24 hours",
             // "since summer"): the most recent day, because the report is about now
};

struct DateRange {
    std::chrono::sys_days first{}, last{};  // inclusive
    DatePrecision precision = DatePrecision::day;
    BestDay best_day = BestDay::start;

    std::chrono::sys_days best() const;
};

// Builders for whole calendar units.
DateRange day_range(std::chrono::sys_days d);
DateRange month_range(std::chrono::year_month ym);
DateRange year_range(std::chrono::year y);
// Monday to Sunday, the ISO week that contains `d`.
DateRange week_range(std::chrono::sys_days d);

std::string to_iso(std::chrono::sys_days d);  // "2025-11-05"
// "2025-11-05", also with a time after it ("2025-11-05T10:00:00Z", "2025-11-05 10:00").
std::optional<std::chrono::sys_days> parse_iso_date(std::string_view s);
const char* to_string(DatePrecision p);

enum class DateSource { explicit_date, relative, document, inferred };
const char* to_string(DateSource s);  // "explicit", "relative", "document", "inferred"

}  // namespace frontmap::events
