#include "view/viewer_window.hpp"

#include "render/gl.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <utility>

#include "render/text_atlas.hpp"

namespace frontmap::view {

namespace {

std::string glfw_error() {
    const char* text = nullptr;
    glfwGetError(&text);
    return text ? text : "no message";
}

// Latin, Latin-1, Cyrillic and general punctuation (dashes, quotes, the ellipsis).
const ImWchar glyph_ranges[] = {0x0020, 0x00FF, 0x0400, 0x052F, 0x2000, 0x206F, 0};

}  // namespace

ViewerWindow::ViewerWindow(int width, int height, const std::string& title, const std::string& ini_path, bool vsync)
    : ini_path_(ini_path) {
    if (!glfwInit())
        throw NoDisplayError("cannot open a window (" + glfw_error() +
                             "). frontmap view needs an X11 display: run it on a desktop, over ssh -X, or under a "
                             "virtual one with 'xvfb-run -a frontmap view …' (Debian package xvfb). For images "
                             "without a display use 'frontmap render'.");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window_) {
        const std::string why = glfw_error();
        glfwTerminate();
        throw NoDisplayError("cannot create an OpenGL 3.3 window (" + why +
                             "); install Mesa (libgl1-mesa-dri) or a GPU driver, or use 'frontmap render'");
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(vsync ? 1 : 0);
    glfwSetWindowUserPointer(window_, this);
    glfwSetDropCallback(window_, &ViewerWindow::on_drop);
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(window_, &sx, &sy);
    scale_ = std::max(1.0f, std::max(sx, sy));

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = ini_path_.empty() ? nullptr : ini_path_.c_str();
    if (std::filesystem::exists(render::default_font_path))
        io.Fonts->AddFontFromFileTTF(render::default_font_path, std::round(15.0f * scale_), nullptr, glyph_ranges);
    ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(scale_);
    ImGui_ImplGlfw_InitForOpenGL(window_, true);  // chains to our callbacks installed before
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetScrollCallback(window_, &ViewerWindow::on_scroll);  // ours, forwarding to ImGui's
    glfwGetFramebufferSize(window_, &fb_width_, &fb_height_);
}

ViewerWindow::~ViewerWindow() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void ViewerWindow::on_drop(GLFWwindow* w, int count, const char** paths) {
    auto* self = static_cast<ViewerWindow*>(glfwGetWindowUserPointer(w));
    for (int i = 0; i < count; ++i) self->dropped_.emplace_back(paths[i]);
}

void ViewerWindow::on_scroll(GLFWwindow* w, double dx, double dy) {
    ImGui_ImplGlfw_ScrollCallback(w, dx, dy);
    auto* self = static_cast<ViewerWindow*>(glfwGetWindowUserPointer(w));
    if (!ImGui::GetIO().WantCaptureMouse) self->scroll_ += dy;
}

bool ViewerWindow::should_close() const { return glfwWindowShouldClose(window_); }
void ViewerWindow::request_close() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

void ViewerWindow::begin_frame() {
    glfwPollEvents();
    glfwGetFramebufferSize(window_, &fb_width_, &fb_height_);
    // Minimised: nothing to draw until the window comes back (or is closed).
    while ((fb_width_ == 0 || fb_height_ == 0) && !glfwWindowShouldClose(window_)) {
        glfwWaitEventsTimeout(0.1);
        glfwGetFramebufferSize(window_, &fb_width_, &fb_height_);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    int ww = 1, wh = 1;
    glfwGetWindowSize(window_, &ww, &wh);
    const double to_fb = ww > 0 ? static_cast<double>(fb_width_) / ww : 1.0;
    double x = 0, y = 0;
    glfwGetCursorPos(window_, &x, &y);
    x *= to_fb, y *= to_fb;
    const bool down = glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS;
    const bool over_ui = ImGui::GetIO().WantCaptureMouse;
    if (down && !dragging_ && !over_ui) {
        dragging_ = true;
        moved_ = false;
    } else if (down && dragging_) {
        drag_dx_ += x - last_x_;
        drag_dy_ += y - last_y_;
        if (std::abs(x - last_x_) + std::abs(y - last_y_) > 0) moved_ = true;
    } else if (!down && dragging_) {
        dragging_ = false;
        if (!moved_) clicked_ = true;
    }
    last_x_ = x, last_y_ = y;
}

void ViewerWindow::render_ui() {
    ImGui::Render();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fb_width_, fb_height_);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void ViewerWindow::present() { glfwSwapBuffers(window_); }

void ViewerWindow::resize(int width, int height) { glfwSetWindowSize(window_, width, height); }
void ViewerWindow::set_title(const std::string& title) { glfwSetWindowTitle(window_, title.c_str()); }

PointerEvents ViewerWindow::take_pointer_events() {
    PointerEvents e{scroll_, drag_dx_, drag_dy_, clicked_, last_x_, last_y_};
    scroll_ = drag_dx_ = drag_dy_ = 0;
    clicked_ = false;
    return e;
}

std::vector<std::string> ViewerWindow::take_dropped_paths() { return std::exchange(dropped_, {}); }

std::vector<unsigned char> ViewerWindow::read_pixels() const {
    const std::size_t row = static_cast<std::size_t>(fb_width_) * 4;
    std::vector<unsigned char> bottom_up(row * static_cast<std::size_t>(fb_height_));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, fb_width_, fb_height_, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    std::vector<unsigned char> top_down(bottom_up.size());
    for (int y = 0; y < fb_height_; ++y)
        std::copy_n(bottom_up.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(fb_height_ - 1 - y)), row,
                    top_down.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)));
    return top_down;
}

}  // namespace frontmap::view
