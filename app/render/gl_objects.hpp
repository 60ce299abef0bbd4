#pragma once
// Move-only owners of GL object names. Each must be destroyed while its context is current:
// members are declared after the context that outlives them.
#include <utility>

#include "render/gl.hpp"

namespace frontmap::render {

template <void (*Delete)(GLuint)>
class GlName {
public:
    GlName() = default;
    explicit GlName(GLuint name) : name_(name) {}
    ~GlName() { if (name_) Delete(name_); }
    GlName(GlName&& o) noexcept : name_(std::exchange(o.name_, 0)) {}
    GlName& operator=(GlName&& o) noexcept {
        if (this != &o) {
            if (name_) Delete(name_);
            name_ = std::exchange(o.name_, 0);
        }
        return *this;
    }
    GlName(const GlName&) = delete;
    GlName& operator=(const GlName&) = delete;
    GLuint get() const { return name_; }
    explicit operator bool() const { return name_ != 0; }

private:
    GLuint name_ = 0;
};

inline void delete_buffer(GLuint n) { glDeleteBuffers(1, &n); }
inline void delete_vertex_array(GLuint n) { glDeleteVertexArrays(1, &n); }
inline void delete_texture(GLuint n) { glDeleteTextures(1, &n); }
inline void delete_framebuffer(GLuint n) { glDeleteFramebuffers(1, &n); }
inline void delete_renderbuffer(GLuint n) { glDeleteRenderbuffers(1, &n); }
inline void delete_program(GLuint n) { glDeleteProgram(n); }
inline void delete_shader(GLuint n) { glDeleteShader(n); }

using GlBuffer = GlName<delete_buffer>;
using GlVertexArray = GlName<delete_vertex_array>;
using GlTexture = GlName<delete_texture>;
using GlFramebuffer = GlName<delete_framebuffer>;
using GlRenderbuffer = GlName<delete_renderbuffer>;
using GlProgram = GlName<delete_program>;
using GlShader = GlName<delete_shader>;

inline GlBuffer make_buffer() { GLuint n = 0; glGenBuffers(1, &n); return GlBuffer(n); }
inline GlVertexArray make_vertex_array() { GLuint n = 0; glGenVertexArrays(1, &n); return GlVertexArray(n); }
inline GlTexture make_texture() { GLuint n = 0; glGenTextures(1, &n); return GlTexture(n); }
inline GlFramebuffer make_framebuffer() { GLuint n = 0; glGenFramebuffers(1, &n); return GlFramebuffer(n); }
inline GlRenderbuffer make_renderbuffer() { GLuint n = 0; glGenRenderbuffers(1, &n); return GlRenderbuffer(n); }

}  // namespace frontmap::render
