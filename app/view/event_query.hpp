#pragma once
// Which events the viewer shows: the analyst's filters (type, actor, claimant, minimum score,
// source, text) and the time window up to the timeline's moment; per-day counts for the
// histogram under the slider.
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "geo/event_catalog.hpp"

namespace frontmap::view {

struct EventQuery {
    std::set<std::string> hidden_types;  // event types switched off ("capture", "shelling"…)
    std::string actor;                   // empty: any; else ru, ua, third, unknown, none
    std::string claimant;                // empty: any; "fact": stated as fact; else ru, ua, third, unknown
    double min_score = 0.0;              // place score × event confidence
    std::string origin;                  // empty: any; text or acled
    std::string text;                    // in the place, the mention, the sentence or the document id

    bool operator==(const EventQuery&) const = default;
};

bool matches(const geo::EventRecord& event, const EventQuery& query);

// Indices of the matching events dated in the `window_days` up to `day` (all before it with
// 0), newest first.
std::vector<std::size_t> events_in_window(const geo::EventCatalog& catalog, const EventQuery& query,
                                          std::chrono::sys_days day, int window_days);

// Matching events per day from `first` to `last` (one count per day).
std::vector<float> events_per_day(const geo::EventCatalog& catalog, const EventQuery& query, std::chrono::sys_days first,
                                  std::chrono::sys_days last);

}  // namespace frontmap::view
