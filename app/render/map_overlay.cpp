#include "render/map_overlay.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace frontmap::render {

namespace {


void date_stamp(const OverlayContent& c, const MapStyle& style, float s, OverlayBatch& batch) {
    const Rgba panel = style.panel, ink = style.ink;
    const std::string text = iso_date(c.date);
    const auto& atlas = batch.atlas();
    const float pad = 10 * s, w = atlas.text_width(FontRole::title, text), h = atlas.line_height(FontRole::title);
    batch.panel(pad, pad, pad + w + 2 * pad, pad + h + pad, panel);
    batch.text(FontRole::title, 2 * pad, 1.5f * pad, text, ink);
}

struct LegendRow {
    Rgba colour;
    std::string label;
    enum { fill, hatch, line, dot } swatch;
};

void legend(const OverlayContent& c, const MapStyle& style, float s, int width, OverlayBatch& batch) {
    const Rgba panel = style.panel, ink = style.ink;
    std::vector<LegendRow> rows;
    if (!c.held_label.empty()) rows.push_back({style.held, c.held_label, LegendRow::fill});
    if (c.contested) rows.push_back({style.contested, "Contested", LegendRow::hatch});
    if (c.front_line) rows.push_back({style.front, "Front line (paler: less certain)", LegendRow::line});
    for (int k : c.event_kinds)
        rows.push_back({event_kinds[static_cast<std::size_t>(k)].colour, std::string(event_kinds[static_cast<std::size_t>(k)].label),
                        LegendRow::dot});
    if (rows.empty()) return;
    const auto& atlas = batch.atlas();
    const float line = atlas.line_height(FontRole::body) * 1.35f, pad = 10 * s, swatch = 22 * s;
    char title[64];
    std::snprintf(title, sizeof title, "Events, last %g days", static_cast<double>(c.event_fade_days));
    float text_w = c.event_kinds.empty() ? 0 : atlas.text_width(FontRole::body, title);
    for (const auto& r : rows) text_w = std::max(text_w, atlas.text_width(FontRole::body, r.label));
    const float w = pad + swatch + pad + text_w + pad;
    const float x0 = static_cast<float>(width) - pad - w;
    const float h = pad + line * static_cast<float>(rows.size() + (c.event_kinds.empty() ? 0 : 1)) + pad;
    batch.panel(x0, pad, x0 + w, pad + h, panel);
    float y = 2 * pad;
    for (const auto& r : rows) {
        if (r.swatch == LegendRow::dot && &r == &rows[rows.size() - c.event_kinds.size()]) {
            batch.text(FontRole::body, x0 + pad, y, title, ink);
            y += line;
        }
        const float sx = x0 + pad, mid = y + line * 0.4f;
        switch (r.swatch) {
            case LegendRow::fill: batch.box(sx, mid - 6 * s, sx + swatch, mid + 6 * s, r.colour); break;
            case LegendRow::hatch:
                for (float k = 0; k < swatch; k += style.hatch_spacing * s)
                    batch.box(sx + k, mid - 6 * s, sx + k + style.hatch_width * s, mid + 6 * s, r.colour);
                break;
            case LegendRow::line: batch.box(sx, mid - style.front_width * s / 2, sx + swatch, mid + style.front_width * s / 2, r.colour); break;
            case LegendRow::dot: batch.box(sx + swatch / 2 - 5 * s, mid - 5 * s, sx + swatch / 2 + 5 * s, mid + 5 * s, r.colour); break;
        }
        batch.text(FontRole::body, sx + swatch + pad, y, r.label, ink);
        y += line;
    }
}

void scale_bar(const OverlayContent& c, const MapStyle& style, float s, int height, OverlayBatch& batch) {
    const Rgba panel = style.panel, ink = style.ink;
    if (!(c.ground_metres_per_pixel > 0)) return;
    const double metres = scale_bar_metres(c.ground_metres_per_pixel, 160.0 * s);
    const float length = static_cast<float>(metres / c.ground_metres_per_pixel);
    char label[32];
    if (metres >= 1000) std::snprintf(label, sizeof label, "%g km", metres / 1000);
    else std::snprintf(label, sizeof label, "%g m", metres);
    const auto& atlas = batch.atlas();
    const float pad = 10 * s, text_h = atlas.line_height(FontRole::body);
    const float x0 = pad, y1 = static_cast<float>(height) - pad;
    const float w = std::max(length, atlas.text_width(FontRole::body, label)) + 2 * pad;
    batch.panel(x0, y1 - text_h - 6 * s - 3 * pad, x0 + w, y1, panel);
    const float bar_y = y1 - pad - 5 * s;
    batch.box(x0 + pad, bar_y, x0 + pad + length, bar_y + 5 * s, ink);
    batch.box(x0 + pad, bar_y - 6 * s, x0 + pad + 2 * s, bar_y, ink);
    batch.box(x0 + pad + length - 2 * s, bar_y - 6 * s, x0 + pad + length, bar_y, ink);
    batch.text(FontRole::body, x0 + pad, bar_y - 8 * s - text_h, label, ink);
}

void attribution(const OverlayContent& c, const MapStyle& style, float s, int width, int height, OverlayBatch& batch) {
    const Rgba panel = style.panel, ink = style.ink;
    if (c.attribution.empty()) return;
    const auto& atlas = batch.atlas();
    const float pad = 6 * s, w = atlas.text_width(FontRole::body, c.attribution), h = atlas.line_height(FontRole::body);
    const float x1 = static_cast<float>(width), y1 = static_cast<float>(height);
    batch.panel(x1 - w - 2 * pad, y1 - h - 2 * pad, x1, y1, panel);
    batch.text(FontRole::body, x1 - w - pad, y1 - h - pad, c.attribution, ink);
}

}  // namespace

std::string iso_date(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

double scale_bar_metres(double ground_metres_per_pixel, double max_pixels) {
    const double longest = ground_metres_per_pixel * max_pixels;
    double best = 1;
    for (double decade = 1; decade <= 1e8; decade *= 10)
        for (double step : {1.0, 2.0, 5.0})
            if (step * decade <= longest) best = step * decade;
    return best;
}

void compose_overlay(const OverlayContent& content, const MapStyle& style, float scale, int width, int height,
                     OverlayBatch& batch) {
    date_stamp(content, style, scale, batch);
    legend(content, style, scale, width, batch);
    scale_bar(content, style, scale, height, batch);
    attribution(content, style, scale, width, height, batch);
}

}  // namespace frontmap::render
