// The viewer's camera: the place under the pointer stays under it while zooming, dragging
// moves the map with the pointer, fit shows the whole box, zoom stays within its limits.
#include <catch2/catch.hpp>

#include "view/map_camera.hpp"

using namespace frontmap;

namespace {

view::MapCamera donbas_camera() {
    const auto projection = render::MapProjection::web_mercator();
    return view::MapCamera(projection, render::fit_view(projection, geo::LonLatBox{36, 47, 39.5, 49.5}, 1200, 800));
}

}  // namespace

TEST_CASE("zooming with the wheel keeps the place under the pointer where it is", "[view][camera]") {
    auto camera = donbas_camera();
    const render::PlanarXY pointer{900, 200};
    const geo::LonLat under = camera.lon_lat_at(pointer);
    const double before = camera.view().metres_per_pixel;
    camera.zoom_at(4, pointer);  // two zoom levels in
    for (int frame = 0; frame < 5; ++frame) {
        camera.update(1.0 / 60);
        const auto px = camera.pixel_of(under);
        CHECK(px.x == Approx(pointer.x).margin(0.01));  // at every step of the glide, not only at its end
        CHECK(px.y == Approx(pointer.y).margin(0.01));
    }
    camera.finish();
    CHECK(camera.view().metres_per_pixel == Approx(before / 4));
    CHECK(camera.pixel_of(under).x == Approx(pointer.x).margin(0.01));
}

TEST_CASE("dragging moves the map with the pointer and fit shows the whole box", "[view][camera]") {
    auto camera = donbas_camera();
    const geo::LonLat kramatorsk{37.58, 48.72};
    const auto before = camera.pixel_of(kramatorsk);
    camera.pan(120, -40);
    const auto after = camera.pixel_of(kramatorsk);
    CHECK(after.x == Approx(before.x + 120).margin(0.01));
    CHECK(after.y == Approx(before.y - 40).margin(0.01));

    camera.fit(geo::LonLatBox{37.0, 48.1, 37.4, 48.4});  // around Pokrovsk
    CHECK(camera.update(1.0 / 60));  // still gliding
    camera.finish();
    for (const geo::LonLat corner : {geo::LonLat{37.0, 48.1}, geo::LonLat{37.4, 48.4}}) {
        const auto px = camera.pixel_of(corner);
        CHECK(px.x >= -0.5);
        CHECK(px.x <= 1200.5);
        CHECK(px.y >= -0.5);
        CHECK(px.y <= 800.5);
    }
    CHECK(camera.zoom_level() > 9.0);
    CHECK(camera.zoom_level() < 12.0);
}

TEST_CASE("zoom stops at a street and at the world, and a zero-sized window keeps the view", "[view][camera]") {
    auto camera = donbas_camera();
    camera.zoom_at(200, {600, 400});
    camera.finish();
    CHECK(camera.view().metres_per_pixel == Approx(view::MapCamera::closest));
    camera.zoom_at(-400, {600, 400});
    camera.finish();
    CHECK(camera.view().metres_per_pixel == Approx(view::MapCamera::farthest));
    camera.resize(0, 0);
    CHECK(camera.view().width == 1200);
    CHECK(camera.view().height == 800);
}
