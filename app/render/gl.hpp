#pragma once
// The one place that includes the OpenGL headers. With glvnd, core 3.3 entry points are
// exported by libOpenGL and dispatch to whichever context (EGL or a window) is current, so no
// loader is needed.
#ifndef GL_GLEXT_PROTOTYPES
#define GL_GLEXT_PROTOTYPES 1
#endif
#include <GL/glcorearb.h>
