#pragma once
// Line segments on the GPU, one instance each, drawn thick and anti-aliased by
// shaders/segment.*: borders, coastlines, the front line.
#include <span>
#include <vector>

#include "render/instanced_quads.hpp"

namespace frontmap::render {

struct LocalSegment {
    float x0, y0, x1, y1;     // projected metres relative to the renderer's origin
    float confidence = 1.0f;  // 0..1: drawn between the low and the full colour
};

class SegmentLayer {
public:
    SegmentLayer();
    void upload(std::span<const LocalSegment> segments, GLenum usage) { quads_.upload(segments, usage); }
    std::size_t size() const { return quads_.size(); }
    // The segment program and its uniforms are set by the caller.
    void draw() const { quads_.draw(); }

private:
    InstancedQuads quads_;
};

// Consecutive points of a polyline as segments.
void append_segments(std::span<const float> xy, float confidence, std::vector<LocalSegment>& out);

}  // namespace frontmap::render
