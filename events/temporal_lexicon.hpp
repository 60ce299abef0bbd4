#pragma once
// The words dates are written with, in English, Ukrainian and Russian: loaded from
// assets/lang/temporal.tsv (the file's header explains the kinds). Immutable after loading,
// so one lexicon can be shared between threads.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.hpp"
#include "events/date_tokens.hpp"

namespace frontmap::events {

enum class TemporalWordKind {
    month,            // value 1..12; names a month on its own ("November", "у листопаді")
    month_abbr,       // value 1..12; only next to a day or year ("Nov. 5", "May 2024"); takes a '.'
    weekday,          // value 1 (Monday) .. 7 (Sunday)
    season,           // value spring | summer | autumn | winter
    relative,         // value day:N | week:N | week:earlier | month:N | year:N | night
    unit,             // value hour | day | week | month | year | decade
    number,           // value an integer ("two", "дві", "a")
    ordinal,          // value an integer ("third", "третій")
    ago,              // follows a count: "ago", "тому", "назад"
    past_window,      // precedes a count: "in the past", "за останні"
    approx,           // "nearly", "almost", "about", "майже", "почти"
    part,             // value early | mid | late ("late", "на початку", "the height of")
    since,            // "since", "з", "с"
    lead,             // a preposition that joins the date's span ("on", "in", "в", "у")
    year_word,        // follows a year ("року", "года", "р", "г")
    night_before,     // "в ніч на" + weekday: the night that ends on that day
    duration_before,  // "for", "протягом", "в течение" + count: a length of time, not a date
    duration_after,   // count + "of": "2.5 years of combat"
    duration,         // a phrase that is a length of time by itself ("years of")
    range_open,       // opens a range right before its first date: "from", "з", "с"
    range_between,    // opens a range a few words before its first date: "between", "між", "между"
    range_join,       // joins its two ends: "and", "through", "до", "по"
    count_
};

struct TemporalWord {
    TemporalWordKind kind = TemporalWordKind::month;
    std::string value;
};

// A phrase of the lexicon found at a token position.
struct TemporalWordMatch {
    const TemporalWord* word = nullptr;
    std::size_t tokens = 0;  // how many word tokens the phrase spans
};

class TemporalLexicon {
public:
    static TemporalLexicon parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name);
    static TemporalLexicon load(const std::string& path, Diagnostics& diags);

    // The longest phrase of `kind` that starts at tokens[i] (consecutive word tokens only).
    std::optional<TemporalWordMatch> match(std::span<const DateToken> tokens, std::size_t i,
                                           TemporalWordKind kind) const;
    std::size_t size() const { return entries_; }

private:
    std::unordered_map<std::string, std::vector<TemporalWord>> phrases_;  // folded phrase -> meanings
    std::size_t longest_phrase_ = 1;
    std::size_t entries_ = 0;
};

std::optional<TemporalWordKind> parse_temporal_word_kind(std::string_view name);

}  // namespace frontmap::events
