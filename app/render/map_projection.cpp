#include "render/map_projection.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "geo/projection.hpp"

namespace frontmap::render {

namespace {

constexpr double earth_radius_m = 6378137.0;  // the WGS84 semi-major axis Web Mercator uses
constexpr double max_mercator_lat = 85.05112878;
constexpr double degrees = std::numbers::pi / 180.0;

PlanarXY mercator(geo::LonLat p) {
    const double lat = std::clamp(p.lat, -max_mercator_lat, max_mercator_lat) * degrees;
    return {earth_radius_m * p.lon * degrees, earth_radius_m * std::log(std::tan(std::numbers::pi / 4 + lat / 2))};
}

geo::LonLat inverse_mercator(PlanarXY p) {
    return {p.x / earth_radius_m / degrees, (2 * std::atan(std::exp(p.y / earth_radius_m)) - std::numbers::pi / 2) / degrees};
}

std::string degrees_text(double d) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", d);
    return text;
}

double haversine_m(geo::LonLat a, geo::LonLat b) {
    const double dlat = (b.lat - a.lat) * degrees, dlon = (b.lon - a.lon) * degrees;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.lat * degrees) * std::cos(b.lat * degrees) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * 6371008.8 * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace

MapProjection MapProjection::web_mercator() { return MapProjection(); }

MapProjection MapProjection::equal_area(geo::LonLat centre) {
    MapProjection p;
    p.equal_area_ = std::make_shared<const geo::EqualAreaProjection>(centre);
    return p;
}

std::string MapProjection::crs_definition() const {
    if (!equal_area_) return "EPSG:3857";
    const auto c = equal_area_->centre();
    // The same definition geo/projection.cpp gives PROJ.
    return "+proj=laea +lat_0=" + std::to_string(c.lat) + " +lon_0=" + std::to_string(c.lon) +
           " +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs";
}

std::vector<PlanarXY> MapProjection::forward(std::span<const geo::LonLat> points) const {
    std::vector<PlanarXY> out;
    out.reserve(points.size());
    if (!equal_area_) {
        for (const auto& p : points) out.push_back(mercator(p));
        return out;
    }
    for (const auto& p : equal_area_->forward(points)) out.push_back({p.x, p.y});
    return out;
}

PlanarXY MapProjection::forward(geo::LonLat p) const { return forward(std::span<const geo::LonLat>(&p, 1)).front(); }

geo::LonLat MapProjection::inverse(PlanarXY p) const {
    if (!equal_area_) return inverse_mercator(p);
    const geo::PlanarPoint q{p.x, p.y};
    return equal_area_->inverse(std::span<const geo::PlanarPoint>(&q, 1)).front();
}

MapView fit_view(const MapProjection& projection, const geo::LonLatBox& box, int width, int height) {
    if (box.min_lon > box.max_lon)
        throw ViewError("the box crosses the antimeridian (west " + degrees_text(box.min_lon) + " > east " +
                        degrees_text(box.max_lon) + "), which a flat map of this kind cannot show; give west < east");
    if (!(box.min_lon < box.max_lon) || !(box.min_lat < box.max_lat))
        throw ViewError("the box has zero area; give west < east and south < north");
    if (box.min_lon < -180 || box.max_lon > 180 || box.min_lat < -90 || box.max_lat > 90)
        throw ViewError("the box lies outside -180..180 degrees of longitude or -90..90 of latitude");
    // The box's edges, sampled: in the equal-area projection they are curves.
    std::vector<geo::LonLat> edge;
    constexpr int steps = 16;
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        const double lon = box.min_lon + t * (box.max_lon - box.min_lon), lat = box.min_lat + t * (box.max_lat - box.min_lat);
        edge.insert(edge.end(), {{lon, box.min_lat}, {lon, box.max_lat}, {box.min_lon, lat}, {box.max_lon, lat}});
    }
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& p : projection.forward(edge)) {
        x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    }
    MapView view;
    view.width = width;
    view.height = height;
    view.centre = {(x0 + x1) / 2, (y0 + y1) / 2};
    view.metres_per_pixel = std::max((x1 - x0) / width, (y1 - y0) / height);
    if (!(view.metres_per_pixel > 0)) throw ViewError("the box has zero area once projected");
    return view;
}

MapView zoom_view(const MapProjection& projection, geo::LonLat centre, double zoom, int width, int height) {
    if (!(zoom >= 0 && zoom <= 22)) throw ViewError("--zoom must be between 0 and 22, not " + degrees_text(zoom));
    if (centre.lat < -85 || centre.lat > 85 || centre.lon < -180 || centre.lon > 180)
        throw ViewError("--center must be a latitude within ±85 and a longitude within ±180");
    MapView view;
    view.width = width;
    view.height = height;
    view.centre = projection.forward(centre);
    // Web-map convention: 256-pixel tiles, the equator's length at zoom 0; in the equal-area
    // projection the same figure keeps the ground scale close to a web map's at that latitude.
    view.metres_per_pixel = 2 * std::numbers::pi * earth_radius_m / 256 / std::pow(2.0, zoom);
    if (!projection.is_web_mercator()) view.metres_per_pixel *= std::cos(centre.lat * degrees);
    return view;
}

geo::LonLatBox view_bounds(const MapProjection& projection, const MapView& view) {
    geo::LonLatBox box;
    constexpr int steps = 8;
    const double w = view.metres_per_pixel * view.width, h = view.metres_per_pixel * view.height;
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        for (const PlanarXY p : {PlanarXY{view.min_x() + t * w, view.max_y()}, PlanarXY{view.min_x() + t * w, view.max_y() - h},
                                 PlanarXY{view.min_x(), view.max_y() - t * h}, PlanarXY{view.min_x() + w, view.max_y() - t * h}})
            box.extend(projection.inverse(p));
    }
    return box;
}

double ground_metres_per_pixel(const MapProjection& projection, const MapView& view) {
    const double half = 50 * view.metres_per_pixel;  // across 100 pixels, so curvature does not matter
    const auto a = projection.inverse({view.centre.x - half, view.centre.y});
    const auto b = projection.inverse({view.centre.x + half, view.centre.y});
    return haversine_m(a, b) / 100.0;
}

}  // namespace frontmap::render
