#include "events/date_mentions.hpp"

#include <algorithm>

namespace frontmap::events {

std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
        if (end > start) out.emplace_back(start, end);
        start = end;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            close(i + 1);
        } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() &&
                   (text[i + 1] == ' ' || text[i + 1] == '\t')) {
            // "Nov. 5", "Gen. Syrskyi": a dot after a short capitalised word closes no sentence.
            std::size_t w = i;
            while (w > start && text[w - 1] != ' ' && text[w - 1] != '\n') --w;
            if (c == '.' && i - w <= 3 && i > w && text[w] >= 'A' && text[w] <= 'Z') continue;
            close(i + 1);
        }
    }
    close(text.size());
    return out;
}

std::vector<std::optional<MentionDate>> date_mentions(std::string_view text,
                                                      std::span<const gaz::Mention> mentions,
                                                      std::span<const TemporalExpression> expressions,
                                                      const DocumentDate& document) {
    const auto sentences = sentence_spans(text);
    auto sentence_of = [&](std::size_t byte) -> std::pair<std::size_t, std::size_t> {
        auto it = std::upper_bound(sentences.begin(), sentences.end(), byte,
                                   [](std::size_t b, const auto& s) { return b < s.second; });
        if (it == sentences.end()) return {0, text.size()};
        return *it;
    };
    std::optional<MentionDate> fallback;
    if (document.range)
        fallback = MentionDate{*document.range,
                               document.how == "inferred" ? DateSource::inferred : DateSource::document};

    std::vector<std::optional<MentionDate>> out;
    out.reserve(mentions.size());
    for (const auto& m : mentions) {
        const auto [s_begin, s_end] = sentence_of(m.byte_begin);
        const TemporalExpression* best = nullptr;
        std::size_t best_gap = 0;
        for (const auto& e : expressions) {
            if (e.duration || !e.resolved) continue;
            if (e.byte_begin < s_begin || e.byte_end > s_end) continue;
            std::size_t gap = e.byte_end <= m.byte_begin ? m.byte_begin - e.byte_end
                              : e.byte_begin >= m.byte_end ? e.byte_begin - m.byte_end
                                                           : 0;
            if (!best || gap < best_gap) {
                best = &e;
                best_gap = gap;
            }
        }
        if (best)
            out.push_back(MentionDate{best->range, best->source});
        else
            out.push_back(fallback);
    }
    return out;
}

}  // namespace frontmap::events
