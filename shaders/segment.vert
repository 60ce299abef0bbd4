#version 330 core
// One line segment per instance, drawn as a quad around it in pixel space so the width is in
// pixels at any zoom; the fragment shader rounds the ends (round joins, no gaps) and
// anti-aliases the edges.
layout(location = 0) in vec2 a_corner;      // x: 0 at the start, 1 at the end; y: -1 or 1 across
layout(location = 1) in vec4 a_segment;     // start.xy, end.xy in projected metres
layout(location = 2) in float a_confidence; // 0..1
uniform vec2 u_centre;
uniform float u_pixels_per_metre;
uniform vec2 u_viewport;
uniform float u_half_width;                 // pixels
uniform vec4 u_colour;                      // where confidence is 1
uniform vec4 u_low_colour;                  // where confidence is 0
out vec2 v_pixel;
flat out vec2 v_start;
flat out vec2 v_end;
flat out vec4 v_colour;

vec2 to_pixels(vec2 world) { return (world - u_centre) * u_pixels_per_metre + 0.5 * u_viewport; }

void main() {
    vec2 start = to_pixels(a_segment.xy);
    vec2 end = to_pixels(a_segment.zw);
    vec2 along = end - start;
    float length_px = length(along);
    vec2 direction = length_px > 1e-4 ? along / length_px : vec2(1.0, 0.0);
    vec2 normal = vec2(-direction.y, direction.x);
    float reach = u_half_width + 1.0;  // one pixel more for the anti-aliased edge
    vec2 p = (a_corner.x < 0.5 ? start - direction * reach : end + direction * reach) + normal * a_corner.y * reach;
    v_pixel = p;
    v_start = start;
    v_end = end;
    v_colour = mix(u_low_colour, u_colour, clamp(a_confidence, 0.0, 1.0));
    gl_Position = vec4(p / u_viewport * 2.0 - 1.0, 0.0, 1.0);
}
