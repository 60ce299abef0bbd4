#version 330 core
// One event per instance: a disc at the event's place, coloured by type, sized by confidence,
// fading with age up to u_fade_days after the event; events after the frame's date are not
// drawn.
layout(location = 0) in vec2 a_corner;      // -1..1
layout(location = 1) in vec2 a_position;    // projected metres
layout(location = 2) in float a_day;        // days since 1970-01-01
layout(location = 3) in float a_kind;       // index into u_palette
layout(location = 4) in float a_confidence; // 0..1
uniform vec2 u_centre;
uniform float u_pixels_per_metre;
uniform vec2 u_viewport;
uniform float u_day;
uniform float u_fade_days;
uniform float u_min_radius;
uniform float u_max_radius;
uniform vec3 u_palette[16];
out vec2 v_offset;
flat out float v_radius;
flat out vec4 v_colour;

void main() {
    float age = u_day - a_day;
    if (age < 0.0 || age > u_fade_days) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // outside the clip volume: nothing drawn
        return;
    }
    float radius = mix(u_min_radius, u_max_radius, clamp(a_confidence, 0.0, 1.0));
    float reach = radius + 1.0;
    vec2 centre = (a_position - u_centre) * u_pixels_per_metre + 0.5 * u_viewport;
    v_offset = a_corner * reach;
    v_radius = radius;
    v_colour = vec4(u_palette[int(a_kind) & 15], mix(1.0, 0.2, age / max(u_fade_days, 1.0)));
    gl_Position = vec4((centre + v_offset) / u_viewport * 2.0 - 1.0, 0.0, 1.0);
}
