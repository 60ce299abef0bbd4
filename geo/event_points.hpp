#pragma once
// Stored events as points to draw: where, on which day, what type, how sure. Read from an
// event store (GeoPackage or "PG:…") for the renderer and the viewer; the store stays behind
// this header.
#include <chrono>
#include <string>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {

struct EventPoint {
    LonLat where;
    std::chrono::sys_days day{};  // the event's best single day (date, else date_end)
    std::string type;             // events::to_string(EventType): capture, clash, shelling…
    double confidence = 1.0;      // event_confidence × place score, 0..1
};

// Events at a place (role "location", not "Moscow said"; not a whole country), with a date,
// ordered by day. Throws std::runtime_error naming the store and what to do when it is missing, not an
// event store or unreadable.
std::vector<EventPoint> read_event_points(const std::string& store);

}  // namespace frontmap::geo
