#include "core/tsv_records.hpp"
#include "events/temporal_lexicon.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace frontmap::events {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(TemporalWordKind::count_)> kind_names = {
    "month",  "month_abbr", "weekday", "season", "relative", "unit",         "number",
    "ordinal", "ago",       "past_window", "approx", "part", "since",        "lead",
    "year_word", "night_before", "duration_before", "duration_after", "duration"};

// Phrases are stored as their folded words joined by single spaces, as match() rebuilds them.
std::string normalise_phrase(std::string_view phrase, std::size_t& words) {
    std::string out;
    words = 0;
    for (const DateToken& token : tokenize_for_dates(phrase)) {
        if (!out.empty()) out += ' ';
        out += token.folded;
        ++words;
    }
    return out;
}

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
        std::size_t words = 0;
        std::string phrase = normalise_phrase(fields[2], words);
        if (words == 0) {
            diags.warn(where, "empty phrase; line skipped");
            return;
        }
        lexicon.longest_phrase_ = std::max(lexicon.longest_phrase_, words);
        lexicon.phrases_[std::move(phrase)].push_back({*kind, std::string(fields[3])});
        ++lexicon.entries_;
    });
    return lexicon;
}

TemporalLexicon TemporalLexicon::load(const std::string& path, Diagnostics& diags) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.report(Severity::error, path, "cannot open the temporal lexicon; dates will not be recognised "
                                            "(set FRONTMAP_ASSETS or pass the assets folder)");
        return {};
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parse(content.str(), diags, path);
}

std::optional<TemporalWordMatch> TemporalLexicon::match(std::span<const DateToken> tokens, std::size_t i,
                                                        TemporalWordKind kind) const {
    std::optional<TemporalWordMatch> best;
    std::string phrase;
    for (std::size_t n = 0; n < longest_phrase_ && i + n < tokens.size(); ++n) {
        const DateToken& token = tokens[i + n];
        if (token.kind == DateTokenKind::punct) break;
        if (n > 0) phrase += ' ';
        phrase += token.folded;
        const auto found = phrases_.find(phrase);
        if (found == phrases_.end()) continue;
        for (const TemporalWord& word : found->second) {
            if (word.kind == kind) best = TemporalWordMatch{&word, n + 1};
        }
    }
    return best;
}

}  // namespace frontmap::events
