#pragma once
// Writes front-model frames for GIS tools: per date a `held` area, a `front` line (one
// MultiLineString, the confidence of each part in `confidence`) and a `contested` zone when
// there is one, each a feature with `date`, `kind` and `side`; and a CSV of per-date figures.
#include <string>
#include <vector>

#include "geo/front_frame.hpp"

namespace frontmap::geo {

struct FrontStatistics {
    std::chrono::sys_days date{};
    double held_km2 = 0;
    double change_km2 = 0;      // held area minus the previous frame's (0 for the first)
    double front_length_km = 0;
    std::size_t observations_used = 0;
};

// Any GDAL vector format by extension (.geojson RFC 7946, .gpkg, .fgb, .kml, .shp…). Written
// to a temporary file and renamed; an existing file is replaced only with `overwrite`. Throws
// std::runtime_error with a message a user can act on.
void write_front_frames(const std::string& path, const std::vector<FrontFrame>& frames, bool overwrite);

// date,held_km2,change_km2,front_length_km,observations_used — atomically as above.
void write_front_statistics(const std::string& path, const std::vector<FrontStatistics>& rows, bool overwrite);

}  // namespace frontmap::geo
