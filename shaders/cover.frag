#version 330 core
// Fills where the stencil marks the inside of a polygon: a flat colour, or diagonal hatching
// (u_hatch_spacing > 0) so a zone stays readable over whatever is under it.
uniform vec4 u_colour;
uniform float u_hatch_spacing;  // pixels between stripes; 0 for a flat fill
uniform float u_hatch_width;    // stripe width in pixels
out vec4 o_colour;

void main() {
    float coverage = 1.0;
    if (u_hatch_spacing > 0.0) {
        // Stripes at 45°: x + y is constant along one; the distance across them is that sum / √2.
        float across = (gl_FragCoord.x + gl_FragCoord.y) * 0.70710678;
        float d = abs(mod(across, u_hatch_spacing) - 0.5 * u_hatch_spacing);
        coverage = clamp(0.5 * u_hatch_width - d + 0.5, 0.0, 1.0);
    }
    o_colour = vec4(u_colour.rgb, u_colour.a * coverage);
}
