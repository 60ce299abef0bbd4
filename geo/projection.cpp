#include "geo/projection.hpp"

#include <proj.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace frontmap::geo {

namespace {
struct ContextDestroyer {
    void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct TransformDestroyer {
    void operator()(PJ* p) const { proj_destroy(p); }
};
}  // namespace

// Each projection has its own PROJ context, so projections may be used from different
// threads at once (one object per thread).
struct EqualAreaProjection::Impl {
    std::unique_ptr<PJ_CONTEXT, ContextDestroyer> context;
    std::unique_ptr<PJ, TransformDestroyer> transform;
};

EqualAreaProjection::EqualAreaProjection(LonLat centre) : centre_(centre), impl_(std::make_unique<Impl>()) {
    if (!std::isfinite(centre.lon) || !std::isfinite(centre.lat) || std::abs(centre.lat) > 90)
        throw std::invalid_argument("equal-area projection: centre is not a longitude/latitude");
    impl_->context.reset(proj_context_create());
    if (!impl_->context) throw std::runtime_error("PROJ could not create a context");
    proj_log_level(impl_->context.get(), PJ_LOG_NONE);
    // +datum=WGS84, not just +ellps: otherwise PROJ looks for a datum shift to EPSG:4326.
    const std::string laea = "+proj=laea +lat_0=" + std::to_string(centre.lat) +
                             " +lon_0=" + std::to_string(centre.lon) +
                             " +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs";
    PJ* raw = proj_create_crs_to_crs(impl_->context.get(), "EPSG:4326", laea.c_str(), nullptr);
    if (!raw)
        throw std::runtime_error(std::string("PROJ could not set up WGS84 -> LAEA: ") +
                                 proj_context_errno_string(impl_->context.get(),
                                                           proj_context_errno(impl_->context.get())));
    std::unique_ptr<PJ, TransformDestroyer> crs_to_crs(raw);
    impl_->transform.reset(proj_normalize_for_visualization(impl_->context.get(), crs_to_crs.get()));
    if (!impl_->transform) throw std::runtime_error("PROJ could not normalise the axis order of WGS84 -> LAEA");
}

EqualAreaProjection::~EqualAreaProjection() = default;
EqualAreaProjection::EqualAreaProjection(EqualAreaProjection&&) noexcept = default;
EqualAreaProjection& EqualAreaProjection::operator=(EqualAreaProjection&&) noexcept = default;

namespace {
// Both point structs are two doubles: transform them in place with strides.
template <class Point>
void transform_in_place(PJ* transform, PJ_DIRECTION direction, std::vector<Point>& pts, double* first_x,
                        double* first_y) {
    if (pts.empty()) return;
    const std::size_t n = proj_trans_generic(transform, direction, first_x, sizeof(Point), pts.size(), first_y,
                                             sizeof(Point), pts.size(), nullptr, 0, 0, nullptr, 0, 0);
    if (n != pts.size()) throw std::runtime_error("PROJ transformed only part of the points");
}
}  // namespace

std::vector<PlanarPoint> EqualAreaProjection::forward(std::span<const LonLat> points) const {
    std::vector<PlanarPoint> out(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) out[i] = {points[i].lon, points[i].lat};
    if (!out.empty()) transform_in_place(impl_->transform.get(), PJ_FWD, out, &out[0].x, &out[0].y);
    for (const auto& p : out)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            throw std::runtime_error("a point could not be projected to the equal-area plane (beyond the antipode?)");
    return out;
}

std::vector<LonLat> EqualAreaProjection::inverse(std::span<const PlanarPoint> points) const {
    std::vector<LonLat> out(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) out[i] = {points[i].x, points[i].y};
    if (!out.empty()) transform_in_place(impl_->transform.get(), PJ_INV, out, &out[0].lon, &out[0].lat);
    return out;
}

}  // namespace frontmap::geo
