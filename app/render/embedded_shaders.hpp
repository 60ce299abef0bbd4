#pragma once
// The GLSL sources of shaders/, compiled into the program by CMake (app/render/embed_shaders.cmake).
#include <string_view>
#include <vector>

namespace frontmap::render {

struct EmbeddedShader {
    std::string_view name;    // file name, e.g. "fill.vert"
    std::string_view source;
};

const std::vector<EmbeddedShader>& embedded_shaders();

// The source of shaders/`name`. Throws std::logic_error for a name that is not embedded (a
// build error, not a user's).
std::string_view shader_source(std::string_view name);

}  // namespace frontmap::render
