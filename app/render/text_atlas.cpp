#include "render/text_atlas.hpp"

#include <imgui.h>

#include <filesystem>
#include <stdexcept>

namespace frontmap::render {

namespace {

// Latin with its extensions (Łódź, Iași, Timișoara: GeoNames names of the region's towns),
// Cyrillic and its supplement, general punctuation (–, —, «, », …) and currency signs.
constexpr ImWchar glyph_ranges[] = {0x0020, 0x024F, 0x0400, 0x052F, 0x2000, 0x206F, 0x2070, 0x20CF, 0};

}  // namespace

struct TextAtlas::Fonts {
    ImFontAtlas atlas;
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    const ImFont* of(FontRole role) const { return role == FontRole::title ? title : body; }
};

TextAtlas::TextAtlas(const std::string& font_path, float body_px, float title_px)
    : fonts_(std::make_unique<Fonts>()), texture_(make_texture()) {
    if (!std::filesystem::is_regular_file(font_path))
        throw std::runtime_error("cannot read the font " + font_path +
                                 " for map labels; install the Debian package fonts-dejavu-core");
    ImFontConfig config;
    config.OversampleH = 2;
    config.PixelSnapH = true;
    fonts_->body = fonts_->atlas.AddFontFromFileTTF(font_path.c_str(), body_px, &config, glyph_ranges);
    fonts_->title = fonts_->atlas.AddFontFromFileTTF(font_path.c_str(), title_px, &config, glyph_ranges);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    if (!fonts_->body || !fonts_->title || !fonts_->atlas.Build())
        throw std::runtime_error("cannot bake glyphs from the font " + font_path + "; is it a TrueType font?");
    fonts_->atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    white_u_ = fonts_->atlas.TexUvWhitePixel.x;
    white_v_ = fonts_->atlas.TexUvWhitePixel.y;
    glBindTexture(GL_TEXTURE_2D, texture_.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    fonts_->atlas.ClearTexData();  // the GPU has the pixels; the glyph table stays
}

TextAtlas::~TextAtlas() = default;

Glyph TextAtlas::glyph(FontRole role, char32_t code_point) const {
    const ImFont* font = fonts_->of(role);
    const ImFontGlyph* g = code_point <= 0xFFFF ? font->FindGlyph(static_cast<ImWchar>(code_point)) : font->FallbackGlyph;
    if (!g) g = font->FallbackGlyph;
    return {g->X0, g->Y0, g->X1, g->Y1, g->U0, g->V0, g->U1, g->V1, g->AdvanceX, g->Visible != 0};
}

float TextAtlas::line_height(FontRole role) const { return fonts_->of(role)->FontSize; }

float TextAtlas::text_width(FontRole role, std::string_view utf8) const {
    float width = 0;
    for (std::size_t i = 0; i < utf8.size();) width += glyph(role, next_code_point(utf8, i)).advance;
    return width;
}

char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= text.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        const unsigned char c = byte(i + static_cast<std::size_t>(k));
        if ((c >> 6) != 0x2) {
            i += static_cast<std::size_t>(k);
            return 0xFFFD;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

}  // namespace frontmap::render
