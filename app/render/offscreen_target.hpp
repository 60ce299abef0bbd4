#pragma once
// A framebuffer of a fixed size to render into without a window: 4× multisampled colour and
// stencil (the stencil fills polygons), resolved into a plain texture for read-back.
#include <cstdint>
#include <vector>

#include "render/gl_objects.hpp"

namespace frontmap::render {

class OffscreenTarget {
public:
    // Needs a current GL context. Throws std::runtime_error when the driver refuses the size.
    OffscreenTarget(int width, int height, int samples = 4);

    int width() const { return width_; }
    int height() const { return height_; }
    // Binds the multisampled framebuffer and sets the viewport to it.
    void bind() const;
    // Resolves the samples and returns the pixels as RGBA, top row first.
    std::vector<std::uint8_t> read_rgba() const;

private:
    int width_, height_;
    GlRenderbuffer colour_, stencil_, resolved_colour_;
    GlFramebuffer multisampled_, resolved_;
};

}  // namespace frontmap::render
