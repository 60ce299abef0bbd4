#include "cli/paths.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace frontmap::cli {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : std::string();
}

std::string home_or_tmp() {
    std::string home = env("HOME");
    if (!home.empty()) return home;
    return "/tmp/frontmap-" + std::to_string(::getuid());
}

std::string executable_dir() {
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string(".") : p.parent_path().string();
}

}  // namespace

std::string find_assets_dir() {
    namespace fs = std::filesystem;
    std::string from_env = env("FRONTMAP_ASSETS");
    if (!from_env.empty()) {
        if (!fs::is_directory(from_env))
            throw std::runtime_error("FRONTMAP_ASSETS=" + from_env + " is not a folder");
        return from_env;
    }
#ifdef FRONTMAP_ASSETS_DIR
    if (fs::is_directory(FRONTMAP_ASSETS_DIR)) return FRONTMAP_ASSETS_DIR;
#endif
    std::string installed = executable_dir() + "/../share/frontmap/assets";
    if (fs::is_directory(installed)) return installed;
    throw std::runtime_error(
        "cannot find frontmap's assets folder; set FRONTMAP_ASSETS to the repository's assets/");
}

gaz::GazetteerPaths default_paths() {
    gaz::GazetteerPaths p;
    p.assets_dir = find_assets_dir();
    std::string cache = env("FRONTMAP_CACHE_DIR");
    if (cache.empty()) {
        std::string xdg = env("XDG_CACHE_HOME");
        cache = (xdg.empty() ? home_or_tmp() + "/.cache" : xdg) + "/frontmap";
    }
    p.cache_dir = cache;
    std::string data = env("FRONTMAP_DATA_DIR");
    if (data.empty()) {
        std::string xdg = env("XDG_DATA_HOME");
        data = (xdg.empty() ? home_or_tmp() + "/.local/share" : xdg) + "/frontmap/gazetteers";
    }
    p.data_dir = data;
    return p;
}

}  // namespace frontmap::cli
