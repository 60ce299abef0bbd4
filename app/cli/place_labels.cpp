#include "cli/place_labels.hpp"

#include <algorithm>
#include <cmath>

namespace frontmap::cli {

namespace {

// PPLX: a section of a city; PPLH, PPLQ, PPLW: historical, abandoned, destroyed.
bool labels_a_town(std::string_view code) {
    return code.rfind("PPL", 0) == 0 && code != "PPLX" && code != "PPLH" && code != "PPLQ" && code != "PPLW";
}

}  // namespace

std::vector<render::PlaceLabel> largest_places(const gaz::Gazetteer& gazetteer, const geo::LonLatBox& box,
                                               std::size_t most) {
    std::vector<std::uint32_t> found;
    const int lat0 = static_cast<int>(std::floor(box.min_lat)), lat1 = static_cast<int>(std::floor(box.max_lat));
    const int lon0 = static_cast<int>(std::floor(box.min_lon)), lon1 = static_cast<int>(std::floor(box.max_lon));
    for (int lat = lat0; lat <= lat1; ++lat)
        for (int lon = lon0; lon <= lon1; ++lon)
            for (const std::uint32_t p : gazetteer.populated_in_cell(lat, lon)) {
                const auto& r = gazetteer.record(p);
                if (r.population > 0 && r.lat >= box.min_lat && r.lat <= box.max_lat && r.lon >= box.min_lon &&
                    r.lon <= box.max_lon && labels_a_town(gazetteer.feature_code(p)))
                    found.push_back(p);
            }
    const auto larger = [&](std::uint32_t a, std::uint32_t b) {
        return gazetteer.record(a).population > gazetteer.record(b).population;
    };
    if (found.size() > most) {
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(most), found.end(), larger);
        found.resize(most);
    } else {
        std::sort(found.begin(), found.end(), larger);
    }
    std::vector<render::PlaceLabel> labels;
    for (const std::uint32_t p : found) {
        const auto& r = gazetteer.record(p);
        labels.push_back({{r.lon, r.lat}, std::string(gazetteer.name(p)), r.population});
    }
    return labels;
}

}  // namespace frontmap::cli
