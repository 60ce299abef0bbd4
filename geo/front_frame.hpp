#pragma once
// One frame of the front model: what a side holds on a date, where fighting is reported, the
// front line between them, and the evidence behind it. A plain value for the renderer, the
// viewer and the writers.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {

enum class Side { ru, ua };

inline const char* to_string(Side s) { return s == Side::ru ? "ru" : "ua"; }

struct FrontLinePart {
    LineString line;
    double confidence = 0.0;  // 0..1: how well this stretch is supported by the evidence
};

struct FrameEvidence {
    // Baseline snapshots the frame was derived from (both equal at a snapshot date; neither
    // when there is no baseline for this date).
    std::optional<std::chrono::sys_days> baseline_before;
    std::optional<std::chrono::sys_days> baseline_after;
    double blend_fraction = 0.0;  // 0 = baseline_before, 1 = baseline_after
    std::size_t observations_used = 0;
    double mean_observation_age_days = 0.0;
    std::vector<std::string> sources;  // files (or stores) the frame drew on
};

struct FrontFrame {
    std::chrono::sys_days date{};
    Side side = Side::ru;           // whose held area `held` is
    MultiPolygon held;              // WGS84
    MultiPolygon contested;         // WGS84; empty until observations are modelled
    std::vector<FrontLinePart> front_lines;
    FrameEvidence evidence;
};

// Per-date figures of a frame, for the statistics CSV and the viewer's plots.
struct FrontStatistics {
    std::chrono::sys_days date{};
    double held_km2 = 0;
    double change_km2 = 0;        // held area minus the previous frame's (0 for the first)
    double front_length_km = 0;
    double front_confidence = 0;  // length-weighted mean confidence of the front line
    std::size_t observations_used = 0;
    double mean_observation_age_days = 0;
};

}  // namespace frontmap::geo
