// Calendar expressions: full and partial dates ("5 November 2025", "Nov. 5", "2023-11-09"),
// months, seasons, years and weekdays, with what may stand before them: "since", a preposition
// ("on", "в") and a part ("late October", "в начале 2024 года", "the height of summer").
#include <algorithm>
#include <cstdio>
#include <string>

#include "events/date_patterns.hpp"
#include "events/temporal_expressions.hpp"

namespace frontmap::events {

using namespace std::chrono;

namespace {

// What the text states; everything else comes from the anchor.
struct CalendarCore {
    std::optional<int> year_value;
    unsigned month_value = 0, day_value = 0, weekday = 0;
    std::string_view season;
};

bool is_year(int y) { return y >= 1900 && y <= 2100; }

std::optional<int> take_year(const PatternContext& ctx, std::size_t& j) {
    if (j >= ctx.tokens.size() || ctx.tokens[j].folded.size() != 4) return std::nullopt;
    const auto y = integer_token(ctx.tokens[j]);
    if (!y || !is_year(*y)) return std::nullopt;
    ++j;
    if (take_word(ctx, j, TemporalWordKind::year_word) && is_punct(ctx, j, ".")) ++j;
    return y;
}

std::optional<unsigned> take_day_number(const PatternContext& ctx, std::size_t& j) {
    if (j >= ctx.tokens.size() || ctx.tokens[j].folded.size() > 2) return std::nullopt;
    const auto d = integer_token(ctx.tokens[j]);
    if (!d || *d < 1 || *d > 31) return std::nullopt;
    ++j;
    // "5th", "1st": the suffix is glued to the number.
    if (j < ctx.tokens.size() && ctx.tokens[j].begin == ctx.tokens[j - 1].end) {
        const std::string& s = ctx.tokens[j].folded;
        if (s == "st" || s == "nd" || s == "rd" || s == "th") ++j;
    }
    return static_cast<unsigned>(*d);
}

// A month word; abbreviations (and "May") only count when `needs_number` is satisfied later,
// so the caller learns which it was.
std::optional<unsigned> take_month(const PatternContext& ctx, std::size_t& j, bool& abbreviated) {
    const TemporalWord* word = take_word(ctx, j, TemporalWordKind::month);
    abbreviated = false;
    if (!word) {
        word = take_word(ctx, j, TemporalWordKind::month_abbr);
        if (!word) return std::nullopt;
        abbreviated = true;
        if (is_punct(ctx, j, ".")) ++j;
    }
    const auto m = parse_int(word->value);
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    return static_cast<unsigned>(*m);
}

// "2023-11-09", "05.11.2025", "11/05/2025" when unambiguous.
std::optional<CalendarCore> take_numeric_date(const PatternContext& ctx, std::size_t& j) {
    if (j >= ctx.tokens.size() || ctx.tokens[j].kind != DateTokenKind::number) return std::nullopt;
    const std::string& s = ctx.tokens[j].folded;
    int a = 0, b = 0, c = 0;
    char sep1 = 0, sep2 = 0;
    if (std::sscanf(s.c_str(), "%d%c%d%c%d", &a, &sep1, &b, &sep2, &c) != 5 || sep1 != sep2) return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (sep1 == '-' && s.size() == 10 && is_year(a)) {
        y = a, m = b, d = c;
    } else if (sep1 == '.' && is_year(c) && s.size() >= 8) {
        y = c, m = b, d = a;
    } else if (sep1 == '/' && is_year(c) && (a > 12) != (b > 12)) {
        y = c, m = a > 12 ? b : a, d = a > 12 ? a : b;
    } else {
        return std::nullopt;
    }
    if (m < 1 || d < 1) return std::nullopt;
    CalendarCore core;
    core.year_value = y;
    core.month_value = static_cast<unsigned>(m);
    core.day_value = static_cast<unsigned>(d);
    if (!year_month_day{year{*core.year_value}, month{core.month_value}, day{core.day_value}}.ok()) return std::nullopt;
    ++j;
    return core;
}

// The date itself, after any prefix; `prefixed` allows a bare year ("in 2024", "early 2024").
std::optional<CalendarCore> take_core(const PatternContext& ctx, std::size_t& j, bool prefixed) {
    if (auto numeric = take_numeric_date(ctx, j)) return numeric;
    std::size_t k = j;
    bool abbreviated = false;
    CalendarCore core;
    if (auto d = take_day_number(ctx, k)) {  // 5 November 2025, 5 листопада
        if (ctx.tokens.size() > k && ctx.tokens[k].folded == "of") ++k;
        if (auto m = take_month(ctx, k, abbreviated)) {
            core.day_value = *d;
            core.month_value = *m;
            core.year_value = take_year(ctx, k);
            return j = k, core;
        }
    }
    k = j;
    if (auto m = take_month(ctx, k, abbreviated)) {  // November 5, 2025 / Nov. 5 / November 2025
        core.month_value = *m;
        std::size_t after_month = k;
        if (auto d = take_day_number(ctx, k)) {
            core.day_value = *d;
            after_month = k;
            if (is_punct(ctx, k, ",")) ++k;
            core.year_value = take_year(ctx, k);
            return j = core.year_value ? k : after_month, core;
        }
        core.year_value = take_year(ctx, k);
        if (abbreviated && !core.year_value) return std::nullopt;
        return j = k, core;
    }
    if (const TemporalWord* season = take_word(ctx, k, TemporalWordKind::season)) {
        core.season = season->value;
        core.year_value = take_year(ctx, k);
        return j = k, core;
    }
    if (const TemporalWord* day_name = take_word(ctx, k, TemporalWordKind::weekday)) {
        core.weekday = static_cast<unsigned>(parse_int(day_name->value).value_or(0));
        if (core.weekday < 1 || core.weekday > 7) return std::nullopt;
        return j = k, core;
    }
    const std::size_t year_at = k;
    if (auto y = take_year(ctx, k); y && (prefixed || k > year_at + 1)) {
        core.year_value = y;
        return j = k, core;
    }
    return std::nullopt;
}

// The occurrence of month/day closest to the anchor that is not too far after it.
sys_days nearest_occurrence(sys_days anchor, unsigned m, unsigned d) {
    const year anchor_year = year_month_day{anchor}.year();
    for (int offset = 1; offset >= -1; --offset) {
        const year_month_day candidate{anchor_year + years{offset}, month{m}, day{d}};
        if (candidate.ok() && sys_days{candidate} <= anchor + future_tolerance) return sys_days{candidate};
    }
    return sys_days{year_month_day{anchor_year - years{1}, month{m}, day{std::min(d, 28u)}}};
}

DateRange season_range(year y, std::string_view season) {
    const unsigned first_month = season == "spring" ? 3 : season == "summer" ? 6 : season == "autumn" ? 9 : 12;
    const year_month start = y / month{first_month};
    const year_month end = start + months{2};
    return {sys_days{start / 1}, sys_days{end / last}, DatePrecision::season, BestDay::start};
}

// The season that began most recently on or before the anchor.
DateRange latest_season(sys_days anchor, std::string_view season) {
    const year y = year_month_day{anchor}.year();
    DateRange r = season_range(y, season);
    return r.first <= anchor ? r : season_range(y - years{1}, season);
}

// early/mid/late of a month: days 1–10, 11–20, 21–end; of a year: Jan–Mar, Apr–Sep, Oct–Dec
// (so "early 2024" is best read as February); of a season: its first, middle or last month.
DateRange apply_part(DateRange r, std::string_view part) {
    const int index = part == "early" ? 0 : part == "mid" ? 1 : 2;
    const year_month_day first{r.first};
    const year_month ym{first.year(), first.month()};
    switch (r.precision) {
    case DatePrecision::month: {
        const sys_days starts[] = {r.first, r.first + days{10}, r.first + days{20}};
        const sys_days ends[] = {r.first + days{9}, r.first + days{19}, r.last};
        return {starts[index], ends[index], DatePrecision::week, BestDay::middle};
    }
    case DatePrecision::year: {
        const int start_month[] = {0, 3, 9}, end_month[] = {2, 8, 11};
        return {sys_days{(ym + months{start_month[index]}) / 1}, sys_days{(ym + months{end_month[index]}) / last},
                DatePrecision::season, BestDay::middle};
    }
    case DatePrecision::season: return month_range(ym + months{index});
    default: return r;
    }
}

struct Resolution {
    DateRange range;
    DateSource source = DateSource::relative;
    bool resolved = true;
};

Resolution resolve(const CalendarCore& core, std::optional<sys_days> anchor) {
    Resolution out;
    const bool has_year = core.year_value.has_value();
    out.source = has_year || core.day_value ? DateSource::explicit_date : DateSource::relative;
    out.resolved = has_year || anchor.has_value();
    if (!out.resolved) return out;
    if (core.weekday) {
        out.range = day_range(last_weekday_on_or_before(*anchor, core.weekday));
    } else if (!core.season.empty()) {
        out.range = has_year ? season_range(year{*core.year_value}, core.season) : latest_season(*anchor, core.season);
    } else if (core.day_value) {
        out.range = day_range(has_year ? sys_days{year{*core.year_value} / month{core.month_value} / day{core.day_value}}
                                       : nearest_occurrence(*anchor, core.month_value, core.day_value));
    } else if (core.month_value) {
        const sys_days first = has_year ? sys_days{year{*core.year_value} / month{core.month_value} / 1}
                                        : nearest_occurrence(*anchor, core.month_value, 1);
        const year_month_day ymd{first};
        out.range = month_range(ymd.year() / ymd.month());
    } else {
        out.range = year_range(year{*core.year_value});
    }
    return out;
}

struct CalendarPhrase {
    std::size_t end = 0;
    bool since = false;
    const TemporalWord* part = nullptr;
    CalendarCore core;
};

// `with_lead`: whether a leading preposition may be taken. "last" is both a lead ("last
// Thursday") and the start of a part ("last week of November"), so the caller tries both.
std::optional<CalendarPhrase> read_calendar_phrase(const PatternContext& ctx, std::size_t i, bool with_lead) {
    CalendarPhrase phrase;
    std::size_t j = i;
    phrase.since = take_word(ctx, j, TemporalWordKind::since) != nullptr;
    const bool lead = with_lead && take_word(ctx, j, TemporalWordKind::lead) != nullptr;
    phrase.part = take_word(ctx, j, TemporalWordKind::part);
    if (phrase.part && is_punct(ctx, j, "-")) ++j;  // mid-October
    if (phrase.part) take_word(ctx, j, TemporalWordKind::lead);
    auto core = take_core(ctx, j, phrase.since || lead || phrase.part);
    if (!core) return std::nullopt;
    phrase.core = *core;
    phrase.end = j;
    return phrase;
}

}  // namespace

std::optional<PatternMatch> match_calendar(const PatternContext& ctx, std::size_t i) {
    auto phrase = read_calendar_phrase(ctx, i, true);
    if (!phrase) {
        std::size_t k = i;
        take_word(ctx, k, TemporalWordKind::since);
        if (take_word(ctx, k, TemporalWordKind::lead)) phrase = read_calendar_phrase(ctx, i, false);
    }
    if (!phrase) return std::nullopt;
    const bool since = phrase->since;
    const TemporalWord* part = phrase->part;
    const std::size_t j = phrase->end;
    const CalendarCore& core = phrase->core;
    Resolution resolution = resolve(core, ctx.anchor);
    PatternMatch m;
    m.first = i;
    m.end = j;
    m.source = resolution.source;
    m.resolved = resolution.resolved;
    m.weekday = core.weekday;
    m.year_stated = core.year_value.has_value();
    if (!m.resolved) return m;
    m.range = resolution.range;
    if (part) m.range = apply_part(m.range, part->value);
    if (since && ctx.anchor && *ctx.anchor >= m.range.first) {
        m.range.last = std::max(m.range.last, *ctx.anchor);
        m.range.best_day = BestDay::end;
    }
    return m;
}

}  // namespace frontmap::events
