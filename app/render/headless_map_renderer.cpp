#include "render/headless_map_renderer.hpp"

#include <algorithm>

namespace frontmap::render {

float ui_scale_for(const MapView& view) { return std::clamp(static_cast<float>(view.height) / 1000.0f, 0.6f, 4.0f); }

HeadlessMapRenderer::HeadlessMapRenderer(MapProjection projection, const MapView& view, MapStyle style, int samples)
    : target_(view.width, view.height, samples), view_(view),
      map_(std::move(projection), view.centre, style, ui_scale_for(view)) {}

geo::RgbaImage HeadlessMapRenderer::render(const MapFrame& frame) {
    target_.bind();
    map_.draw(frame, view_);
    return {view_.width, view_.height, target_.read_rgba()};
}

geo::GeoReference HeadlessMapRenderer::georeference() const {
    return {view_.min_x(), view_.max_y(), view_.metres_per_pixel, map_.projection().crs_definition()};
}

}  // namespace frontmap::render
