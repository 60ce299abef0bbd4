#pragma once
// Polygons (with holes, any number of rings) on the GPU, filled by "stencil then cover": each
// ring is drawn as a triangle fan that inverts the stencil, which leaves odd coverage — the
// inside — marked whatever the ring's shape, so no triangulation is needed and invalid or
// self-touching rings cannot break it. The caller then covers the marked pixels. Long rings
// are drawn as many short fans with the same parity (see polygon_layer.cpp).
#include <array>
#include <span>
#include <vector>

#include "render/gl_objects.hpp"

namespace frontmap::render {

// x,y pairs in projected metres relative to the renderer's origin; closed or not.
using LocalRing = std::vector<float>;

class PolygonLayer {
public:
    PolygonLayer();
    // GL_STATIC_DRAW for data uploaded once (land), GL_STREAM_DRAW for per-frame data.
    void upload(std::span<const LocalRing> rings, GLenum usage);
    bool empty() const { return counts_.empty(); }
    // Inverts stencil bit 0 over each ring's fan; the program and its uniforms are set by the caller.
    void draw_fans() const;
    // min x, min y, max x, max y of every vertex: what the cover pass has to shade.
    const std::array<float, 4>& bounds() const { return bounds_; }

private:
    GlVertexArray vertex_array_;
    GlBuffer vertices_;
    std::vector<GLint> firsts_;
    std::vector<GLsizei> counts_;
    std::array<float, 4> bounds_{0, 0, 0, 0};
};

}  // namespace frontmap::render
