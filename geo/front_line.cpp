#include "geo/front_line.hpp"

#include <algorithm>
#include <stdexcept>

#include "geo/geos_handles.hpp"
#include "geo/planar_geometry.hpp"

namespace frontmap::geo {

namespace {

void read_lines(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection& projection,
                std::vector<LineString>& out) {
    const int type = GEOSGeomTypeId_r(ctx.get(), g);
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx.get(), g);
        unsigned n = 0;
        if (!seq || !GEOSCoordSeq_getSize_r(ctx.get(), seq, &n) || n < 2) return;
        std::vector<double> xy(std::size_t{n} * 2);
        if (!GEOSCoordSeq_copyToBuffer_r(ctx.get(), seq, xy.data(), 0, 0))
            throw std::runtime_error("GEOS could not copy line coordinates: " + ctx.last_error());
        std::vector<PlanarPoint> pts(n);
        for (unsigned i = 0; i < n; ++i) pts[i] = {xy[2 * i], xy[2 * i + 1]};
        out.push_back({projection.inverse(pts)});
    } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx.get(), g); ++i)
            read_lines(ctx, GEOSGetGeometryN_r(ctx.get(), g, i), projection, out);
    }
}

geos::Geometry union_of(const geos::Context& ctx, std::vector<geos::Geometry> parts) {
    if (parts.empty()) return geos::empty_polygon(ctx);
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) raw.push_back(p.get());
    auto all = geos::own(ctx, GEOSGeom_createCollection_r(ctx.get(), GEOS_GEOMETRYCOLLECTION, raw.data(),
                                                          static_cast<unsigned>(raw.size())), "collect");
    for (auto& p : parts) p.release();
    return geos::own(ctx, GEOSUnaryUnion_r(ctx.get(), all.get()), "union");
}

}  // namespace

struct FrontLineTracer::State {
    const EqualAreaProjection& projection;
    geos::Context ctx;
    geos::Geometry borders{nullptr, geos::GeometryDeleter{}};  // buffered borders and coasts, planar
    explicit State(const EqualAreaProjection& p) : projection(p) {}
};

FrontLineTracer::FrontLineTracer(const Basemap& basemap, const EqualAreaProjection& projection, const LonLatBox& area,
                                 double margin_m)
    : state_(std::make_unique<State>(projection)) {
    const auto& ctx = state_->ctx;
    // Only borders near the area matter; 0.5° keeps stretches just outside it.
    const LonLatBox near = area.expanded(0.5);
    const auto corners = projection.forward(std::vector<LonLat>{{near.min_lon, near.min_lat}, {near.max_lon, near.min_lat},
                                                                {near.max_lon, near.max_lat}, {near.min_lon, near.max_lat},
                                                                {near.center().lon, near.min_lat}, {near.center().lon, near.max_lat}});
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& c : corners) {
        x0 = std::min(x0, c.x); y0 = std::min(y0, c.y); x1 = std::max(x1, c.x); y1 = std::max(y1, c.y);
    }
    std::vector<geos::Geometry> zones;
    for (const auto& country : basemap.countries) {
        if (!bounds(country.shape).intersects(near)) continue;
        auto shape = to_geos(ctx, country.shape, &projection);
        auto boundary = geos::own(ctx, GEOSBoundary_r(ctx.get(), shape.get()), "boundary");
        auto clipped = geos::own(ctx, GEOSClipByRect_r(ctx.get(), boundary.get(), x0, y0, x1, y1), "clip");
        if (geos::is_empty(ctx, clipped.get())) continue;
        zones.push_back(geos::own(ctx, GEOSBuffer_r(ctx.get(), clipped.get(), margin_m, 4), "buffer"));
    }
    state_->borders = union_of(ctx, std::move(zones));
}

FrontLineTracer::~FrontLineTracer() = default;

std::vector<LineString> FrontLineTracer::trace(const MultiPolygon& held) const {
    const auto& ctx = state_->ctx;
    auto shape = to_geos(ctx, held, &state_->projection);
    auto boundary = geos::own(ctx, GEOSBoundary_r(ctx.get(), shape.get()), "boundary");
    auto inland = geos::own(ctx, GEOSDifference_r(ctx.get(), boundary.get(), state_->borders.get()), "difference");
    auto merged = geos::own(ctx, GEOSLineMerge_r(ctx.get(), inland.get()), "line merge");
    std::vector<LineString> out;
    read_lines(ctx, merged.get(), state_->projection, out);
    return out;
}

}  // namespace frontmap::geo
