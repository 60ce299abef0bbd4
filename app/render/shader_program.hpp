#pragma once
// A linked GLSL program from two embedded shader files, with uniform lookup by name.
#include <string>
#include <string_view>

#include "render/gl_objects.hpp"

namespace frontmap::render {

class ShaderProgram {
public:
    // Throws std::logic_error with the driver's log when a shader does not compile or link
    // (the shaders are part of the program: a failure is a bug or a driver without GLSL 330).
    ShaderProgram(std::string_view vertex_file, std::string_view fragment_file);

    void use() const { glUseProgram(program_.get()); }
    GLint uniform(const char* name) const { return glGetUniformLocation(program_.get(), name); }

private:
    GlProgram program_;
};

}  // namespace frontmap::render
