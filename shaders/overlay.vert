#version 330 core
// Text and boxes of the legend, date stamp, scale bar and attribution, in pixels from the
// top-left corner.
layout(location = 0) in vec2 a_pixel;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;
uniform vec2 u_viewport;
out vec2 v_uv;
out vec4 v_colour;

void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = vec4(a_pixel.x / u_viewport.x * 2.0 - 1.0, 1.0 - a_pixel.y / u_viewport.y * 2.0, 0.0, 1.0);
}
