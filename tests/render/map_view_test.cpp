// Which part of the plane an image shows, and the refusals for boxes a flat map cannot show.
#include <catch2/catch.hpp>

#include "render/map_overlay.hpp"
#include "render/map_projection.hpp"

using namespace frontmap;

TEST_CASE("a fitted view shows the whole box, widened to the image's aspect", "[render][view]") {
    const auto projection = render::MapProjection::web_mercator();
    const geo::LonLatBox box{36.0, 47.0, 39.0, 49.0};
    const auto view = render::fit_view(projection, box, 800, 400);
    for (geo::LonLat corner : {geo::LonLat{36.0, 47.0}, geo::LonLat{39.0, 49.0}}) {
        const auto px = view.pixel_of(projection.forward(corner));
        CHECK(px.x >= -0.01);
        CHECK(px.x <= 800.01);
        CHECK(px.y >= -0.01);
        CHECK(px.y <= 400.01);
    }
    // One side touches the image's edges: the fit is tight.
    const auto sw = view.pixel_of(projection.forward({36.0, 47.0})), ne = view.pixel_of(projection.forward({39.0, 49.0}));
    CHECK(((std::abs(sw.x) < 0.01 && std::abs(ne.x - 800) < 0.01) || (std::abs(ne.y) < 0.01 && std::abs(sw.y - 400) < 0.01)));
}

TEST_CASE("a box across the antimeridian or with zero area is refused with a fix", "[render][view]") {
    const auto projection = render::MapProjection::web_mercator();
    CHECK_THROWS_WITH(render::fit_view(projection, {170, 50, -170, 60}, 100, 100), Catch::Contains("antimeridian"));
    CHECK_THROWS_WITH(render::fit_view(projection, {30, 50, 30, 60}, 100, 100), Catch::Contains("zero area"));
    CHECK_THROWS_WITH(render::fit_view(projection, {30, 50, 40, 50}, 100, 100), Catch::Contains("zero area"));
    CHECK_THROWS_AS(render::zoom_view(projection, {37, 48}, 30, 100, 100), render::ViewError);
}

TEST_CASE("zoom levels follow the web-map convention", "[render][view]") {
    const auto view = render::zoom_view(render::MapProjection::web_mercator(), {0, 0}, 0, 256, 256);
    CHECK(view.metres_per_pixel * 256 == Approx(2 * 3.14159265358979 * 6378137.0));
    const auto z8 = render::zoom_view(render::MapProjection::web_mercator(), {38, 48.6}, 8, 256, 256);
    CHECK(z8.metres_per_pixel == Approx(view.metres_per_pixel / 256));
}

TEST_CASE("the scale bar's ground distance follows Mercator's stretch with latitude", "[render][view]") {
    const auto projection = render::MapProjection::web_mercator();
    const auto equator = render::zoom_view(projection, {0, 0}, 6, 100, 100);
    const auto north = render::zoom_view(projection, {38, 60}, 6, 100, 100);
    CHECK(render::ground_metres_per_pixel(projection, north) ==
          Approx(render::ground_metres_per_pixel(projection, equator) * 0.5).epsilon(0.01));
    CHECK(render::scale_bar_metres(1000, 160) == 100000);
    CHECK(render::scale_bar_metres(1000, 120) == 100000);
    CHECK(render::scale_bar_metres(1000, 99) == 50000);
    CHECK(render::scale_bar_metres(3.3, 160) == 500);
}

TEST_CASE("the equal-area projection round-trips through PROJ", "[render][view]") {
    const auto projection = render::MapProjection::equal_area({37.5, 47.0});
    const auto centre = projection.forward({37.5, 47.0});
    CHECK(std::abs(centre.x) < 1e-6);
    CHECK(std::abs(centre.y) < 1e-6);
    const auto back = projection.inverse(projection.forward({38.0003, 48.5956}));
    CHECK(back.lon == Approx(38.0003).margin(1e-9));
    CHECK(back.lat == Approx(48.5956).margin(1e-9));
    CHECK(projection.crs_definition().find("+proj=laea") == 0);
}
