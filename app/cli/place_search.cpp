#include "cli/place_search.hpp"

#include <algorithm>
#include <set>

#include "gazetteer/cyrillic_stemmer.hpp"
#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::cli {

std::vector<PlaceHit> search_places(const gaz::MentionFinder& finder, std::string_view name) {
    const auto& g = *finder.gazetteer;
    const std::string folded = gaz::fold_name(name);
    if (folded.empty()) return {};
    const std::pair<const char*, gaz::KeyLookup> lookups[] = {
        {"exact", g.find(gaz::KeySpace::folded, folded)},
        {"variant", g.find(gaz::KeySpace::skeleton, gaz::skeleton_key(folded))},
        {"inflected", g.find(gaz::KeySpace::stem, gaz::skeleton_key(finder.stemmer->stem_name(folded)))}};
    std::vector<PlaceHit> out;
    std::set<std::uint32_t> seen;
    for (std::size_t rank = 0; rank < std::size(lookups); ++rank) {
        const auto first = out.size();
        for (const auto& p : lookups[rank].second.postings)
            if (seen.insert(p.place).second) out.push_back({lookups[rank].first, g.info(p.place)});
        std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                         [](const PlaceHit& a, const PlaceHit& b) { return a.place.population > b.place.population; });
    }
    return out;
}

}  // namespace frontmap::cli
