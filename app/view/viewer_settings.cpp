#include "view/viewer_settings.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace frontmap::view {

namespace fs = std::filesystem;

ViewerSettings ViewerSettings::from_environment() {
    ViewerSettings s;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) s.folder = std::string(xdg) + "/frontmap";
    else if (const char* home = std::getenv("HOME"); home && *home) s.folder = std::string(home) + "/.config/frontmap";
    if (!s.folder.empty()) {
        std::error_code ec;
        fs::create_directories(s.folder, ec);
        if (ec) s.folder.clear();  // a read-only home: remember nothing rather than fail
    }
    return s;
}

std::string ViewerSettings::layout_path() const { return folder.empty() ? "" : folder + "/viewer-layout.ini"; }

std::optional<std::string> ViewerSettings::last_opened() const {
    if (folder.empty()) return std::nullopt;
    std::ifstream in(folder + "/viewer-last-opened.txt");
    std::string path;
    if (!std::getline(in, path) || path.empty()) return std::nullopt;
    if (path.rfind("PG:", 0) != 0 && !fs::exists(path)) return std::nullopt;
    return path;
}

void ViewerSettings::remember_opened(const std::string& path) const {
    // A connection string with a password stays out of files.
    if (folder.empty() || path.find("password") != std::string::npos) return;
    const std::string target = folder + "/viewer-last-opened.txt", temporary = target + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << path << "\n";
        if (!out) return;
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
}

}  // namespace frontmap::view
