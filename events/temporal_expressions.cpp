#include "events/temporal_expressions.hpp"

#include <charconv>

#include "events/date_patterns.hpp"

namespace frontmap::events {

using namespace std::chrono;

const TemporalWord* take_word(const PatternContext& ctx, std::size_t& next, TemporalWordKind kind) {
    const auto found = ctx.lexicon.match(ctx.tokens, next, kind);
    if (!found) return nullptr;
    next += found->tokens;
    return found->word;
}

std::optional<int> parse_int(std::string_view s) {
    int value = 0;
    const char* end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, value);
    if (ec != std::errc{} || ptr != end) return std::nullopt;
    return value;
}

std::optional<int> integer_token(const DateToken& token) {
    if (token.kind != DateTokenKind::number) return std::nullopt;
    return parse_int(token.folded);
}

std::optional<double> take_count(const PatternContext& ctx, std::size_t& next) {
    if (next >= ctx.tokens.size()) return std::nullopt;
    const DateToken& token = ctx.tokens[next];
    if (token.kind == DateTokenKind::number) {
        std::string digits = token.folded;
        const auto comma = digits.find(',');
        if (comma != std::string::npos && digits.find(',', comma + 1) == std::string::npos && digits.size() - comma <= 2)
            digits[comma] = '.';  // "2,5 року": a decimal comma
        double value = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec != std::errc{} || ptr != digits.data() + digits.size()) return std::nullopt;
        ++next;
        return value;
    }
    if (const TemporalWord* word = take_word(ctx, next, TemporalWordKind::number)) {
        return parse_int(word->value).value_or(1);
    }
    return std::nullopt;
}

bool is_punct(const PatternContext& ctx, std::size_t i, std::string_view mark) {
    return i < ctx.tokens.size() && ctx.tokens[i].kind == DateTokenKind::punct && ctx.tokens[i].folded == mark;
}

sys_days last_weekday_on_or_before(sys_days anchor, unsigned iso_weekday) {
    return anchor - (weekday{anchor} - weekday{iso_weekday % 7});
}

std::vector<TemporalExpression> find_temporal_expressions(std::string_view text, const TemporalLexicon& lexicon,
                                                          std::optional<sys_days> anchor) {
    const std::vector<DateToken> tokens = tokenize_for_dates(text);
    const PatternContext ctx{tokens, lexicon, anchor};
    std::vector<TemporalExpression> found;
    std::size_t i = 0;
    while (i < tokens.size()) {
        // The longest reading wins ("for the past three days" is a duration, not a window);
        // on a tie the earlier family does.
        std::optional<PatternMatch> best;
        for (auto* matcher : {&match_duration, &match_relative, &match_calendar}) {
            auto m = matcher(ctx, i);
            if (m && m->end > i && (!best || m->end > best->end)) best = std::move(m);
        }
        if (!best) {
            ++i;
            continue;
        }
        TemporalExpression e;
        e.byte_begin = tokens[best->first].begin;
        e.byte_end = tokens[best->end - 1].end;
        e.text = std::string(text.substr(e.byte_begin, e.byte_end - e.byte_begin));
        e.range = best->range;
        e.source = best->source;
        e.resolved = best->resolved;
        e.duration = best->duration;
        e.weekday = best->weekday;
        found.push_back(std::move(e));
        i = best->end;
    }
    return found;
}

}  // namespace frontmap::events
