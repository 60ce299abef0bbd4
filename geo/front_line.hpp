#pragma once
// The front line: the boundary of the held area where it faces the other side, i.e. without
// the stretches that run along an international border or a coast (within `margin_m`).
// The margin is 5 km by default because control maps and Natural Earth 1:10m draw borders and
// coasts differently: on DeepState's 2025-11-01 map the boundary left after cutting at 1 km is
// 2,634 km (slivers along the Russian border, the Azov coast and the Syvash), at 3 km 1,454 km,
// at 5 km 1,301 km, at 10 km 1,219 km; the front itself is about 1,200–1,300 km.
#include <memory>
#include <vector>

#include "geo/basemap.hpp"
#include "geo/geometry_types.hpp"
#include "geo/projection.hpp"

namespace frontmap::geo {

// One per thread: it keeps a GEOS context.
class FrontLineTracer {
public:
    // Prepares the borders and coasts of `basemap` that lie near `area` (WGS84) once.
    FrontLineTracer(const Basemap& basemap, const EqualAreaProjection& projection, const LonLatBox& area,
                    double margin_m = 5000.0);
    ~FrontLineTracer();
    FrontLineTracer(const FrontLineTracer&) = delete;
    FrontLineTracer& operator=(const FrontLineTracer&) = delete;

    // The held area's boundary minus borders and coasts, merged into as few lines as possible.
    std::vector<LineString> trace(const MultiPolygon& held) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace frontmap::geo
