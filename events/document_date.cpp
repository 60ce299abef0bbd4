#include "events/document_date.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "events/date_tokens.hpp"
#include "events/temporal_expressions.hpp"

namespace frontmap::events {

using namespace std::chrono;

namespace {

// Headers, datelines and metadata sit at the top; a date deep in the body is not the document's.
constexpr std::size_t head_bytes = 4000;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> head_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    text = text.substr(0, std::min(text.size(), head_bytes));
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// " date 2023-11-09 …", "Date: 2025-10-14", "Published: 2025-10-14", "Дата: 2025-10-14".
std::optional<sys_days> header_date(std::string_view text) {
    constexpr std::array<std::string_view, 5> labels = {"date", "published", "дата", "опубліковано", "опубликовано"};
    for (std::string_view line : head_lines(text)) {
        line = trim(line);
        const std::size_t word_end = std::min(line.find_first_of(" :\t"), line.size());
        const std::string label = fold_date_word(line.substr(0, word_end));
        if (std::find(labels.begin(), labels.end(), label) == labels.end()) continue;
        std::string_view rest = line.substr(word_end);
        while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
        if (auto d = parse_iso_date(rest.substr(0, std::min<std::size_t>(rest.size(), 10)))) return d;
    }
    return std::nullopt;
}

std::optional<sys_days> html_meta_date(std::string_view text) {
    constexpr std::array<std::string_view, 4> keys = {"article:published_time", "datePublished", "<time datetime=",
                                                      "pubdate"};
    for (std::string_view key : keys) {
        const std::size_t at = text.find(key);
        if (at == std::string_view::npos) continue;
        const std::string_view after = text.substr(at + key.size(), 120);
        for (std::size_t i = 0; i + 10 <= after.size(); ++i) {
            if (after[i] >= '0' && after[i] <= '9') {
                if (auto d = parse_iso_date(after.substr(i, 10))) return d;
            }
        }
    }
    return std::nullopt;
}

bool is_full_date(const TemporalExpression& e) {
    return e.resolved && !e.duration && e.source == DateSource::explicit_date && e.range.precision == DatePrecision::day;
}

// The latest year the text states in a resolved explicit date, or after "©".
std::optional<year> year_stated(std::string_view text, const std::vector<TemporalExpression>& found) {
    std::optional<year> latest;
    for (const auto& e : found) {
        if (e.resolved && !e.duration && e.source == DateSource::explicit_date) {
            const year y = year_month_day{e.range.first}.year();
            if (!latest || y > *latest) latest = y;
        }
    }
    if (latest) return latest;
    const std::size_t copyright = text.find("\xC2\xA9");
    if (copyright == std::string_view::npos) return std::nullopt;
    const std::string_view after = text.substr(copyright + 2, 8);
    for (std::size_t i = 0; i + 4 <= after.size(); ++i) {
        int y = 0;
        bool digits = true;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = after[i + k];
            digits = digits && c >= '0' && c <= '9';
            y = y * 10 + (c - '0');
        }
        if (digits && y >= 1990 && y <= 2100) return year{y};
    }
    return std::nullopt;
}

// A line that is a date and at most a time ("07 November 2025 11:03"), or a wire dateline
// ("KYIV, Oct 14 (Reuters) -") whose year comes from elsewhere in the text.
std::optional<sys_days> dateline_date(std::string_view text, const TemporalLexicon& lexicon,
                                      const std::vector<TemporalExpression>& everywhere) {
    const std::optional<year> stated_year = year_stated(text, everywhere);
    for (std::string_view line : head_lines(text)) {
        line = trim(line);
        if (line.empty() || line.size() > 160) continue;
        const auto found = find_temporal_expressions(line, lexicon, std::nullopt);
        if (found.empty() || found.front().duration || found.front().source != DateSource::explicit_date) continue;
        const TemporalExpression& e = found.front();
        const std::string_view before = line.substr(0, e.byte_begin);
        const std::string_view after = trim(line.substr(e.byte_end));
        const bool time_only = after.find_first_not_of("0123456789: APMapmGTUC") == std::string_view::npos;
        const bool wire = before.size() <= 40 && before.size() >= 3 && before.substr(before.size() - 2) == ", " &&
                          (after.starts_with("(") || after.starts_with("-") || after.starts_with("\xE2\x80\x93") ||
                           after.starts_with("\xE2\x80\x94"));
        if (!(before.empty() && time_only) && !wire) continue;
        if (e.resolved && e.range.precision == DatePrecision::day) return e.range.first;
        if (!stated_year) continue;
        // Read the month and day in the stated year: an anchor at the year's end minus the
        // tolerance puts every day of that year, and none of the next, in reach.
        const sys_days anchor = sys_days{*stated_year / December / 31} - future_tolerance;
        const auto in_year = find_temporal_expressions(line.substr(e.byte_begin), lexicon, anchor);
        if (!in_year.empty() && in_year.front().resolved) return in_year.front().range.first;
    }
    return std::nullopt;
}

// The latest full date stated, moved forward to the latest weekday the text names within the
// following six days: a report quoting posts of Wednesday 30 November that speaks of "Thursday"
// was written on Thursday 1 December.
std::optional<sys_days> inferred_date(const std::vector<TemporalExpression>& found) {
    std::optional<sys_days> latest;
    for (const auto& e : found) {
        if (is_full_date(e) && (!latest || e.range.first > *latest)) latest = e.range.first;
    }
    if (!latest) return std::nullopt;
    sys_days best = *latest;
    for (const auto& e : found) {
        if (e.weekday == 0) continue;
        const sys_days candidate = *latest + (weekday{e.weekday % 7} - weekday{*latest});
        best = std::max(best, candidate);
    }
    return best;
}

// A text that writes no year but "December 11": read each month and day as its most recent
// occurrence on or before `today` (a report is read after it was written), and date the text to
// the month of the latest; the day it was written is unknown.
std::optional<DateRange> month_of_latest_yearless_date(std::string_view text, const TemporalLexicon& lexicon,
                                                       const std::vector<TemporalExpression>& everywhere,
                                                       sys_days today) {
    // Read without an anchor, "December 11" is found but unresolved; only then is a second reading
    // worth its time.
    const bool any = std::any_of(everywhere.begin(), everywhere.end(), [](const TemporalExpression& e) {
        return !e.resolved && !e.duration && e.source == DateSource::explicit_date && !e.year_stated;
    });
    if (!any) return std::nullopt;
    // find_temporal_expressions lets a year-less date fall up to future_tolerance after its anchor.
    const auto found = find_temporal_expressions(text, lexicon, today - future_tolerance);
    std::optional<sys_days> latest;
    for (const auto& e : found) {
        const bool yearless_day = e.resolved && !e.duration && e.source == DateSource::explicit_date &&
                                  !e.year_stated && e.range.precision == DatePrecision::day;
        if (yearless_day && (!latest || e.range.first > *latest)) latest = e.range.first;
    }
    if (!latest) return std::nullopt;
    const year_month_day ymd{*latest};
    return month_range(ymd.year() / ymd.month());
}

DocumentDate dated(sys_days d, std::string how) { return {day_range(d), std::move(how)}; }

}  // namespace

DocumentDate find_document_date(const Document& doc, const TemporalLexicon& lexicon, std::optional<sys_days> today) {
    if (doc.date) {
        if (auto d = parse_iso_date(trim(*doc.date))) return dated(*d, "input");
    }
    if (auto d = header_date(doc.text)) return dated(*d, "header");
    // One reading without an anchor serves the dateline, the inferred date and the year check.
    const auto everywhere = find_temporal_expressions(doc.text, lexicon, std::nullopt);
    if (auto d = dateline_date(doc.text, lexicon, everywhere)) return dated(*d, "dateline");
    if (auto d = html_meta_date(doc.text)) return dated(*d, "html-meta");
    if (auto d = inferred_date(everywhere)) return dated(*d, "inferred");
    if (today) {
        if (auto month = month_of_latest_yearless_date(doc.text, lexicon, everywhere, *today))
            return {*month, "inferred-year"};
    }
    return {};
}

}  // namespace frontmap::events
