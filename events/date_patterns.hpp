#pragma once
// The pattern matchers behind find_temporal_expressions, one family per file:
// relative_patterns.cpp (counted from the anchor, and lengths of time) and
// calendar_patterns.cpp (calendar dates, months, seasons, years, weekdays and their parts).
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "events/date_range.hpp"
#include "events/date_tokens.hpp"
#include "events/temporal_lexicon.hpp"

namespace frontmap::events {

struct PatternContext {
    std::span<const DateToken> tokens;
    const TemporalLexicon& lexicon;
    std::optional<std::chrono::sys_days> anchor;
};

struct PatternMatch {
    std::size_t first = 0, end = 0;  // token indices, end exclusive
    DateRange range;
    DateSource source = DateSource::relative;
    bool resolved = true;
    bool duration = false;
    bool year_stated = false;
    unsigned weekday = 0;
};

std::optional<PatternMatch> match_duration(const PatternContext& ctx, std::size_t i);
std::optional<PatternMatch> match_relative(const PatternContext& ctx, std::size_t i);
std::optional<PatternMatch> match_calendar(const PatternContext& ctx, std::size_t i);

// Shared helpers.
// The lexicon phrase of `kind` at token i; `next` moves past it when found.
const TemporalWord* take_word(const PatternContext& ctx, std::size_t& next, TemporalWordKind kind);
// A count at token i, as digits ("24", "2.5") or a number word ("two", "дві"); moves `next`.
std::optional<double> take_count(const PatternContext& ctx, std::size_t& next);
// The whole of `s` as an integer ("-1", "12"), or nothing.
std::optional<int> parse_int(std::string_view s);
// A plain integer token ("5", "2025"), or nothing.
std::optional<int> integer_token(const DateToken& token);
bool is_punct(const PatternContext& ctx, std::size_t i, std::string_view mark);
// The most recent day with ISO weekday `iso_weekday` on or before `anchor`.
std::chrono::sys_days last_weekday_on_or_before(std::chrono::sys_days anchor, unsigned iso_weekday);

}  // namespace frontmap::events
