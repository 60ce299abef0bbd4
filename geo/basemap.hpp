#pragma once
// Country polygons from the bundled Natural Earth GeoPackage (assets/basemap/, built by
// scripts/build_basemap_assets.sh): where international borders and coasts are, so the front
// line can leave them out, and what the renderer draws underneath.
#include <string>
#include <string_view>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {

struct Country {
    std::string id;    // ISO 3166-1 numeric as text ("804"); empty where Natural Earth has none (Kosovo)
    std::string name;  // Natural Earth's short English name ("Ukraine")
    MultiPolygon shape;  // WGS84
};

struct Basemap {
    std::vector<Country> countries;
    MultiPolygon land;  // WGS84; the land layer, for coastlines

    const Country* find(std::string_view id_or_name) const;
};

// `assets_dir`/basemap/naturalearth.gpkg
std::string bundled_basemap_path(const std::string& assets_dir);

// Reads the `countries` and `land` layers. Throws std::runtime_error naming the file and how to
// rebuild it when it cannot be read.
Basemap read_basemap(const std::string& path);

}  // namespace frontmap::geo
