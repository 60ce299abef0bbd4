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

namespace {

// How far before a range's first date "between" may stand: "between an escalation of fighting in
// September and …". "from" must stand right before it: "withdrew from Kherson in November and…"
// opens no range.
constexpr std::size_t range_opener_reach = 8;

bool ends_sentence(const DateToken& token) {
    return token.kind == DateTokenKind::punct && (token.folded == "." || token.folded == ";" || token.folded == "!" ||
                                                  token.folded == "?");
}

bool opens_range(const PatternContext& ctx, std::size_t first) {
    // The opener may begin the first date itself: "з вересня по листопад" ("з" also reads "since").
    for (std::size_t back = 0; back <= std::min(first, range_opener_reach); ++back) {
        std::size_t k = first - back;
        if (back > 0 && ends_sentence(ctx.tokens[k])) return false;
        std::size_t next = k;
        if (back <= 1 && take_word(ctx, next, TemporalWordKind::range_open)) return true;
        next = k;
        if (take_word(ctx, next, TemporalWordKind::range_between)) return true;
    }
    return false;
}

// The tokens between two dates are exactly one range word ("and", "through", "до") or a dash.
bool joins_range(const PatternContext& ctx, std::size_t from, std::size_t to) {
    if (to == from + 1 && (is_punct(ctx, from, "-") || is_punct(ctx, from, "\xE2\x80\x93") ||
                           is_punct(ctx, from, "\xE2\x80\x94")))
        return true;
    std::size_t j = from;
    return take_word(ctx, j, TemporalWordKind::range_join) && j == to;
}

bool is_date(const TemporalExpression& e) { return e.resolved && !e.duration; }

// Merges `second` into `first` as the range that runs from one to the other.
void join_into(TemporalExpression& first, const TemporalExpression& second, std::string_view text) {
    first.range.last = second.range.last;  // a "since" first end ran to the anchor; the range stops here
    first.range.precision = std::max(first.range.precision, second.range.precision);
    first.range.best_day = BestDay::end;
    if (second.source == DateSource::explicit_date) first.source = DateSource::explicit_date;
    first.year_stated = first.year_stated || second.year_stated;
    first.weekday = 0;
    first.byte_end = second.byte_end;
    first.text = std::string(text.substr(first.byte_begin, first.byte_end - first.byte_begin));
}

}  // namespace

std::vector<TemporalExpression> find_temporal_expressions(std::string_view text, const TemporalLexicon& lexicon,
                                                          std::optional<sys_days> anchor) {
    const std::vector<DateToken> tokens = tokenize_for_dates(text);
    const PatternContext ctx{tokens, lexicon, anchor};
    std::vector<TemporalExpression> found;
    std::vector<std::pair<std::size_t, std::size_t>> found_tokens;  // [first, end) token indices
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
        e.year_stated = best->year_stated;
        const bool range = !found.empty() && is_date(found.back()) && is_date(e) && e.range.last >= found.back().range.first &&
                           joins_range(ctx, found_tokens.back().second, best->first) &&
                           opens_range(ctx, found_tokens.back().first);
        if (range) {
            join_into(found.back(), e, text);
            found_tokens.back().second = best->end;
        } else {
            found.push_back(std::move(e));
            found_tokens.emplace_back(best->first, best->end);
        }
        i = best->end;
    }
    return found;
}

}  // namespace frontmap::events
