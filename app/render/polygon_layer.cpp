#include "render/polygon_layer.hpp"

#include <algorithm>

namespace frontmap::render {

PolygonLayer::PolygonLayer() : vertex_array_(make_vertex_array()), vertices_(make_buffer()) {
    glBindVertexArray(vertex_array_.get());
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindVertexArray(0);
}

void PolygonLayer::upload(std::span<const LocalRing> rings, GLenum usage) {
    std::vector<float> packed;
    firsts_.clear();
    counts_.clear();
    for (const auto& ring : rings) {
        const auto points = static_cast<GLsizei>(ring.size() / 2);
        if (points < 3) continue;
        firsts_.push_back(static_cast<GLint>(packed.size() / 2));
        counts_.push_back(points);
        packed.insert(packed.end(), ring.begin(), ring.begin() + 2 * points);
    }
    bounds_ = {1e30f, 1e30f, -1e30f, -1e30f};
    for (std::size_t i = 0; i + 1 < packed.size(); i += 2) {
        bounds_[0] = std::min(bounds_[0], packed[i]), bounds_[1] = std::min(bounds_[1], packed[i + 1]);
        bounds_[2] = std::max(bounds_[2], packed[i]), bounds_[3] = std::max(bounds_[3], packed[i + 1]);
    }
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(packed.size() * sizeof(float)), packed.data(), usage);
}

void PolygonLayer::draw_fans() const {
    if (counts_.empty()) return;
    glBindVertexArray(vertex_array_.get());
    glMultiDrawArrays(GL_TRIANGLE_FAN, firsts_.data(), counts_.data(), static_cast<GLsizei>(counts_.size()));
    glBindVertexArray(0);
}

}  // namespace frontmap::render
