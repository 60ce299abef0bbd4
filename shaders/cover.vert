#version 330 core
// A quad over the whole viewport, from the vertex index alone (no buffer): the "cover" pass of
// stencil-then-cover polygon filling.
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
