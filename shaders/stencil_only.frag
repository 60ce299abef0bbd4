#version 330 core
// The stencil pass writes no colour (the colour mask is off); GL still wants an output.
out vec4 o_colour;
void main() { o_colour = vec4(0.0); }
