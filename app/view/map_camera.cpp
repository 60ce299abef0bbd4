#include "view/map_camera.hpp"

#include <algorithm>
#include <cmath>

namespace frontmap::view {

namespace {

// Fraction of the way to the target covered per second: a zoom settles in about 0.2 s.
constexpr double glide_rate = 14.0;

}  // namespace

MapCamera::MapCamera(render::MapProjection projection, render::MapView view)
    : projection_(std::move(projection)), view_(view), target_centre_(view.centre), target_scale_(view.metres_per_pixel) {}

double MapCamera::clamp_scale(double metres_per_pixel) const { return std::clamp(metres_per_pixel, closest, farthest); }

void MapCamera::resize(int width, int height) {
    if (width <= 0 || height <= 0) return;
    view_.width = width;
    view_.height = height;
}

void MapCamera::pan(double dx, double dy) {
    view_.centre.x -= dx * view_.metres_per_pixel;
    view_.centre.y += dy * view_.metres_per_pixel;
    target_centre_ = view_.centre;
    target_scale_ = view_.metres_per_pixel;
    anchor_.reset();
}

void MapCamera::zoom_at(double steps, render::PlanarXY at) {
    const double from = anchor_ ? target_scale_ : view_.metres_per_pixel;
    target_scale_ = clamp_scale(from * std::pow(2.0, -steps / 2.0));  // two notches per zoom level
    const double mpp = view_.metres_per_pixel;
    anchor_ = Anchor{{view_.min_x() + at.x * mpp, view_.max_y() - at.y * mpp}, at};
}

void MapCamera::fly_to(geo::LonLat where, std::optional<double> metres_per_pixel) {
    target_centre_ = projection_.forward(where);
    target_scale_ = clamp_scale(metres_per_pixel.value_or(target_scale_));
    anchor_.reset();
}

void MapCamera::fit(const geo::LonLatBox& box) {
    const auto v = render::fit_view(projection_, box, view_.width, view_.height);
    target_centre_ = v.centre;
    target_scale_ = clamp_scale(v.metres_per_pixel);
    anchor_.reset();
}

void MapCamera::finish() { update(1e6); }

bool MapCamera::update(double seconds) {
    const double k = 1.0 - std::exp(-glide_rate * std::max(0.0, seconds));
    const double log_scale = std::log(view_.metres_per_pixel);
    view_.metres_per_pixel = std::exp(log_scale + (std::log(target_scale_) - log_scale) * k);
    if (anchor_) {
        // The anchor's world point stays under its pixel: the centre follows from the scale.
        view_.centre.x = anchor_->world.x - (anchor_->pixel.x - view_.width / 2.0) * view_.metres_per_pixel;
        view_.centre.y = anchor_->world.y + (anchor_->pixel.y - view_.height / 2.0) * view_.metres_per_pixel;
        target_centre_ = view_.centre;
    } else {
        view_.centre.x += (target_centre_.x - view_.centre.x) * k;
        view_.centre.y += (target_centre_.y - view_.centre.y) * k;
    }
    const bool moving = std::abs(std::log(view_.metres_per_pixel / target_scale_)) > 1e-4 ||
                        std::hypot(target_centre_.x - view_.centre.x, target_centre_.y - view_.centre.y) >
                            0.05 * view_.metres_per_pixel;
    if (!moving) {
        view_.metres_per_pixel = target_scale_;
        if (!anchor_) view_.centre = target_centre_;
        anchor_.reset();
    }
    return moving;
}

double MapCamera::zoom_level() const {
    return std::log2(40075016.686 / 256.0 / render::ground_metres_per_pixel(projection_, view_) *
                     std::cos(projection_.inverse(view_.centre).lat * M_PI / 180.0));
}

geo::LonLat MapCamera::lon_lat_at(render::PlanarXY pixel) const {
    return projection_.inverse({view_.min_x() + pixel.x * view_.metres_per_pixel, view_.max_y() - pixel.y * view_.metres_per_pixel});
}

render::PlanarXY MapCamera::pixel_of(geo::LonLat where) const { return view_.pixel_of(projection_.forward(where)); }

}  // namespace frontmap::view
