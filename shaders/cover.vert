#version 330 core
// The "cover" pass of stencil-then-cover polygon filling: a rectangle over the polygons'
// bounds (from the vertex index alone, no buffer), so small zones do not shade the whole image.
uniform vec4 u_bounds;            // min x, min y, max x, max y in projected metres (renderer origin)
uniform vec2 u_centre;
uniform float u_pixels_per_metre;
uniform vec2 u_viewport;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vec2 pixels = (mix(u_bounds.xy, u_bounds.zw, corner) - u_centre) * u_pixels_per_metre;
    gl_Position = vec4(clamp(pixels / (0.5 * u_viewport), -2.0, 2.0), 0.0, 1.0);
}
