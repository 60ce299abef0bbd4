#pragma once
// What the viewer remembers between runs, under $XDG_CONFIG_HOME/frontmap (else
// ~/.config/frontmap): the window layout (Dear ImGui's ini file) and the last store or file
// opened. Nothing is written when neither variable is set.
#include <optional>
#include <string>

namespace frontmap::view {

struct ViewerSettings {
    std::string folder;  // empty: remember nothing

    static ViewerSettings from_environment();
    std::string layout_path() const;                 // "" when there is no folder
    std::optional<std::string> last_opened() const;  // the last store or file, if it still exists
    void remember_opened(const std::string& path) const;
};

}  // namespace frontmap::view
