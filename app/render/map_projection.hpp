#pragma once
// Where a longitude/latitude lands on the map, and which part of the map an image shows.
// Web Mercator (EPSG:3857, what web maps and tile servers use) in closed form; the equal-area
// projection (areas true, for comparing held territory) through geo::EqualAreaProjection.
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {
class EqualAreaProjection;
}

namespace frontmap::render {

struct PlanarXY {
    double x = 0.0;  // metres east in the projection
    double y = 0.0;  // metres north
};

class MapProjection {
public:
    static MapProjection web_mercator();
    static MapProjection equal_area(geo::LonLat centre);

    bool is_web_mercator() const { return !equal_area_; }
    // The CRS as GDAL and PROJ read it: "EPSG:3857" or a "+proj=laea …" definition.
    std::string crs_definition() const;

    std::vector<PlanarXY> forward(std::span<const geo::LonLat> points) const;
    PlanarXY forward(geo::LonLat p) const;
    geo::LonLat inverse(PlanarXY p) const;

private:
    std::shared_ptr<const geo::EqualAreaProjection> equal_area_;  // null: Web Mercator
};

// The part of the projected plane an image shows, with square pixels.
struct MapView {
    PlanarXY centre;
    double metres_per_pixel = 1.0;
    int width = 0, height = 0;

    double min_x() const { return centre.x - metres_per_pixel * width / 2; }
    double max_y() const { return centre.y + metres_per_pixel * height / 2; }
    // Pixel column and row (0,0 is the top-left corner of the top-left pixel).
    PlanarXY pixel_of(PlanarXY world) const {
        return {(world.x - min_x()) / metres_per_pixel, (max_y() - world.y) / metres_per_pixel};
    }
};

// Bad view requests: the message says what was wrong and what to give instead.
struct ViewError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// The smallest view of `width`×`height` pixels that shows all of `box` (the box's shorter side
// is widened to the image's aspect). Throws ViewError for a box with zero area, one that
// crosses the antimeridian (min_lon > max_lon) or lies outside the world.
MapView fit_view(const MapProjection& projection, const geo::LonLatBox& box, int width, int height);

// A view centred on `centre` at web-map zoom level `zoom` (0: the world in 256 pixels, each
// level doubles). Throws ViewError for a zoom outside 0..22.
MapView zoom_view(const MapProjection& projection, geo::LonLat centre, double zoom, int width, int height);

// The longitudes and latitudes the view shows (its edges, inverse-projected).
geo::LonLatBox view_bounds(const MapProjection& projection, const MapView& view);

// Ground metres per pixel at the view's centre (for the scale bar).
double ground_metres_per_pixel(const MapProjection& projection, const MapView& view);

}  // namespace frontmap::render
