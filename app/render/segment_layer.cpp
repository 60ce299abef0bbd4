#include "render/segment_layer.hpp"

#include <cstddef>

namespace frontmap::render {

namespace {
const float segment_corners[8] = {0, -1, 0, 1, 1, -1, 1, 1};  // start/end × either side
}

SegmentLayer::SegmentLayer() : quads_(segment_corners) {
    quads_.add_instance_attribute(1, 4, sizeof(LocalSegment), offsetof(LocalSegment, x0));
    quads_.add_instance_attribute(2, 1, sizeof(LocalSegment), offsetof(LocalSegment, confidence));
}

void append_segments(std::span<const float> xy, float confidence, std::vector<LocalSegment>& out) {
    for (std::size_t i = 0; i + 3 < xy.size(); i += 2)
        out.push_back({xy[i], xy[i + 1], xy[i + 2], xy[i + 3], confidence});
}

}  // namespace frontmap::render
