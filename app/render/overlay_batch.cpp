#include "render/overlay_batch.hpp"

#include <algorithm>
#include <cstddef>

namespace frontmap::render {

namespace {

std::uint8_t byte_of(float channel) { return static_cast<std::uint8_t>(std::clamp(channel, 0.0f, 1.0f) * 255.0f + 0.5f); }

}  // namespace

void OverlayBatch::quad(float x0, float y0, float x1, float y1, float u0, float v0, float u1, float v1, Rgba c) {
    const std::uint8_t r = byte_of(c.r), g = byte_of(c.g), b = byte_of(c.b), a = byte_of(c.a);
    const OverlayVertex corners[4] = {{x0, y0, u0, v0, r, g, b, a}, {x1, y0, u1, v0, r, g, b, a},
                                      {x0, y1, u0, v1, r, g, b, a}, {x1, y1, u1, v1, r, g, b, a}};
    for (int i : {0, 1, 2, 2, 1, 3}) vertices_.push_back(corners[i]);
}

void OverlayBatch::box(float x0, float y0, float x1, float y1, Rgba colour) {
    quad(x0, y0, x1, y1, atlas_->white_u(), atlas_->white_v(), atlas_->white_u(), atlas_->white_v(), colour);
}

void OverlayBatch::panel(float x0, float y0, float x1, float y1, Rgba colour) {
    box(x0, y0, x1, y1, colour);
    panels_.push_back({x0, y0, x1, y1});
}

float OverlayBatch::text(FontRole role, float x, float top, std::string_view utf8, Rgba colour) {
    // Whole pixels, so glyphs are sampled texel for texel and stay sharp.
    float pen = static_cast<float>(static_cast<int>(x + 0.5f));
    const float line_top = static_cast<float>(static_cast<int>(top + 0.5f));
    for (std::size_t i = 0; i < utf8.size();) {
        const Glyph g = atlas_->glyph(role, next_code_point(utf8, i));
        if (g.visible) quad(pen + g.x0, line_top + g.y0, pen + g.x1, line_top + g.y1, g.u0, g.v0, g.u1, g.v1, colour);
        pen += g.advance;
    }
    return pen;
}

OverlayLayer::OverlayLayer() : vertex_array_(make_vertex_array()), vertices_(make_buffer()) {
    glBindVertexArray(vertex_array_.get());
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(OverlayVertex), reinterpret_cast<const void*>(offsetof(OverlayVertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(OverlayVertex), reinterpret_cast<const void*>(offsetof(OverlayVertex, u)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(OverlayVertex), reinterpret_cast<const void*>(offsetof(OverlayVertex, r)));
    glBindVertexArray(0);
}

void OverlayLayer::draw(const OverlayBatch& batch) {
    const auto& v = batch.vertices();
    if (v.empty()) return;
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(v.size() * sizeof(OverlayVertex)), v.data(), GL_STREAM_DRAW);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, batch.atlas().texture());
    glBindVertexArray(vertex_array_.get());
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(v.size()));
    glBindVertexArray(0);
}

}  // namespace frontmap::render
