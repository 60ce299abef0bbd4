#pragma once
// Conversions between the plain geometry values (geometry_types.hpp) and GEOS geometries,
// either in longitude/latitude (for repair and union of baselines) or projected to the
// equal-area plane (for areas, distances and blending). Internal to geo/.
#include "geo/geometry_types.hpp"
#include "geo/geos_handles.hpp"
#include "geo/projection.hpp"

namespace frontmap::geo {

// `projection` null: coordinates stay longitude/latitude.
geos::Geometry to_geos(const geos::Context& ctx, const MultiPolygon& mp, const EqualAreaProjection* projection);

// Polygonal parts of `g` (other parts are dropped), back to longitude/latitude when
// `projection` is given.
MultiPolygon to_multipolygon(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection* projection);

// A line as a GEOS LineString (projected when `projection` is given); fewer than two points
// give an empty line.
geos::Geometry to_geos(const geos::Context& ctx, const LineString& line, const EqualAreaProjection* projection);

// Linear parts of `g` (other parts are dropped), back to longitude/latitude when `projection`
// is given.
std::vector<LineString> to_lines(const geos::Context& ctx, const GEOSGeometry* g, const EqualAreaProjection* projection);

}  // namespace frontmap::geo
