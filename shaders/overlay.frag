#version 330 core
// The font atlas holds glyph coverage in its red channel and has a solid texel for boxes.
uniform sampler2D u_atlas;
in vec2 v_uv;
in vec4 v_colour;
out vec4 o_colour;

void main() {
    o_colour = vec4(v_colour.rgb, v_colour.a * texture(u_atlas, v_uv).r);
}
