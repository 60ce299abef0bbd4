#include "events/date_posts.hpp"

#include <algorithm>
#include <optional>

namespace frontmap::events {

namespace {

struct Line {
    std::size_t begin = 0, end = 0;  // end excludes the line break
};

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back({start, end});
        start = end + 1;
    }
    return lines;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

// A signature starts with a dash (— – ― or -) and names a handle: "— NOËL (@NOELreports) …".
bool looks_like_signature(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) return false;
    line.remove_prefix(first);
    const bool dash = line.starts_with("\xE2\x80\x94") || line.starts_with("\xE2\x80\x93") ||
                      line.starts_with("\xE2\x80\x95") || line.starts_with("-");
    const std::size_t handle = line.find("(@");
    return dash && handle != std::string_view::npos && line.find(')', handle) != std::string_view::npos;
}

// The day the signature line ends with: the last expression inside it, if nothing but blanks
// follows it.
std::optional<DateRange> signature_date(std::string_view text, Line line,
                                        std::span<const TemporalExpression> expressions) {
    const TemporalExpression* last = nullptr;
    for (const auto& e : expressions) {
        if (e.byte_begin >= line.begin && e.byte_end <= line.end) last = &e;
    }
    if (!last || !last->resolved || last->duration || last->range.precision != DatePrecision::day) return std::nullopt;
    if (!is_blank(text.substr(last->byte_end, line.end - last->byte_end))) return std::nullopt;
    return last->range;
}

bool has_post_link(std::string_view line, const ClauseLexicon& words) {
    return std::any_of(words.post_links().begin(), words.post_links().end(),
                       [&](const std::string& link) { return line.find(link) != std::string_view::npos; });
}

}  // namespace

std::vector<EmbeddedPost> find_embedded_posts(std::string_view text, std::span<const TemporalExpression> expressions,
                                              const ClauseLexicon& words) {
    const std::vector<Line> lines = lines_of(text);
    std::vector<EmbeddedPost> posts;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
        if (!looks_like_signature(line)) continue;
        const auto date = signature_date(text, lines[i], expressions);
        if (!date) continue;
        std::size_t body = i;
        while (body > 0 && is_blank(text.substr(lines[body - 1].begin, lines[body - 1].end - lines[body - 1].begin)))
            --body;
        // The paragraph before the signature, unless it is another post's signature.
        std::size_t begin = lines[i].begin;
        if (body > 0) {
            const Line& previous = lines[body - 1];
            const std::string_view previous_text = text.substr(previous.begin, previous.end - previous.begin);
            if (!looks_like_signature(previous_text)) begin = previous.begin;
        }
        std::size_t end = lines[i].end;
        if (i + 1 < lines.size()) {
            const Line& next = lines[i + 1];
            if (has_post_link(text.substr(next.begin, next.end - next.begin), words)) end = next.end;
        }
        posts.push_back({begin, end, *date});
    }
    return posts;
}

}  // namespace frontmap::events
