#pragma once
// Small scenes for the render tests: the bundled basemap around Donbas, a few events and a
// hand-made front (a held area with a hole, a contested zone, a line confident in the north
// and uncertain in the south), so each check knows exactly what should be where.
#include <chrono>
#include <vector>

#include "geo/basemap.hpp"
#include "geo/event_points.hpp"
#include "geo/front_frame.hpp"
#include "render/map_style.hpp"
#include "tests/support/calendar_day.hpp"

namespace frontmap::test {

inline constexpr geo::LonLat bakhmut{38.0003, 48.5956};
inline constexpr geo::LonLat kharkiv{36.2304, 49.9935};
inline constexpr geo::LonLat black_sea{34.6, 43.6};  // south of Crimea, far from any coast
inline constexpr geo::LonLat hole_centre{38.6, 47.7};  // inside the held area's hole
inline constexpr geo::LonLat held_inside{39.5, 48.9};  // held, away from events and lines

inline const geo::Basemap& bundled_basemap() {
    static const geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    return basemap;
}

inline geo::LineString ring(std::initializer_list<geo::LonLat> points) {
    geo::LineString r{points};
    r.points.push_back(r.points.front());
    return r;
}

// Events around the frame date 2025-11-01: a sure capture at Bakhmut that day, a fight at
// Kharkiv ten days before, a strike the day after (not drawn yet), a shelling long before
// (faded out).
inline std::vector<geo::EventPoint> scene_events() {
    return {
        {bakhmut, day(2025, 11, 1), "capture", 1.0},
        {kharkiv, day(2025, 10, 22), "clash", 0.5},
        {geo::LonLat{35.0, 48.45}, day(2025, 11, 2), "strike", 1.0},
        {geo::LonLat{37.5, 47.1}, day(2025, 6, 1), "shelling", 1.0},
    };
}

inline geo::FrontFrame scene_front(std::chrono::sys_days date) {
    geo::FrontFrame f;
    f.date = date;
    f.side = geo::Side::ru;
    geo::Polygon held;
    held.rings.push_back(ring({{38.3, 47.2}, {40.5, 47.2}, {40.5, 49.5}, {38.3, 49.5}}));
    held.rings.push_back(ring({{38.45, 47.45}, {38.75, 47.45}, {38.75, 47.95}, {38.45, 47.95}}));  // a hole
    f.held.polygons.push_back(held);
    f.contested.polygons.push_back({{ring({{37.6, 48.0}, {38.3, 48.0}, {38.3, 49.0}, {37.6, 49.0}})}});
    f.front_lines.push_back({geo::LineString{{{38.3, 49.5}, {38.3, 48.35}}}, 1.0});
    f.front_lines.push_back({geo::LineString{{{38.3, 48.35}, {38.3, 47.2}}}, 0.0});
    return f;
}

inline const geo::LonLatBox scene_box{33.0, 43.0, 42.0, 51.0};

}  // namespace frontmap::test
