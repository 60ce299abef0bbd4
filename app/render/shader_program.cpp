#include "render/shader_program.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include "render/embedded_shaders.hpp"

namespace frontmap::render {

std::string_view shader_source(std::string_view name) {
    for (const auto& s : embedded_shaders())
        if (s.name == name) return s.source;
    throw std::logic_error("shader " + std::string(name) + " is not embedded; is it in shaders/?");
}

namespace {

GlShader compile(GLenum kind, std::string_view file) {
    const std::string_view source = shader_source(file);
    GlShader shader(glCreateShader(kind));
    const char* text = source.data();
    const auto length = static_cast<GLint>(source.size());
    glShaderSource(shader.get(), 1, &text, &length);
    glCompileShader(shader.get());
    GLint ok = 0;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        std::vector<char> log(4096);
        glGetShaderInfoLog(shader.get(), static_cast<GLsizei>(log.size()), nullptr, log.data());
        throw std::logic_error("shaders/" + std::string(file) + " does not compile: " + log.data());
    }
    return shader;
}

}  // namespace

ShaderProgram::ShaderProgram(std::string_view vertex_file, std::string_view fragment_file)
    : program_(glCreateProgram()) {
    const GlShader vertex = compile(GL_VERTEX_SHADER, vertex_file);
    const GlShader fragment = compile(GL_FRAGMENT_SHADER, fragment_file);
    glAttachShader(program_.get(), vertex.get());
    glAttachShader(program_.get(), fragment.get());
    glLinkProgram(program_.get());
    GLint ok = 0;
    glGetProgramiv(program_.get(), GL_LINK_STATUS, &ok);
    if (!ok) {
        std::vector<char> log(4096);
        glGetProgramInfoLog(program_.get(), static_cast<GLsizei>(log.size()), nullptr, log.data());
        throw std::logic_error("shaders " + std::string(vertex_file) + " + " + std::string(fragment_file) +
                               " do not link: " + log.data());
    }
    glDetachShader(program_.get(), vertex.get());
    glDetachShader(program_.get(), fragment.get());
}

}  // namespace frontmap::render
