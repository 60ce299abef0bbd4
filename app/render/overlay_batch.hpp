#pragma once
// Screen-space boxes and text for one frame (legend, date stamp, scale bar, attribution),
// collected on the CPU as textured triangles and drawn in one call by OverlayLayer.
#include <cstdint>
#include <string_view>
#include <vector>

#include "render/gl_objects.hpp"
#include "render/map_style.hpp"
#include "render/text_atlas.hpp"

namespace frontmap::render {

// A rectangle in pixels from the top-left corner.
struct ScreenBox {
    float x0, y0, x1, y1;
    bool overlaps(const ScreenBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct OverlayVertex {
    float x, y;  // pixels from the top-left corner
    float u, v;
    std::uint8_t r, g, b, a;
};

class OverlayBatch {
public:
    explicit OverlayBatch(const TextAtlas& atlas) : atlas_(&atlas) {}

    void box(float x0, float y0, float x1, float y1, Rgba colour);
    // A box that holds furniture (legend, date stamp…): remembered, so labels keep clear of it.
    void panel(float x0, float y0, float x1, float y1, Rgba colour);
    const std::vector<ScreenBox>& panels() const { return panels_; }
    // Text whose line starts at (x, top); returns the pen position after it.
    float text(FontRole role, float x, float top, std::string_view utf8, Rgba colour);
    const TextAtlas& atlas() const { return *atlas_; }
    const std::vector<OverlayVertex>& vertices() const { return vertices_; }

private:
    void quad(float x0, float y0, float x1, float y1, float u0, float v0, float u1, float v1, Rgba colour);
    const TextAtlas* atlas_;
    std::vector<OverlayVertex> vertices_;
    std::vector<ScreenBox> panels_;
};

class OverlayLayer {
public:
    OverlayLayer();
    // Uploads and draws `batch` with the overlay program (already in use) and the atlas texture.
    void draw(const OverlayBatch& batch);

private:
    GlVertexArray vertex_array_;
    GlBuffer vertices_;
};

}  // namespace frontmap::render
