#pragma once
// The headless backend: an EGL context, an offscreen framebuffer of the image's size and the
// shared MapRenderer, giving images instead of a window. Frames of a series reuse all three.
#include <string>

#include "geo/raster_output.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"

namespace frontmap::render {

class HeadlessMapRenderer {
public:
    // Throws RenderContextError when there is no EGL device, std::runtime_error for a size
    // the driver cannot render or a missing font.
    // `samples`: multisampling for anti-aliased polygon edges (lines, markers and text are
    // anti-aliased by their shaders either way).
    HeadlessMapRenderer(MapProjection projection, const MapView& view, MapStyle style = {}, int samples = 4);

    MapRenderer& map() { return map_; }
    const MapView& view() const { return view_; }
    std::string renderer_name() const { return context_.renderer_name(); }

    geo::RgbaImage render(const MapFrame& frame);
    // Where the images lie, for GeoTIFFs.
    geo::GeoReference georeference() const;

private:
    HeadlessContext context_;  // first: the GL objects below need it while they are destroyed
    OffscreenTarget target_;
    MapView view_;
    MapRenderer map_;
};

// Pixel sizes (line widths, text) relative to a 1000-pixel-high image, within reason.
float ui_scale_for(const MapView& view);

}  // namespace frontmap::render
