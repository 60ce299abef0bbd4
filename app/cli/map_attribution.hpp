#pragma once
// The credit line every map carries: GeoNames for places, Natural Earth for borders, and the
// front's source — DeepStateMap by name where its files are used (their names start with
// "deepstatemap"), else the baseline files or folders as given. For render and view alike.
#include <string>
#include <vector>

#include "geo/baseline_series.hpp"

namespace frontmap::cli {

std::string map_attribution(const geo::BaselineSeries& series, const std::vector<std::string>& baseline_paths);

}  // namespace frontmap::cli
