#version 330 core
// Polygon rings for the stencil pass: projected metres (relative to the renderer's origin) to
// clip space.
layout(location = 0) in vec2 a_position;
uniform vec2 u_centre;            // view centre, same origin as a_position
uniform float u_pixels_per_metre;
uniform vec2 u_viewport;          // pixels

void main() {
    vec2 pixels = (a_position - u_centre) * u_pixels_per_metre;
    gl_Position = vec4(pixels / (0.5 * u_viewport), 0.0, 1.0);
}
