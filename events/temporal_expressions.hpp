#pragma once
// Finds date and time expressions in text ("5 November 2025", "last week", "в среду",
// "наприкінці жовтня") and turns each into an interval of days.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/date_range.hpp"
#include "events/temporal_lexicon.hpp"

namespace frontmap::events {

struct TemporalExpression {
    std::size_t byte_begin = 0, byte_end = 0;  // UTF-8 byte offsets into the text, end exclusive
    std::string text;
    DateRange range;
    // explicit: the text gives a year, or a month and day ("Nov. 5" takes the year from the
    // anchor); relative: counted from the anchor ("yesterday", "on Wednesday", "in November").
    DateSource source = DateSource::explicit_date;
    // false when the expression needs the anchor and none was given: `range` is then meaningless.
    bool resolved = true;
    // "2.5 years of relentless combat", "for three days": a length of time, not a date; `range`
    // is meaningless.
    bool duration = false;
    // true when the text writes the year ("5 November 2025", "in 2024"); false when the year, or
    // the whole date, comes from the anchor ("December 11", "yesterday").
    bool year_stated = false;
    // 1 (Monday) .. 7 (Sunday) when the expression names a weekday, else 0; lets a document be
    // dated by its weekday words even when the expression itself cannot be resolved.
    unsigned weekday = 0;
};

// All date and time expressions in the text, in order, not overlapping. `anchor` is the day
// relative expressions count from (the document date). Rules, where a choice had to be made:
// - a weekday is the most recent such day on or before the anchor (the same day counts);
// - a month and day without a year take the year that puts them closest to the anchor without
//   being more than `future_tolerance` after it ("December 11" read on 3 January is last year's);
// - numeric dates: "2023-11-09" and "05.11.2025" (day first, as written in uk/ru) are read;
//   "11/05/2025" is read only when one part is over 12, since US and European order disagree;
// - two dates joined as a range ("between September and the final week of November", "from 1 to
//   5 November"; a range word must open it earlier in the sentence) are one interval from the
//   first's start to the second's end, best read as its end: the report states the count or the
//   situation as of then.
std::vector<TemporalExpression> find_temporal_expressions(std::string_view text, const TemporalLexicon& lexicon,
                                                          std::optional<std::chrono::sys_days> anchor);

// How far after the anchor a year-less month and day may still fall (a scheduled event).
inline constexpr std::chrono::days future_tolerance{31};

}  // namespace frontmap::events
