#pragma once
// Plain geometry values at the boundary between geo/ and app/: the renderer and the viewer
// draw these without knowing GEOS, PROJ or GDAL. Coordinates are WGS84 longitude/latitude in
// degrees unless a field says otherwise.
#include <vector>

namespace frontmap::geo {

struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const LonLat&, const LonLat&) = default;
};

struct LineString {
    std::vector<LonLat> points;
    friend bool operator==(const LineString&, const LineString&) = default;
};

// rings[0] is the exterior, the rest are holes; every ring is closed (first == last).
struct Polygon {
    std::vector<LineString> rings;
    friend bool operator==(const Polygon&, const Polygon&) = default;
};

struct MultiPolygon {
    std::vector<Polygon> polygons;
    bool empty() const { return polygons.empty(); }
    friend bool operator==(const MultiPolygon&, const MultiPolygon&) = default;
};

// Axis-aligned box in degrees; an empty box has min > max.
struct LonLatBox {
    double min_lon = 1e300;
    double min_lat = 1e300;
    double max_lon = -1e300;
    double max_lat = -1e300;

    bool empty() const { return min_lon > max_lon || min_lat > max_lat; }
    void extend(LonLat p) {
        if (p.lon < min_lon) min_lon = p.lon;
        if (p.lon > max_lon) max_lon = p.lon;
        if (p.lat < min_lat) min_lat = p.lat;
        if (p.lat > max_lat) max_lat = p.lat;
    }
    void extend(const LonLatBox& b) {
        if (b.empty()) return;
        extend(LonLat{b.min_lon, b.min_lat});
        extend(LonLat{b.max_lon, b.max_lat});
    }
    bool intersects(const LonLatBox& b) const {
        return !empty() && !b.empty() && min_lon <= b.max_lon && b.min_lon <= max_lon &&
               min_lat <= b.max_lat && b.min_lat <= max_lat;
    }
    LonLatBox expanded(double degrees) const {
        if (empty()) return *this;
        return {min_lon - degrees, min_lat - degrees, max_lon + degrees, max_lat + degrees};
    }
    LonLat center() const { return {(min_lon + max_lon) / 2, (min_lat + max_lat) / 2}; }
};

inline LonLatBox bounds(const MultiPolygon& mp) {
    LonLatBox box;
    for (const auto& poly : mp.polygons)
        if (!poly.rings.empty())
            for (const auto& p : poly.rings.front().points) box.extend(p);
    return box;
}

}  // namespace frontmap::geo
