#include "render/offscreen_target.hpp"

#include <cstring>
#include <stdexcept>
#include <string>

namespace frontmap::render {

namespace {

void check_complete(const char* what, int width, int height) {
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        throw std::runtime_error(std::string("the OpenGL driver cannot make a ") + what + " framebuffer of " +
                                 std::to_string(width) + "x" + std::to_string(height) + " pixels (status " +
                                 std::to_string(status) + "); try a smaller --size");
}

}  // namespace

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height), colour_(make_renderbuffer()), stencil_(make_renderbuffer()),
      resolved_colour_(make_renderbuffer()), multisampled_(make_framebuffer()), resolved_(make_framebuffer()) {
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
    if (width <= 0 || height <= 0 || width > max_size || height > max_size)
        throw std::runtime_error("image size " + std::to_string(width) + "x" + std::to_string(height) +
                                 " is outside what the OpenGL driver renders (1 to " + std::to_string(max_size) +
                                 " pixels a side)");
    glBindRenderbuffer(GL_RENDERBUFFER, colour_.get());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    glBindRenderbuffer(GL_RENDERBUFFER, stencil_.get());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH24_STENCIL8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, multisampled_.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, stencil_.get());
    check_complete("multisampled", width, height);

    glBindRenderbuffer(GL_RENDERBUFFER, resolved_colour_.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, resolved_.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolved_colour_.get());
    check_complete("resolve", width, height);
    bind();
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, multisampled_.get());
    glViewport(0, 0, width_, height_);
}

std::vector<std::uint8_t> OffscreenTarget::read_rgba() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, multisampled_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_.get());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    const std::size_t row = static_cast<std::size_t>(width_) * 4;
    std::vector<std::uint8_t> bottom_up(row * static_cast<std::size_t>(height_));
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    // GL counts rows from the bottom; images, GDAL and video encoders from the top.
    std::vector<std::uint8_t> top_down(bottom_up.size());
    for (int y = 0; y < height_; ++y)
        std::memcpy(top_down.data() + row * static_cast<std::size_t>(y),
                    bottom_up.data() + row * static_cast<std::size_t>(height_ - 1 - y), row);
    bind();
    return top_down;
}

}  // namespace frontmap::render
