#pragma once
// Label candidates for a map from the gazetteer: populated places inside the view, largest
// first (GeoNames population), without sections of cities and places that are gone.
#include <cstddef>
#include <vector>

#include "gazetteer/gazetteer_index.hpp"
#include "geo/geometry_types.hpp"
#include "render/map_labels.hpp"

namespace frontmap::cli {

std::vector<render::PlaceLabel> largest_places(const gaz::Gazetteer& gazetteer, const geo::LonLatBox& box,
                                               std::size_t most);

}  // namespace frontmap::cli
