#include "geo/planar_geometry.hpp"

#include "geo/area_measures.hpp"

#include <cmath>
#include <stdexcept>

namespace frontmap::geo {

namespace {

std::vector<double> ring_buffer(const LineString& ring, const EqualAreaProjection* projection) {
    std::vector<double> xy;
    xy.reserve(ring.points.size() * 2 + 2);
    if (projection) {
        for (const auto& p : projection->forward(ring.points)) xy.insert(xy.end(), {p.x, p.y});
    } else {
        for (const auto& p : ring.points) xy.insert(xy.end(), {p.lon, p.lat});
    }
    // GEOS wants closed rings; sources such as hand-made files sometimes leave them open.
    if (xy.size() >= 2 && (xy[0] != xy[xy.size() - 2] || xy[1] != xy.back())) xy.insert(xy.end(), {xy[0], xy[1]});
    return xy;
}

GEOSGeometry* make_ring(const geos::Context& ctx, const LineString& ring, const EqualAreaProjection* projection) {
    const auto xy = ring_buffer(ring, projection);
    if (xy.size() < 8) return nullptr;  // fewer than 4 points: no area, dropped
    GEOSCoordSequence* seq =
        GEOSCoordSeq_copyFromBuffer_r(ctx.get(), xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
    if (!seq) throw std::runtime_error("GEOS could not make a coordinate sequence: " + ctx.last_error());
    GEOSGeometry* r = GEOSGeom_createLinearRing_r(ctx.get(), seq);  // owns seq, also on failure
    if (!r) throw std::runtime_error("GEOS could not make a ring: " + ctx.last_error());
    return r;
}

GEOSGeometry* make_polygon(const geos::Context& ctx, const Polygon& poly, const EqualAreaProjection* projection) {
    if (poly.rings.empty()) return nullptr;
    geos::Geometry shell(make_ring(ctx, poly.rings.front(), projection), geos::GeometryDeleter{ctx.get()});
    if (!shell) return nullptr;
    std::vector<geos::Geometry> holes;
    for (std::size_t i = 1; i < poly.rings.size(); ++i)
        if (GEOSGeometry* h = make_ring(ctx, poly.rings[i], projection))
            holes.emplace_back(h, geos::GeometryDeleter{ctx.get()});
    std::vector<GEOSGeometry*> raw;
    for (auto& h : holes) raw.push_back(h.get());
    GEOSGeometry* p = GEOSGeom_createPolygon_r(ctx.get(), shell.get(), raw.data(), static_cast<unsigned>(raw.size()));
    if (!p) throw std::runtime_error("GEOS could not make a polygon: " + ctx.last_error());
    shell.release();  // the polygon owns its rings now
    for (auto& h : holes) h.release();
    return p;
}

LineString read_ring(const geos::Context& ctx, const GEOSGeometry* ring, const EqualAreaProjection* projection) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx.get(), ring);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx.get(), seq, &n)) throw std::runtime_error("GEOS ring without coordinates");
    std::vector<double> xy(std::size_t{n} * 2);
    if (n && !GEOSCoordSeq_copyToBuffer_r(ctx.get(), seq, xy.data(), 0, 0))
        throw std::runtime_error("GEOS could not copy coordinates: " + ctx.last_error());
    LineString out;
    if (projection) {
        std::vector<PlanarPoint> pts(n);
        for (unsigned i = 0; i < n; ++i) pts[i] = {xy[2 * i], xy[2 * i + 1]};
        out.points = projection->inverse(pts);
    } else {
        out.points.resize(n);
        for (unsigned i = 0; i < n; ++i) out.points[i] = {xy[2 * i], xy[2 * i + 1]};
    }
    return out;
}

void read_polygons(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection* projection,
                   MultiPolygon& out) {
    const int type = GEOSGeomTypeId_r(ctx.get(), g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(ctx.get(), g)) return;
        Polygon poly;
        poly.rings.push_back(read_ring(ctx, GEOSGetExteriorRing_r(ctx.get(), g), projection));
        const int holes = GEOSGetNumInteriorRings_r(ctx.get(), g);
        for (int i = 0; i < holes; ++i)
            poly.rings.push_back(read_ring(ctx, GEOSGetInteriorRingN_r(ctx.get(), g, i), projection));
        out.polygons.push_back(std::move(poly));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx.get(), g);
        for (int i = 0; i < n; ++i) read_polygons(ctx, GEOSGetGeometryN_r(ctx.get(), g, i), projection, out);
    }
}

void read_lines(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection* projection,
                std::vector<LineString>& out) {
    const int type = GEOSGeomTypeId_r(ctx.get(), g);
    if ((type == GEOS_LINESTRING || type == GEOS_LINEARRING) && !GEOSisEmpty_r(ctx.get(), g)) {
        out.push_back(read_ring(ctx, g, projection));
    } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx.get(), g);
        for (int i = 0; i < n; ++i) read_lines(ctx, GEOSGetGeometryN_r(ctx.get(), g, i), projection, out);
    }
}

}  // namespace

geos::Geometry to_geos(const geos::Context& ctx, const LineString& line, const EqualAreaProjection* projection) {
    if (line.points.size() < 2) return geos::own(ctx, GEOSGeom_createEmptyLineString_r(ctx.get()), "create empty line");
    std::vector<double> xy;
    xy.reserve(line.points.size() * 2);
    if (projection) {
        for (const auto& p : projection->forward(line.points)) xy.insert(xy.end(), {p.x, p.y});
    } else {
        for (const auto& p : line.points) xy.insert(xy.end(), {p.lon, p.lat});
    }
    GEOSCoordSequence* seq =
        GEOSCoordSeq_copyFromBuffer_r(ctx.get(), xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
    if (!seq) throw std::runtime_error("GEOS could not make a coordinate sequence: " + ctx.last_error());
    return geos::own(ctx, GEOSGeom_createLineString_r(ctx.get(), seq), "make line");  // owns seq, also on failure
}

std::vector<LineString> to_lines(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection* projection) {
    std::vector<LineString> out;
    if (g) read_lines(ctx, g, projection, out);
    return out;
}

geos::Geometry to_geos(const geos::Context& ctx, const MultiPolygon& mp, const EqualAreaProjection* projection) {
    std::vector<geos::Geometry> parts;
    for (const auto& poly : mp.polygons)
        if (GEOSGeometry* p = make_polygon(ctx, poly, projection)) parts.emplace_back(p, geos::GeometryDeleter{ctx.get()});
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) raw.push_back(p.get());
    GEOSGeometry* out =
        GEOSGeom_createCollection_r(ctx.get(), GEOS_MULTIPOLYGON, raw.data(), static_cast<unsigned>(raw.size()));
    if (out)
        for (auto& p : parts) p.release();
    return geos::own(ctx, out, "make multipolygon");
}

MultiPolygon to_multipolygon(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection* projection) {
    MultiPolygon out;
    if (g) read_polygons(ctx, g, projection, out);
    return out;
}

double symmetric_difference_km2(const MultiPolygon& a, const MultiPolygon& b, const EqualAreaProjection& projection) {
    const geos::Context ctx;
    auto ga = to_geos(ctx, a, &projection);
    auto gb = to_geos(ctx, b, &projection);
    auto diff = geos::own(ctx, GEOSSymDifference_r(ctx.get(), ga.get(), gb.get()), "symmetric difference");
    return geos::area(ctx, diff.get()) / 1e6;
}

double length_km(const LineString& line, const EqualAreaProjection& projection) {
    const auto pts = projection.forward(line.points);
    double metres = 0.0;
    for (std::size_t i = 1; i < pts.size(); ++i) metres += std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    return metres / 1000.0;
}

double area_km2(const MultiPolygon& mp, const EqualAreaProjection& projection) {
    const geos::Context ctx;
    auto g = to_geos(ctx, mp, &projection);
    return geos::area(ctx, g.get()) / 1e6;
}

}  // namespace frontmap::geo
