#pragma once
// What the map looks like: colours, widths and sizes, in one place so the renderer, the
// legend and the tests agree. Widths and sizes are at 1000 pixels of image height and scale
// with it.
#include <array>
#include <string_view>

namespace frontmap::render {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

inline constexpr Rgba rgb(unsigned hex, float alpha = 1.0f) {
    return {((hex >> 16) & 0xff) / 255.0f, ((hex >> 8) & 0xff) / 255.0f, (hex & 0xff) / 255.0f, alpha};
}

struct EventKindStyle {
    std::string_view type;  // events::to_string(EventType)
    std::string_view label; // in the legend
    Rgba colour;
};

// Colour by event type: control changes warm, fighting orange, fire blue-violet, the rest grey.
inline constexpr std::array<EventKindStyle, 13> event_kinds = {{
    {"capture", "capture", rgb(0xb2182b)},
    {"advance", "advance", rgb(0xef6548)},
    {"encirclement", "encirclement", rgb(0x7f0000)},
    {"withdrawal", "withdrawal", rgb(0x66a61e)},
    {"liberation", "liberation", rgb(0x1b7837)},
    {"clash", "fighting", rgb(0xfdae61)},
    {"shelling", "shelling", rgb(0x5e3c99)},
    {"strike", "strike", rgb(0x2166ac)},
    {"casualties", "casualties", rgb(0x878787)},
    {"civilian_harm", "civilian harm", rgb(0xd01c8b)},
    {"claim", "claim", rgb(0xbababa)},
    {"political", "political", rgb(0x4d4d4d)},
    {"none", "other", rgb(0x999999)},
}};

// The palette index of an event type; unknown types count as "none".
inline int event_kind_index(std::string_view type) {
    for (std::size_t i = 0; i < event_kinds.size(); ++i)
        if (event_kinds[i].type == type) return static_cast<int>(i);
    return static_cast<int>(event_kinds.size() - 1);
}

struct MapStyle {
    Rgba sea = rgb(0xc6dbef);
    Rgba land = rgb(0xf4f1ea);
    Rgba border = rgb(0x8c8c8c);
    Rgba coast = rgb(0x6b8fb5);
    Rgba held = rgb(0xd6604d, 0.35f);
    Rgba contested = rgb(0x8e0152, 0.55f);
    Rgba front = rgb(0x67001f);
    Rgba front_uncertain = rgb(0xd88c95);  // the front line where its confidence is 0
    Rgba panel = {1, 1, 1, 0.85f};         // behind the legend, date, scale bar, attribution
    Rgba ink = rgb(0x1a1a1a);              // their text, the scale bar and place names
    Rgba halo = {1, 1, 1, 0.8f};           // around place names
    float border_width = 1.2f;
    float coast_width = 1.0f;
    float front_width = 3.5f;
    float hatch_spacing = 9.0f;
    float hatch_width = 2.5f;
    float event_min_radius = 3.0f;   // confidence 0
    float event_max_radius = 7.0f;   // confidence 1
    float event_fade_days = 30.0f;   // events older than this are not drawn
    float text_px = 15.0f;
    float title_px = 30.0f;
};

// The same map on a dark ground, for screens and video overlays. Event colours stay.
inline MapStyle dark_map_style() {
    MapStyle s;
    s.sea = rgb(0x17202c);
    s.land = rgb(0x2a2d33);
    s.border = rgb(0x7a7f88);
    s.coast = rgb(0x4f6f94);
    s.held = rgb(0xe06c5a, 0.33f);
    s.contested = rgb(0xf29cc3, 0.6f);
    s.front = rgb(0xff8f7a);
    s.front_uncertain = rgb(0x8a5a55);
    s.panel = {0.08f, 0.09f, 0.11f, 0.85f};
    s.ink = rgb(0xe8e8e8);
    s.halo = {0.1f, 0.1f, 0.12f, 0.8f};
    return s;
}

}  // namespace frontmap::render
