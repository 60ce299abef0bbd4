#include "view/sentence_highlights.hpp"

#include <algorithm>
#include <cctype>

#include "events/temporal_expressions.hpp"

namespace frontmap::view {

namespace {

bool word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Whole-word occurrences of `needle`, ASCII letters compared without case.
std::vector<std::size_t> find_words(const std::string& text, const std::string& needle) {
    std::vector<std::size_t> at;
    if (needle.empty() || needle.size() > text.size()) return at;
    auto same = [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); };
    for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
        if (!std::equal(needle.begin(), needle.end(), text.begin() + static_cast<std::ptrdiff_t>(i), same)) continue;
        const bool starts = i == 0 || !word_byte(text[i - 1]);
        if (starts) at.push_back(i);
    }
    return at;
}

}  // namespace

std::vector<Highlight> highlight_sentence(const geo::EventRecord& e, const events::TemporalLexicon& lexicon) {
    std::vector<Highlight> found;
    const std::string& s = e.sentence;
    for (std::size_t at : find_words(s, e.text)) found.push_back({at, at + e.text.size(), Mark::place});
    for (const auto& cue : e.cues)
        for (std::size_t at : find_words(s, cue)) {
            std::size_t end = at + cue.size();
            while (end < s.size() && word_byte(s[end]) && !(s[end] & 0x80)) ++end;  // "captur" → "captured"
            found.push_back({at, end, Mark::cue});
        }
    for (const auto& t : events::find_temporal_expressions(s, lexicon, e.day))
        if (!t.duration) found.push_back({t.byte_begin, t.byte_end, Mark::date});
    // Keep the first of overlapping spans in priority order: place, cue, date.
    std::stable_sort(found.begin(), found.end(), [](const Highlight& a, const Highlight& b) { return a.mark < b.mark; });
    std::vector<Highlight> kept;
    for (const auto& h : found) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Highlight& k) { return h.begin < k.end && k.begin < h.end; });
        if (!overlaps && h.end <= s.size() && h.begin < h.end) kept.push_back(h);
    }
    std::sort(kept.begin(), kept.end(), [](const Highlight& a, const Highlight& b) { return a.begin < b.begin; });
    return kept;
}

}  // namespace frontmap::view
