#pragma once
// Control observations: the stored events that say who holds a place ("captured", "liberated",
// "fighting in"), read from an event store for the front model. A plain value per event; the
// store stays behind this header.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {

enum class ObservedControl { ru, ua, contested };

struct ControlObservation {
    LonLat where;
    std::chrono::sys_days date_start{};
    std::chrono::sys_days date_end{};
    std::chrono::sys_days day{};       // the interval's best single day: what the age is counted from
    ObservedControl control = ObservedControl::contested;
    double confidence = 0.0;           // event_confidence × place score, 0..1
    std::string claimant;              // ru|ua|third|unknown; empty when stated as fact
    bool denied = false;               // the other side denies it
    std::string event;                 // capture, liberation, clash, advance… (events::to_string)
    double uncertainty_km = 0.0;       // radius within which it most likely happened
};

// Events of `store` (a GeoPackage path or "PG:…", opened read-only) that imply control (ru, ua
// or contested), at a location (not a metonym actor), whose date interval overlaps [from, to]
// (`from` open when absent). Ordered by day, then as stored. Throws std::runtime_error with a
// message that names the store and says what to do (missing, not an event store, unreadable).
std::vector<ControlObservation> read_control_observations(const std::string& store,
                                                          std::optional<std::chrono::sys_days> from,
                                                          std::chrono::sys_days to);

}  // namespace frontmap::geo
