#pragma once
// WGS84 <-> a Lambert azimuthal equal-area projection centred on the area of interest, so
// areas (km² of held territory, symmetric differences) and buffer distances are true in
// metres. PROJ stays behind this header.
#include <memory>
#include <span>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {

struct PlanarPoint {
    double x = 0.0;  // metres east of the centre
    double y = 0.0;  // metres north of the centre
};

class EqualAreaProjection {
public:
    explicit EqualAreaProjection(LonLat centre);
    ~EqualAreaProjection();
    EqualAreaProjection(EqualAreaProjection&&) noexcept;
    EqualAreaProjection& operator=(EqualAreaProjection&&) noexcept;

    LonLat centre() const { return centre_; }
    // Longitude/latitude order whatever the CRS axis order (proj_normalize_for_visualization).
    std::vector<PlanarPoint> forward(std::span<const LonLat> points) const;
    std::vector<LonLat> inverse(std::span<const PlanarPoint> points) const;

private:
    struct Impl;
    LonLat centre_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontmap::geo
