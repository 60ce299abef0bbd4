#include "render/instanced_quads.hpp"

#include <algorithm>

namespace frontmap::render {

InstancedQuads::InstancedQuads(const float (&corners)[8])
    : vertex_array_(make_vertex_array()), corners_(make_buffer()), instances_(make_buffer()) {
    glBindVertexArray(vertex_array_.get());
    glBindBuffer(GL_ARRAY_BUFFER, corners_.get());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindVertexArray(0);
}

void InstancedQuads::add_instance_attribute(GLuint index, GLint size, std::size_t stride, std::size_t offset) {
    attributes_.push_back({index, size, stride, offset});
    glBindVertexArray(vertex_array_.get());
    glEnableVertexAttribArray(index);
    glVertexAttribDivisor(index, 1);
    glBindVertexArray(0);
    point_attributes(0);
}

void InstancedQuads::point_attributes(std::size_t first) const {
    glBindVertexArray(vertex_array_.get());
    glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
    for (const auto& a : attributes_)
        glVertexAttribPointer(a.index, a.size, GL_FLOAT, GL_FALSE, static_cast<GLsizei>(a.stride),
                              reinterpret_cast<const void*>(first * a.stride + a.offset));
    glBindVertexArray(0);
}

void InstancedQuads::upload_bytes(const void* data, std::size_t bytes, std::size_t count, GLenum usage) {
    glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(bytes), data, usage);
    count_ = count;
}

void InstancedQuads::draw_range(std::size_t first, std::size_t count) const {
    if (first >= count_ || count == 0) return;
    count = std::min(count, count_ - first);
    if (first > 0) point_attributes(first);
    glBindVertexArray(vertex_array_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count));
    glBindVertexArray(0);
    if (first > 0) point_attributes(0);
}

}  // namespace frontmap::render
