#pragma once
// Writes front-model frames for GIS tools: per date a `held` area, a `front` line (one
// MultiLineString, the confidence of each part in `confidence`) and a `contested` zone when
// there is one, each a feature with `date`, `kind` and `side`; and a CSV of per-date figures.
#include <string>
#include <vector>

#include "geo/front_frame.hpp"

namespace frontmap::geo {

// Any GDAL vector format by extension (.geojson RFC 7946, .gpkg, .fgb, .kml, .shp…). Written
// to a temporary file and renamed; an existing file is replaced only with `overwrite`. Throws
// std::runtime_error with a message a user can act on.
void write_front_frames(const std::string& path, const std::vector<FrontFrame>& frames, bool overwrite);

// date,held_km2,change_km2,front_length_km,front_confidence,observations_used,
// mean_observation_age_days — atomically as above.
void write_front_statistics(const std::string& path, const std::vector<FrontStatistics>& rows, bool overwrite);

}  // namespace frontmap::geo
