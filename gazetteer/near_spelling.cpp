#include "gazetteer/near_spelling.hpp"

#include <algorithm>
#include <cmath>

#include "gazetteer/normalize.hpp"
#include "gazetteer/resolve_toponyms.hpp"

namespace frontmap::gaz {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::vector<CandidatePlace> find_near_spellings(const Gazetteer& g, std::string_view folded_word,
                                                bool has_focus, double lat, double lon,
                                                double radius_km) {
    std::vector<CandidatePlace> out;
    if (!has_focus) return out;
    std::string skel = skeleton_key(folded_word);
    if (skel.size() < 4) return out;
    const std::size_t limit = std::max<std::size_t>(1, skel.size() / 4);
    const double dlat = radius_km / 111.0;
    const double dlon = radius_km / (111.0 * std::max(0.1, std::cos(lat * 3.14159265358979 / 180.0)));
    struct Hit {
        std::uint32_t place;
        std::size_t distance;
        std::int64_t population;
    };
    std::vector<Hit> hits;
    for (int cell_lat = static_cast<int>(std::floor(lat - dlat)); cell_lat <= static_cast<int>(std::floor(lat + dlat)); ++cell_lat) {
        for (int cell_lon = static_cast<int>(std::floor(lon - dlon)); cell_lon <= static_cast<int>(std::floor(lon + dlon)); ++cell_lon) {
            for (std::uint32_t p : g.populated_in_cell(cell_lat, cell_lon)) {
                const auto& r = g.record(p);
                if (distance_km(lat, lon, r.lat, r.lon) > radius_km) continue;
                std::size_t best = limit + 1;
                for (std::uint32_t off : g.skeletons(p)) {
                    std::string_view s = g.string_at(off);
                    if (s.empty() || s[0] != skel[0]) continue;  // first letters rarely get misspelt
                    best = std::min(best, edit_distance(skel, s, limit));
                }
                if (best <= limit) hits.push_back({p, best, r.population});
            }
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.distance != b.distance) return a.distance < b.distance;
        if (a.population != b.population) return a.population > b.population;
        return a.place < b.place;
    });
    if (hits.size() > 5) hits.resize(5);
    for (const auto& h : hits) out.push_back({h.place, MatchKind::fuzzy, NameKind::alternate});
    return out;
}

}  // namespace frontmap::gaz
