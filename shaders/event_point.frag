#version 330 core
// An anti-aliased disc with a thin dark rim, so points stay visible over the held-area fill.
in vec2 v_offset;
flat in float v_radius;
flat in vec4 v_colour;
out vec4 o_colour;

void main() {
    float distance = length(v_offset);
    float coverage = clamp(v_radius + 0.5 - distance, 0.0, 1.0);
    if (coverage <= 0.0) discard;
    float rim = clamp(distance - (v_radius - 1.5), 0.0, 1.0);
    vec3 colour = mix(v_colour.rgb, v_colour.rgb * 0.35, rim);
    o_colour = vec4(colour, v_colour.a * coverage);
}
