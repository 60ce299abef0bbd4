#pragma once
// The furniture around the map: date stamp (top left), legend (top right), scale bar (bottom
// left) and attribution (bottom right), laid out in pixels for one frame.
#include <chrono>
#include <string>
#include <vector>

#include "render/map_style.hpp"
#include "render/overlay_batch.hpp"

namespace frontmap::render {

struct OverlayContent {
    std::chrono::sys_days date{};
    std::string held_label;         // "Held by Russia"; empty: no held area on the map
    bool contested = false;
    bool front_line = false;
    std::vector<int> event_kinds;   // palette indices of the events on the map, legend order
    float event_fade_days = 30;
    double ground_metres_per_pixel = 0;  // at the centre; 0: no scale bar
    std::string attribution;
};

// `scale`: pixel sizes relative to a 1000-pixel-high image.
void compose_overlay(const OverlayContent& content, const MapStyle& style, float scale, int width, int height,
                     OverlayBatch& batch);

// "2025-11-01"
std::string iso_date(std::chrono::sys_days day);

// The longest round distance (1, 2 or 5 × 10^n metres) that fits in `max_pixels`.
double scale_bar_metres(double ground_metres_per_pixel, double max_pixels);

}  // namespace frontmap::render
