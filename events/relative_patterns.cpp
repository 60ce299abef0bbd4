// Expressions counted from the anchor ("yesterday", "two days ago", "in the past 24 hours",
// "в ніч на неділю") and lengths of time that are not dates ("for three days", "third year").
#include <algorithm>
#include <cmath>
#include <string>

#include "events/date_patterns.hpp"

namespace frontmap::events {

using namespace std::chrono;

namespace {

sys_days add_months(sys_days d, int n) {
    const year_month_day ymd{d};
    const year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
    const year_month_day_last end_of_month{ym.year(), month_day_last{ym.month()}};
    return sys_days{ym / std::min(ymd.day(), end_of_month.day())};
}

// How many days back `count` `unit`s reach from `anchor`.
sys_days back_from(sys_days anchor, std::string_view unit, double count) {
    if (unit == "hour") return anchor - days{static_cast<int>(std::ceil(count / 24.0))};
    if (unit == "day") return anchor - days{static_cast<int>(std::lround(count))};
    if (unit == "week") return anchor - days{static_cast<int>(std::lround(count * 7))};
    if (unit == "month") return add_months(anchor, -static_cast<int>(std::lround(count)));
    const double years_back = unit == "decade" ? count * 10 : count;
    return add_months(anchor, -static_cast<int>(std::lround(years_back * 12)));
}

DateRange ago_range(sys_days anchor, std::string_view unit, double count, bool approx) {
    const sys_days d = back_from(anchor, unit, count);
    if (unit == "hour" || unit == "day") {
        if (!approx) return day_range(d);
        return {d - days{1}, d + days{1}, DatePrecision::day, BestDay::middle};
    }
    if (unit == "week") {
        const days spread{approx ? 7 : 3};
        return {d - spread, d + spread, DatePrecision::week, BestDay::middle};
    }
    if (unit == "month") {
        const year_month_day ymd{d};
        DateRange r = month_range(ymd.year() / ymd.month());
        if (approx) r = {add_months(r.first, -1), add_months(r.last, 1), DatePrecision::month, BestDay::middle};
        return r;
    }
    const year y = year_month_day{d}.year();
    const int spread = approx ? (unit == "decade" ? 2 : 1) : 0;
    if (spread == 0) return year_range(y);
    return {year_range(y - years{spread}).first, year_range(y + years{spread}).last, DatePrecision::year,
            BestDay::middle};
}

DateRange window_range(sys_days anchor, std::string_view unit, double count) {
    const sys_days start = back_from(anchor, unit, count);
    const auto span = (anchor - start).count();
    const DatePrecision precision = span <= 2    ? DatePrecision::day
                                    : span <= 14 ? DatePrecision::week
                                    : span <= 62 ? DatePrecision::month
                                                 : DatePrecision::year;
    return {start, anchor, precision, BestDay::end};
}

std::optional<int> parse_offset(std::string_view value, std::string_view unit_prefix) {
    if (value.substr(0, unit_prefix.size()) != unit_prefix) return std::nullopt;
    return parse_int(value.substr(unit_prefix.size()));
}

DateRange relative_word_range(sys_days anchor, std::string_view value) {
    const year_month_day ymd{anchor};
    if (value == "night") return {anchor - days{1}, anchor, DatePrecision::day, BestDay::end};
    if (auto n = parse_offset(value, "day:")) return day_range(anchor + days{*n});
    if (auto n = parse_offset(value, "week:")) return week_range(anchor + days{7 * *n});
    if (auto n = parse_offset(value, "month:")) return month_range(year_month{ymd.year(), ymd.month()} + months{*n});
    if (auto n = parse_offset(value, "year:")) return year_range(ymd.year() + years{*n});
    // "earlier this week/month/year": from the start of the unit up to the day before.
    DateRange unit = value == "week:earlier"    ? week_range(anchor)
                     : value == "month:earlier" ? month_range(ymd.year() / ymd.month())
                                                : year_range(ymd.year());
    unit.last = std::max(unit.first, anchor - days{1});
    unit.best_day = BestDay::middle;
    return unit;
}

PatternMatch anchored(const PatternContext& ctx, std::size_t first, std::size_t end, auto&& make_range) {
    PatternMatch m;
    m.first = first;
    m.end = end;
    m.source = DateSource::relative;
    m.resolved = ctx.anchor.has_value();
    if (ctx.anchor) m.range = make_range(*ctx.anchor);
    return m;
}

}  // namespace

std::optional<PatternMatch> match_duration(const PatternContext& ctx, std::size_t i) {
    PatternMatch m;
    m.first = i;
    m.duration = true;
    m.resolved = false;
    std::size_t j = i;
    if (take_word(ctx, j, TemporalWordKind::duration_before)) {
        take_word(ctx, j, TemporalWordKind::approx);
        take_count(ctx, j);
        if (take_word(ctx, j, TemporalWordKind::unit)) return m.end = j, m;
    }
    j = i;
    take_word(ctx, j, TemporalWordKind::approx);
    if (take_count(ctx, j) && take_word(ctx, j, TemporalWordKind::unit) &&
        take_word(ctx, j, TemporalWordKind::duration_after)) {
        return m.end = j, m;
    }
    j = i;
    if (take_word(ctx, j, TemporalWordKind::ordinal) && take_word(ctx, j, TemporalWordKind::unit)) return m.end = j, m;
    j = i;
    if (take_word(ctx, j, TemporalWordKind::duration)) return m.end = j, m;
    return std::nullopt;
}

std::optional<PatternMatch> match_relative(const PatternContext& ctx, std::size_t i) {
    std::size_t j = i;
    if (const TemporalWord* word = take_word(ctx, j, TemporalWordKind::relative)) {
        return anchored(ctx, i, j, [&](sys_days a) { return relative_word_range(a, word->value); });
    }
    j = i;
    if (take_word(ctx, j, TemporalWordKind::past_window)) {
        const double count = take_count(ctx, j).value_or(1);
        if (const TemporalWord* unit = take_word(ctx, j, TemporalWordKind::unit)) {
            return anchored(ctx, i, j, [&](sys_days a) { return window_range(a, unit->value, count); });
        }
    }
    j = i;
    const bool approx = take_word(ctx, j, TemporalWordKind::approx) != nullptr;
    const std::size_t before_count = j;
    const double count = take_count(ctx, j).value_or(1);
    // A bare unit before "ago" counts one only in Ukrainian and Russian ("тиждень тому").
    const bool counted = j != before_count;
    if (const TemporalWord* unit = take_word(ctx, j, TemporalWordKind::unit)) {
        if (take_word(ctx, j, TemporalWordKind::ago) && (counted || ctx.tokens[j - 1].folded != "earlier")) {
            return anchored(ctx, i, j, [&](sys_days a) { return ago_range(a, unit->value, count, approx); });
        }
    }
    j = i;
    if (take_word(ctx, j, TemporalWordKind::night_before)) {
        if (const TemporalWord* day = take_word(ctx, j, TemporalWordKind::weekday)) {
            const unsigned wd = static_cast<unsigned>(parse_int(day->value).value_or(0));
            if (wd < 1 || wd > 7) return std::nullopt;
            PatternMatch m = anchored(ctx, i, j, [&](sys_days a) {
                const sys_days morning = last_weekday_on_or_before(a, wd);
                return DateRange{morning - days{1}, morning, DatePrecision::day, BestDay::end};
            });
            m.weekday = wd;
            return m;
        }
    }
    return std::nullopt;
}

}  // namespace frontmap::events
