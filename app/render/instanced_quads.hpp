#pragma once
// A quad drawn once per instance: four corner vertices shared by all, and a buffer of
// per-instance attributes whose layout the owner declares. Segments and event markers are both
// drawn this way.
#include <cstddef>
#include <span>
#include <vector>

#include "render/gl_objects.hpp"

namespace frontmap::render {

class InstancedQuads {
public:
    // `corners`: four x,y pairs in triangle-strip order, attribute 0 of the vertex shader.
    explicit InstancedQuads(const float (&corners)[8]);

    // Declares float attribute `index` (size 1–4) at `offset` in instances of `stride` bytes.
    void add_instance_attribute(GLuint index, GLint size, std::size_t stride, std::size_t offset);
    template <typename Instance>
    void upload(std::span<const Instance> instances, GLenum usage) {
        upload_bytes(instances.data(), instances.size_bytes(), instances.size(), usage);
    }
    std::size_t size() const { return count_; }
    void draw() const { draw_range(0, count_); }
    // Instances [first, first + count) only: GL 3.3 has no base instance, so the instance
    // attributes are pointed at `first` for the draw.
    void draw_range(std::size_t first, std::size_t count) const;

private:
    struct Attribute {
        GLuint index;
        GLint size;
        std::size_t stride, offset;
    };
    void point_attributes(std::size_t first) const;
    void upload_bytes(const void* data, std::size_t bytes, std::size_t count, GLenum usage);
    GlVertexArray vertex_array_;
    GlBuffer corners_, instances_;
    std::vector<Attribute> attributes_;
    std::size_t count_ = 0;
};

}  // namespace frontmap::render
