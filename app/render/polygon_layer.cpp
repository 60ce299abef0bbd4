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

namespace {

// Consecutive vertices per fan. A fan over a whole long ring is made of long thin triangles
// whose bounding boxes cover the polygon many times over, and a software rasterizer bins
// triangles by their boxes: DeepState's held area cost 140 ms a frame that way.
constexpr std::size_t fan_vertices = 16;

// Adds `ring` (x,y pairs, not repeating its first point) as fans whose stencil parity equals the
// ring's: fans over chunks of consecutive vertices (each closed by a chord back to its first
// vertex), plus the ring through the chunks' first vertices, which cancels the chords
// (parity adds up mod 2 over closed loops). That coarse ring is split the same way in turn.
void add_chunked_ring(std::vector<float> ring, std::vector<float>& packed, std::vector<GLint>& firsts,
                      std::vector<GLsizei>& counts) {
    const std::size_t n = ring.size() / 2;
    if (n < 3) return;
    const auto add_fan = [&](std::size_t begin, std::size_t count) {
        firsts.push_back(static_cast<GLint>(packed.size() / 2));
        counts.push_back(static_cast<GLsizei>(count));
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t v = (begin + k) % n;
            packed.push_back(ring[2 * v]);
            packed.push_back(ring[2 * v + 1]);
        }
    };
    if (n <= fan_vertices + 1) {
        add_fan(0, n);
        return;
    }
    std::vector<float> coarse;
    for (std::size_t i = 0; i < n; i += fan_vertices) {
        add_fan(i, std::min(fan_vertices, n - i) + 1);  // up to the next chunk's first vertex
        coarse.push_back(ring[2 * i]);
        coarse.push_back(ring[2 * i + 1]);
    }
    add_chunked_ring(std::move(coarse), packed, firsts, counts);
}

}  // namespace

void PolygonLayer::upload(std::span<const LocalRing> rings, GLenum usage) {
    std::vector<float> packed;
    firsts_.clear();
    counts_.clear();
    for (const auto& ring : rings) {
        std::size_t points = ring.size() / 2;
        if (points > 1 && ring[0] == ring[2 * points - 2] && ring[1] == ring[2 * points - 1]) --points;  // closed
        add_chunked_ring(std::vector<float>(ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(2 * points)), packed,
                         firsts_, counts_);
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
