#include "render/headless_context.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <string_view>
#include <vector>

#include "render/gl.hpp"

namespace frontmap::render {

namespace {

const char* const install_hint =
    "install libegl-mesa0 and libgl1-mesa-dri (Mesa's software renderer), or a GPU driver with EGL support";

std::string egl_error_name(EGLint code) {
    switch (code) {
        case EGL_NOT_INITIALIZED: return "EGL_NOT_INITIALIZED";
        case EGL_BAD_ALLOC: return "EGL_BAD_ALLOC";
        case EGL_BAD_CONFIG: return "EGL_BAD_CONFIG";
        case EGL_BAD_MATCH: return "EGL_BAD_MATCH";
        case EGL_BAD_DISPLAY: return "EGL_BAD_DISPLAY";
        case EGL_BAD_ATTRIBUTE: return "EGL_BAD_ATTRIBUTE";
        default: return "EGL error " + std::to_string(code);
    }
}

template <typename F>
F egl_function(const char* name) {
    return reinterpret_cast<F>(eglGetProcAddress(name));
}

// A GPU's EGL device first (NVIDIA's driver, or Mesa's for AMD and Intel), then Mesa's
// surfaceless platform (llvmpipe; needs no device files, works in containers), then any other
// device, such as Mesa's software device itself.
std::vector<EGLDisplay> candidate_displays() {
    const auto get_platform_display = egl_function<PFNEGLGETPLATFORMDISPLAYEXTPROC>("eglGetPlatformDisplayEXT");
    if (!get_platform_display) return {};
    std::vector<EGLDisplay> hardware, software;
    const auto query_devices = egl_function<PFNEGLQUERYDEVICESEXTPROC>("eglQueryDevicesEXT");
    const auto query_device_string = egl_function<PFNEGLQUERYDEVICESTRINGEXTPROC>("eglQueryDeviceStringEXT");
    EGLDeviceEXT devices[8];
    EGLint count = 0;
    if (query_devices && query_devices(8, devices, &count))
        for (EGLint i = 0; i < count; ++i) {
            const char* extensions = query_device_string ? query_device_string(devices[i], EGL_EXTENSIONS) : nullptr;
            const bool is_software = extensions && std::string_view(extensions).find("EGL_MESA_device_software") != std::string_view::npos;
            (is_software ? software : hardware).push_back(get_platform_display(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr));
        }
    std::vector<EGLDisplay> ordered = hardware;
    ordered.push_back(get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr));
    ordered.insert(ordered.end(), software.begin(), software.end());
    return ordered;
}

EGLDisplay open_display() {
    for (EGLDisplay d : candidate_displays()) {
        EGLint major = 0, minor = 0;
        if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) return d;
    }
    return EGL_NO_DISPLAY;
}

}  // namespace

struct HeadlessContext::State {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
    ~State() {
        if (display == EGL_NO_DISPLAY) return;
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
        eglTerminate(display);
    }
};

HeadlessContext::HeadlessContext() : state_(std::make_unique<State>()) {
    state_->display = open_display();
    if (state_->display == EGL_NO_DISPLAY)
        throw RenderContextError(std::string("no EGL device: ") + install_hint +
                                 " (EGL could not open Mesa's surfaceless platform or any EGL device)");
    if (!eglBindAPI(EGL_OPENGL_API))
        throw RenderContextError(std::string("the EGL driver has no desktop OpenGL: ") + install_hint);
    const EGLint config_attributes[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8,
                                        EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                                        EGL_NONE};
    EGLConfig config = nullptr;
    EGLint configs = 0;
    if (!eglChooseConfig(state_->display, config_attributes, &config, 1, &configs) || configs == 0)
        throw RenderContextError(std::string("no EGL configuration with 8-bit RGBA and OpenGL: ") + install_hint);
    const EGLint context_attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                         EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                         EGL_NONE};
    state_->context = eglCreateContext(state_->display, config, EGL_NO_CONTEXT, context_attributes);
    if (state_->context == EGL_NO_CONTEXT)
        throw RenderContextError("cannot create an OpenGL 3.3 core context (" + egl_error_name(eglGetError()) +
                                 "): " + install_hint);
    if (!eglMakeCurrent(state_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, state_->context))
        throw RenderContextError("cannot make the OpenGL context current without a surface (" +
                                 egl_error_name(eglGetError()) + "): " + install_hint);
}

HeadlessContext::~HeadlessContext() = default;

std::string HeadlessContext::renderer_name() const {
    const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return name ? name : "unknown";
}

}  // namespace frontmap::render
