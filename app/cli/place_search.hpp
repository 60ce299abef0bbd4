#pragma once
// Looking a place up by name in the gazetteer, as a user types it: the exact name, a variant
// spelling or transliteration (skeleton), or an inflected Ukrainian/Russian form (stem). For
// `frontmap gazetteer lookup` and the viewer's search box.
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/find_mentions.hpp"
#include "gazetteer/place.hpp"

namespace frontmap::cli {

struct PlaceHit {
    const char* how;  // "exact", "variant" or "inflected"
    gaz::PlaceInfo place;
};

// Each place once, by how it matched (exact first), then by population.
std::vector<PlaceHit> search_places(const gaz::MentionFinder& finder, std::string_view name);

}  // namespace frontmap::cli
