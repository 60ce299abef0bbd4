#include "events/temporal_lexicon.hpp"

#include "core/tsv_records.hpp"
#include "events/date_phrases.hpp"

#include <algorithm>
#include <array>

namespace frontmap::events {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(TemporalWordKind::count_)> kind_names = {
    "month",  "month_abbr", "weekday", "season", "relative", "unit",         "number",
    "ordinal", "ago",       "past_window", "approx", "part", "since",        "lead",
    "year_word", "night_before", "duration_before", "duration_after", "duration", "range_open", "range_between", "range_join"};

}  // namespace

std::optional<TemporalWordKind> parse_temporal_word_kind(std::string_view name) {
    for (std::size_t k = 0; k < kind_names.size(); ++k) {
        if (kind_names[k] == name) return static_cast<TemporalWordKind>(k);
    }
    return std::nullopt;
}

TemporalLexicon TemporalLexicon::parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name) {
    TemporalLexicon lexicon;
    for_each_tsv_record(tsv, source_name, 4, "kind, lang, phrase, value", diags,
                        [&](const std::vector<std::string_view>& fields, const std::string& where) {
        const auto kind = parse_temporal_word_kind(fields[0]);
        if (!kind) {
            diags.warn(where, "unknown kind " + quote_excerpt(fields[0]) +
                                  "; expected one of month, weekday, relative, unit, … (see the file header)");
            return;
        }
        if (add_date_phrase(lexicon.phrases_, lexicon.longest_phrase_, fields[2],
                            TemporalWord{*kind, std::string(fields[3])}, diags, where))
            ++lexicon.entries_;
    });
    return lexicon;
}

TemporalLexicon TemporalLexicon::load(const std::string& path, Diagnostics& diags) {
    const auto content = read_language_file(path, diags, "dates will not be recognised");
    return content ? parse(*content, diags, path) : TemporalLexicon{};
}

std::optional<TemporalWordMatch> TemporalLexicon::match(std::span<const DateToken> tokens, std::size_t i,
                                                        TemporalWordKind kind) const {
    std::optional<TemporalWordMatch> best;
    for_each_phrase_at(phrases_, longest_phrase_, tokens, i, [&](const std::vector<TemporalWord>& meanings, std::size_t n) {
        for (const TemporalWord& word : meanings) {
            if (word.kind == kind) best = TemporalWordMatch{&word, n};
        }
    });
    return best;
}

}  // namespace frontmap::events
