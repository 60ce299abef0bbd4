#pragma once
// Where the viewer looks: the map view (centre, metres per pixel, window size) and its motion —
// dragging pans, the wheel zooms smoothly around the cursor (the place under it stays under
// it), "fly to" glides to a place. Pure state, advanced by update(dt) once per frame.
#include <optional>

#include "geo/geometry_types.hpp"
#include "render/map_projection.hpp"

namespace frontmap::view {

class MapCamera {
public:
    // Zoom limits in metres per pixel: about a street (0.5) to more than the world (80 km).
    static constexpr double closest = 0.5, farthest = 80000.0;

    MapCamera(render::MapProjection projection, render::MapView view);

    const render::MapView& view() const { return view_; }
    const render::MapProjection& projection() const { return projection_; }

    // A window of zero size (minimised) keeps the last real size for the view.
    void resize(int width, int height);
    // Moves the map with the pointer: `dx`, `dy` pixels right and down.
    void pan(double dx, double dy);
    // `steps` wheel notches (positive zooms in) around the pixel `at`.
    void zoom_at(double steps, render::PlanarXY at);
    // Glides to `where` at `metres_per_pixel` (the current zoom when absent).
    void fly_to(geo::LonLat where, std::optional<double> metres_per_pixel = std::nullopt);
    // Shows all of `box` at once (glides there).
    void fit(const geo::LonLatBox& box);
    // Jumps to where the motion would end.
    void finish();
    // Advances the motion by `seconds`; true while it is still moving.
    bool update(double seconds);

    // Web-map zoom level of the current view (7 shows Donbas).
    double zoom_level() const;
    geo::LonLat lon_lat_at(render::PlanarXY pixel) const;
    render::PlanarXY pixel_of(geo::LonLat where) const;

private:
    struct Anchor {
        render::PlanarXY world, pixel;  // keep this world point under this pixel while zooming
    };
    double clamp_scale(double metres_per_pixel) const;

    render::MapProjection projection_;
    render::MapView view_;
    render::PlanarXY target_centre_;
    double target_scale_;
    std::optional<Anchor> anchor_;
};

}  // namespace frontmap::view
