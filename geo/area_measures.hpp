#pragma once
// Areas on the equal-area plane, for statistics and for judging the front model against
// snapshots. GEOS stays behind this header.
#include "geo/geometry_types.hpp"
#include "geo/projection.hpp"

namespace frontmap::geo {

double area_km2(const MultiPolygon& mp, const EqualAreaProjection& projection);

// Area of (a \ b) ∪ (b \ a) in km²; 0 for identical shapes.
double symmetric_difference_km2(const MultiPolygon& a, const MultiPolygon& b, const EqualAreaProjection& projection);

// Length in km of a WGS84 line on the equal-area plane (within about 1% of the true length
// over a few hundred km from the centre).
double length_km(const LineString& line, const EqualAreaProjection& projection);

}  // namespace frontmap::geo
