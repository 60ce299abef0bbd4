#version 330 core
// Coverage of a round-capped thick segment: 1 inside, a one-pixel ramp at the edge.
uniform float u_half_width;
in vec2 v_pixel;
flat in vec2 v_start;
flat in vec2 v_end;
flat in vec4 v_colour;
out vec4 o_colour;

void main() {
    vec2 along = v_end - v_start;
    float t = clamp(dot(v_pixel - v_start, along) / max(dot(along, along), 1e-8), 0.0, 1.0);
    float distance = length(v_pixel - (v_start + t * along));
    float coverage = clamp(u_half_width + 0.5 - distance, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    o_colour = vec4(v_colour.rgb, v_colour.a * coverage);
}
