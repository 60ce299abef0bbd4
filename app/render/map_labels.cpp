#include "render/map_labels.hpp"

#include <algorithm>
#include <numeric>

namespace frontmap::render {

std::vector<PlacedLabel> place_labels(std::span<const PlaceLabel> labels, const MapProjection& projection,
                                      const MapView& view, const TextAtlas& atlas, float scale, std::size_t max_labels,
                                      std::span<const ScreenBox> blocked) {
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return labels[a].population > labels[b].population; });
    std::vector<geo::LonLat> places;
    for (const auto& l : labels) places.push_back(l.where);
    const auto projected = projection.forward(places);

    const float gap = 4 * scale, height = atlas.line_height(FontRole::body), margin = 2 * scale;
    std::vector<PlacedLabel> placed;
    std::vector<ScreenBox> taken(blocked.begin(), blocked.end());
    for (const std::size_t i : order) {
        if (placed.size() >= max_labels) break;
        const auto px = view.pixel_of(projected[i]);
        const float x = static_cast<float>(px.x), y = static_cast<float>(px.y);
        const float width = atlas.text_width(FontRole::body, labels[i].name);
        // Right of the dot, else left of it.
        for (const float text_x : {x + gap, x - gap - width}) {
            const ScreenBox box{std::min(x, text_x) - margin, y - height / 2 - margin, std::max(x, text_x + width) + margin,
                          y + height / 2 + margin};
            if (box.x0 < 0 || box.y0 < 0 || box.x1 > static_cast<float>(view.width) || box.y1 > static_cast<float>(view.height))
                continue;
            if (std::any_of(taken.begin(), taken.end(), [&](const ScreenBox& t) { return t.overlaps(box); })) continue;
            taken.push_back(box);
            placed.push_back({x, y, text_x, y - height / 2, i});
            break;
        }
    }
    return placed;
}

void draw_labels(std::span<const PlacedLabel> placed, std::span<const PlaceLabel> labels, Rgba ink, Rgba halo,
                 float scale, OverlayBatch& batch) {
    const float r = 2.2f * scale, h = std::max(1.0f, scale);
    for (const auto& p : placed) {
        batch.box(p.dot_x - r - 1, p.dot_y - r - 1, p.dot_x + r + 1, p.dot_y + r + 1, halo);
        batch.box(p.dot_x - r, p.dot_y - r, p.dot_x + r, p.dot_y + r, ink);
        const std::string& name = labels[p.label].name;
        for (const float dx : {-h, 0.0f, h})
            for (const float dy : {-h, 0.0f, h})
                if (dx != 0 || dy != 0) batch.text(FontRole::body, p.text_x + dx, p.text_top + dy, name, halo);
        batch.text(FontRole::body, p.text_x, p.text_top, name, ink);
    }
}

}  // namespace frontmap::render
