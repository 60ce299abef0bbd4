#pragma once
// Glyphs baked into a texture from a TrueType font by Dear ImGui's font atlas (stb_truetype),
// headlessly: the same font path the interactive viewer uses. Latin, Cyrillic and general
// punctuation (dashes, quotes), at two sizes.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "render/gl_objects.hpp"

namespace frontmap::render {

enum class FontRole { body, title };

struct Glyph {
    float x0, y0, x1, y1;  // pixels from the pen position at the top of the line
    float u0, v0, u1, v1;
    float advance;
    bool visible;
};

// DejaVu Sans from fonts-dejavu-core.
inline constexpr const char* default_font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

class TextAtlas {
public:
    // Needs a current GL context. Throws std::runtime_error naming the font file and the
    // Debian package when the font cannot be read.
    TextAtlas(const std::string& font_path, float body_px, float title_px);
    ~TextAtlas();
    TextAtlas(const TextAtlas&) = delete;
    TextAtlas& operator=(const TextAtlas&) = delete;

    // The glyph for a code point, the font's fallback glyph when the atlas lacks it.
    Glyph glyph(FontRole role, char32_t code_point) const;
    float line_height(FontRole role) const;
    float text_width(FontRole role, std::string_view utf8) const;
    // Texture coordinates of a solid texel, for boxes drawn with the same shader as text.
    float white_u() const { return white_u_; }
    float white_v() const { return white_v_; }
    GLuint texture() const { return texture_.get(); }

private:
    struct Fonts;
    std::unique_ptr<Fonts> fonts_;
    GlTexture texture_;
    float white_u_ = 0, white_v_ = 0;
};

// Decodes the next code point of `text` at `i` (advancing `i`); malformed bytes give U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& i);

}  // namespace frontmap::render
