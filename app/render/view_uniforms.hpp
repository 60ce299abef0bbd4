#pragma once
// The view as the map shaders take it: centre relative to the renderer's origin (so float
// precision is spent near the map, not on the distance to the equator), scale, size.
#include "render/shader_program.hpp"

namespace frontmap::render {

struct ViewUniforms {
    float centre_x = 0, centre_y = 0;
    float pixels_per_metre = 1;
    float width = 1, height = 1;

    void apply_to(const ShaderProgram& program) const {
        glUniform2f(program.uniform("u_centre"), centre_x, centre_y);
        glUniform1f(program.uniform("u_pixels_per_metre"), pixels_per_metre);
        glUniform2f(program.uniform("u_viewport"), width, height);
    }
};

}  // namespace frontmap::render
