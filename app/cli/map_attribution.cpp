#include "cli/map_attribution.hpp"

#include <filesystem>
#include <set>

namespace frontmap::cli {

std::string map_attribution(const geo::BaselineSeries& series, const std::vector<std::string>& baseline_paths) {
    std::string text = "Places: GeoNames · Borders: Natural Earth";
    std::set<std::string> names;
    for (const auto& snapshot : series.snapshots)
        for (const auto& source : snapshot.sources)
            if (std::filesystem::path(source).filename().string().rfind("deepstatemap", 0) == 0) names.insert("DeepStateMap");
    if (names.empty())
        for (const auto& p : baseline_paths) {
            std::filesystem::path path(p);
            if (path.filename().empty()) path = path.parent_path();  // "maps/"
            names.insert(path.filename().string());
        }
    if (!names.empty()) {
        text += " · Front: ";
        bool first = true;
        for (const auto& n : names) text += (first ? "" : ", ") + n, first = false;
    }
    return text;
}

}  // namespace frontmap::cli
