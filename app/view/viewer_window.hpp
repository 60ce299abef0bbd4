#pragma once
// The viewer's window: GLFW (X11) with an OpenGL 3.3 core context, Dear ImGui on top with
// DejaVu Sans (Latin, Cyrillic, punctuation) scaled for high-DPI screens, and the window layout
// remembered in an ini file. Files dropped on the window are queued for the viewer.
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

struct GLFWwindow;

namespace frontmap::view {

// No display to open a window on, or no OpenGL 3.3: the message says what to do instead.
struct NoDisplayError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct PointerEvents {
    double scroll = 0;       // wheel notches since the last frame (up: positive)
    double drag_dx = 0, drag_dy = 0;  // framebuffer pixels dragged with the left button
    bool clicked = false;    // left button released without dragging
    double x = 0, y = 0;     // pointer position, framebuffer pixels
};

class ViewerWindow {
public:
    // Throws NoDisplayError. `ini_path`: where ImGui keeps the layout (empty: nowhere).
    ViewerWindow(int width, int height, const std::string& title, const std::string& ini_path, bool vsync);
    ~ViewerWindow();
    ViewerWindow(const ViewerWindow&) = delete;
    ViewerWindow& operator=(const ViewerWindow&) = delete;

    bool should_close() const;
    void request_close();
    // Polls events (waits for one when the window is minimised) and starts an ImGui frame.
    void begin_frame();
    // Renders ImGui over what was drawn; read_pixels() then sees the whole window.
    void render_ui();
    // Shows the frame.
    void present();

    int framebuffer_width() const { return fb_width_; }
    int framebuffer_height() const { return fb_height_; }
    float content_scale() const { return scale_; }
    void resize(int width, int height);
    void set_title(const std::string& title);

    // Pointer input on the map (not over an ImGui window) since the last frame.
    PointerEvents take_pointer_events();
    std::vector<std::string> take_dropped_paths();
    void add_dropped_path(std::string path) { dropped_.push_back(std::move(path)); }  // scripted drops
    // The framebuffer as RGBA rows, top row first (between render_ui and present).
    std::vector<unsigned char> read_pixels() const;

private:
    static void on_drop(GLFWwindow* w, int count, const char** paths);
    static void on_scroll(GLFWwindow* w, double dx, double dy);

    GLFWwindow* window_ = nullptr;
    std::string ini_path_;
    int fb_width_ = 0, fb_height_ = 0;
    float scale_ = 1.0f;
    double scroll_ = 0;
    std::vector<std::string> dropped_;
    bool dragging_ = false, moved_ = false;
    double last_x_ = 0, last_y_ = 0, drag_dx_ = 0, drag_dy_ = 0;
    bool clicked_ = false;
};

}  // namespace frontmap::view
