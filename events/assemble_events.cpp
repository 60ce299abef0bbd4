#include "events/assemble_events.hpp"

#include <algorithm>

#include "events/event_precision.hpp"

namespace frontmap::events {
namespace {

// Trims white space at both ends of [b, e) and returns the sentence's text.
std::string trimmed(std::string_view text, std::size_t b, std::size_t e) {
    auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (b < e && space(text[b])) ++b;
    while (e > b && space(text[e - 1])) --e;
    return std::string(text.substr(b, e - b));
}

}  // namespace

std::vector<Event> assemble_events(std::string_view doc_id, std::string_view text,
                                   std::span<const gaz::Mention> mentions,
                                   std::span<const std::optional<MentionDate>> dates,
                                   std::span<const EventLabel> labels, const AcledTypeMap& acled_types) {
    const auto sentences = sentence_spans(text);
    std::vector<Event> out;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const gaz::Mention& m = mentions[i];
        if (m.role != gaz::MentionRole::location) continue;
        Event e;
        e.id = std::string(doc_id) + "#" + std::to_string(m.byte_begin);
        e.mention = m;
        if (i < dates.size()) e.date = dates[i];
        if (i < labels.size()) e.label = labels[i];
        e.precision = precision_of(m, e.date);
        AcledCategory category = acled_types.to_acled(e.label);
        e.acled_event_type = std::move(category.event_type);
        e.acled_sub_event_type = std::move(category.sub_event_type);
        auto s = std::find_if(sentences.begin(), sentences.end(),
                              [&](const auto& span) { return span.first <= m.byte_begin && m.byte_begin < span.second; });
        if (s != sentences.end()) e.sentence = trimmed(text, s->first, s->second);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace frontmap::events
