#pragma once
// An OpenGL 3.3 core context without a window system: a GPU's EGL device where there is one,
// else EGL on Mesa's surfaceless platform (llvmpipe) — the same code either way. Rendering goes
// into an OffscreenTarget; the context is current on the creating thread for its lifetime.
#include <memory>
#include <stdexcept>
#include <string>

namespace frontmap::render {

// No usable EGL display or no GL 3.3 core context: the message says which packages to install.
struct RenderContextError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One at a time per process: EGL displays are per-process singletons, and destroying a
// context terminates its display.
class HeadlessContext {
public:
    HeadlessContext();  // throws RenderContextError
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    // "llvmpipe (LLVM 15.0.6, 256 bits)" or the GPU's name, for reports and benchmarks.
    std::string renderer_name() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace frontmap::render
