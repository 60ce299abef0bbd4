#include "events/date_range.hpp"

#include <cstdio>

namespace frontmap::events {

using namespace std::chrono;

sys_days DateRange::best() const {
    switch (best_day) {
    case BestDay::start: return first;
    case BestDay::end: return last;
    case BestDay::middle: break;
    }
    const sys_days mid = first + (last - first) / 2;
    if (precision == DatePrecision::day || precision == DatePrecision::week) return mid;
    const year_month_day ymd{mid};
    return sys_days{ymd.year() / ymd.month() / 1};
}

DateRange day_range(sys_days d) { return {d, d, DatePrecision::day, BestDay::start}; }

DateRange month_range(year_month ym) {
    return {sys_days{ym / 1}, sys_days{ym / last}, DatePrecision::month, BestDay::start};
}

DateRange year_range(year y) {
    return {sys_days{y / January / 1}, sys_days{y / December / 31}, DatePrecision::year, BestDay::start};
}

DateRange week_range(sys_days d) {
    const sys_days monday = d - (weekday{d} - Monday);
    return {monday, monday + days{6}, DatePrecision::week, BestDay::start};
}

std::string to_iso(sys_days d) {
    const year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

namespace {
std::optional<int> parse_digits(std::string_view s) {
    int value = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}
}  // namespace

std::optional<sys_days> parse_iso_date(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
    const auto y = parse_digits(s.substr(0, 4));
    const auto m = parse_digits(s.substr(5, 2));
    const auto d = parse_digits(s.substr(8, 2));
    if (!y || !m || !d) return std::nullopt;
    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

const char* to_string(DatePrecision p) {
    switch (p) {
    case DatePrecision::day: return "day";
    case DatePrecision::week: return "week";
    case DatePrecision::month: return "month";
    case DatePrecision::season: return "season";
    case DatePrecision::year: return "year";
    }
    return "day";
}

const char* to_string(DateSource s) {
    switch (s) {
    case DateSource::explicit_date: return "explicit";
    case DateSource::relative: return "relative";
    case DateSource::document: return "document";
    case DateSource::inferred: return "inferred";
    }
    return "explicit";
}

}  // namespace frontmap::events
