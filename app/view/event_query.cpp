#include "view/event_query.hpp"

#include <algorithm>

#include "gazetteer/normalize.hpp"

namespace frontmap::view {

namespace {

bool contains_folded(const std::string& haystack, const std::string& folded_needle) {
    return gaz::fold_name(haystack).find(folded_needle) != std::string::npos;
}

}  // namespace

bool matches(const geo::EventRecord& e, const EventQuery& q) {
    if (q.hidden_types.count(e.event.empty() ? "none" : e.event)) return false;
    if (!q.actor.empty() && e.actor != q.actor) return false;
    if (!q.claimant.empty() && (q.claimant == "fact" ? !e.claimant.empty() : e.claimant != q.claimant)) return false;
    if (q.min_score > 0 && e.score * e.event_confidence < q.min_score) return false;
    if (!q.origin.empty() && e.origin != q.origin) return false;
    if (!q.text.empty()) {
        const std::string needle = gaz::fold_name(q.text);
        if (!contains_folded(e.name, needle) && !contains_folded(e.text, needle) && !contains_folded(e.sentence, needle) &&
            !contains_folded(e.doc, needle))
            return false;
    }
    return true;
}

std::vector<std::size_t> events_in_window(const geo::EventCatalog& catalog, const EventQuery& query,
                                          std::chrono::sys_days day, int window_days) {
    std::vector<std::size_t> out;
    const auto& events = catalog.events;
    // Dated events come first, by day: walk back from the last one on `day`.
    auto end = std::upper_bound(events.begin(), events.end(), day, [](std::chrono::sys_days d, const geo::EventRecord& e) {
        return !e.day || d < *e.day;
    });
    for (auto it = end; it != events.begin();) {
        --it;
        if (!it->day) continue;
        if (window_days > 0 && *it->day <= day - std::chrono::days{window_days}) break;
        if (matches(*it, query)) out.push_back(static_cast<std::size_t>(it - events.begin()));
    }
    return out;
}

std::vector<float> events_per_day(const geo::EventCatalog& catalog, const EventQuery& query, std::chrono::sys_days first,
                                  std::chrono::sys_days last) {
    if (last < first) return {};
    std::vector<float> counts(static_cast<std::size_t>((last - first).count()) + 1, 0.0f);
    for (const auto& e : catalog.events)
        if (e.day && *e.day >= first && *e.day <= last && matches(e, query))
            counts[static_cast<std::size_t>((*e.day - first).count())] += 1.0f;
    return counts;
}

}  // namespace frontmap::view
