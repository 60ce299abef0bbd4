#pragma once
// When a document was written: the day its relative dates ("yesterday", "on Wednesday") count from.
#include <chrono>
#include <optional>
#include <string>

#include "core/document.hpp"
#include "events/date_range.hpp"
#include "events/temporal_lexicon.hpp"

namespace frontmap::events {

struct DocumentDate {
    std::optional<DateRange> range;  // none: the document is undated; nothing is invented
    // "input" (JSONL date / --date), "header" (" date 2023-11-09", "Date: 2025-10-14"),
    // "dateline" ("07 November 2025 11:03", "KYIV, Oct 14 (Reuters) -" with a year found elsewhere
    // in the text), "html-meta" (article:published_time, datePublished, <time datetime>),
    // "inferred" (the latest full date the text states, moved forward to the weekday the text
    // names: posts dated "November 30, 2022" and "Thursday morning" give 1 December 2022),
    // "inferred-year" (no source gives a day and the text writes no year: the month of its latest
    // month-and-day date, each read as its most recent occurrence on or before `today`), "none".
    std::string how = "none";
};

// Tries the sources in the order above and stops at the first that gives a date. `today` is the
// day the text is processed on (passed in, so results can be reproduced); without it a text that
// writes no year stays undated.
DocumentDate find_document_date(const Document& doc, const TemporalLexicon& lexicon,
                                std::optional<std::chrono::sys_days> today = std::nullopt);

}  // namespace frontmap::events
