// The map as pixels: a small scene against its expected image, and checks that would catch a
// wrong projection, a wrong layer order or a frame that ignores its date.
#include <catch2/catch.hpp>

#include <cmath>

#include "render/headless_map_renderer.hpp"
#include "tests/render/image_compare.hpp"
#include "tests/render/render_scene.hpp"

using namespace frontmap;
using namespace frontmap::test;

namespace {

struct Pixel {
    int r, g, b, a;
};

Pixel pixel_at(const geo::RgbaImage& image, render::PlanarXY at) {
    const auto x = static_cast<std::size_t>(at.x), y = static_cast<std::size_t>(at.y);
    const auto* p = &image.pixels[(y * static_cast<std::size_t>(image.width) + x) * 4];
    return {p[0], p[1], p[2], p[3]};
}

int distance(Pixel p, render::Rgba c) {
    return std::max({std::abs(p.r - int(std::lround(c.r * 255))), std::abs(p.g - int(std::lround(c.g * 255))),
                     std::abs(p.b - int(std::lround(c.b * 255)))});
}

struct Scene {
    render::MapProjection projection;
    render::HeadlessMapRenderer renderer;
    geo::FrontFrame front;

    Scene(render::MapProjection p, int width, int height)
        : projection(p), renderer(p, render::fit_view(p, scene_box, width, height)), front(scene_front(day(2025, 11, 1))) {
        renderer.map().set_basemap(bundled_basemap());
        const auto events = scene_events();
        renderer.map().set_events(events);
    }
    geo::RgbaImage draw(std::chrono::sys_days date) {
        front.date = date;
        renderer.map().set_front(&front);
        return renderer.render({date, "Places: GeoNames · Borders: Natural Earth · Test scene"});
    }
    render::PlanarXY pixel_of(geo::LonLat p) const { return renderer.view().pixel_of(projection.forward(p)); }
};

}  // namespace

TEST_CASE("a small Donbas scene matches its expected image", "[render]") {
    Scene scene(render::MapProjection::web_mercator(), 480, 320);
    const auto result = compare_with_expected("donbas_scene", scene.draw(day(2025, 11, 1)));
    INFO(result.message);
    CHECK(result.matches);
}

TEST_CASE("the same scene in the equal-area projection matches its expected image", "[render]") {
    Scene scene(render::MapProjection::equal_area({37.5, 47.0}), 480, 320);
    const auto result = compare_with_expected("donbas_scene_equal_area", scene.draw(day(2025, 11, 1)));
    INFO(result.message);
    CHECK(result.matches);
}

TEST_CASE("the pixel at Bakhmut's projected position has the capture colour", "[render]") {
    const render::MapStyle style;
    for (const auto& projection : {render::MapProjection::web_mercator(), render::MapProjection::equal_area({37.5, 47.0})}) {
        Scene scene(projection, 640, 400);
        const auto image = scene.draw(day(2025, 11, 1));
        const Pixel p = pixel_at(image, scene.pixel_of(bakhmut));
        INFO("projection " << projection.crs_definition() << ": " << p.r << "," << p.g << "," << p.b);
        CHECK(distance(p, render::event_kinds[static_cast<std::size_t>(render::event_kind_index("capture"))].colour) <= 6);
    }
}

TEST_CASE("sea is sea colour, land inside the held area's hole is land colour", "[render]") {
    const render::MapStyle style;
    Scene scene(render::MapProjection::web_mercator(), 640, 400);
    const auto image = scene.draw(day(2025, 11, 1));
    CHECK(distance(pixel_at(image, scene.pixel_of(black_sea)), style.sea) <= 2);
    CHECK(distance(pixel_at(image, scene.pixel_of(hole_centre)), style.land) <= 2);
    // Held: the translucent fill over land, neither land nor the fill's own colour.
    const Pixel held = pixel_at(image, scene.pixel_of(held_inside));
    CHECK(distance(held, style.land) > 20);
    CHECK(distance(held, style.held) > 20);
}

TEST_CASE("events after the frame's date are not drawn and old ones fade out", "[render]") {
    const render::MapStyle style;
    Scene scene(render::MapProjection::web_mercator(), 640, 400);
    const auto before = scene.draw(day(2025, 11, 1));
    const auto after = scene.draw(day(2025, 11, 2));
    const geo::LonLat strike{35.0, 48.45};
    const auto strike_colour = render::event_kinds[static_cast<std::size_t>(render::event_kind_index("strike"))].colour;
    CHECK(distance(pixel_at(before, scene.pixel_of(strike)), style.land) <= 2);
    CHECK(distance(pixel_at(after, scene.pixel_of(strike)), strike_colour) <= 6);
    // The June shelling is months older than the fade window.
    CHECK(distance(pixel_at(before, scene.pixel_of({37.5, 47.1})), style.land) <= 2);
}

TEST_CASE("the front line is paler where its confidence is low", "[render]") {
    const render::MapStyle style;
    Scene scene(render::MapProjection::web_mercator(), 640, 400);
    const auto image = scene.draw(day(2025, 11, 1));
    const Pixel sure = pixel_at(image, scene.pixel_of({38.3, 49.2}));
    const Pixel unsure = pixel_at(image, scene.pixel_of({38.3, 47.5}));
    CHECK(distance(sure, style.front) <= 10);
    CHECK(distance(unsure, style.front_uncertain) <= 10);
}

TEST_CASE("the contested zone is hatched: stripes of its colour with the map between", "[render]") {
    Scene scene(render::MapProjection::web_mercator(), 640, 400);
    const auto image = scene.draw(day(2025, 11, 1));
    // A row through the zone's north, clear of the Bakhmut marker and the front line.
    const auto a = scene.pixel_of({37.6, 48.85}), b = scene.pixel_of({38.3, 48.85});
    const render::MapStyle style;
    int dark = 0, light = 0;
    for (int x = int(a.x) + 2; x < int(b.x) - 3; ++x)
        (distance(pixel_at(image, {double(x), a.y}), style.land) > 40 ? dark : light)++;
    CHECK(dark >= 4);
    CHECK(light >= 8);
}

TEST_CASE("the date stamp differs between two frames, the map away from it does not", "[render]") {
    Scene scene(render::MapProjection::web_mercator(), 640, 400);
    scene.front.front_lines.clear();
    const auto first = scene.draw(day(2025, 11, 3));
    const auto second = scene.draw(day(2025, 11, 4));
    int stamp_differs = 0;
    for (int y = 0; y < 50; ++y)
        for (int x = 0; x < 200; ++x) stamp_differs += distance(pixel_at(first, {double(x), double(y)}), {0, 0, 0, 1}) !=
                                                      distance(pixel_at(second, {double(x), double(y)}), {0, 0, 0, 1});
    CHECK(stamp_differs > 20);
    CHECK(distance(pixel_at(first, scene.pixel_of(black_sea)), {0, 0, 0, 1}) ==
          distance(pixel_at(second, scene.pixel_of(black_sea)), {0, 0, 0, 1}));
}

TEST_CASE("frames are byte-identical when drawn twice", "[render]") {
    Scene scene(render::MapProjection::web_mercator(), 320, 200);
    CHECK(scene.draw(day(2025, 11, 1)).pixels == scene.draw(day(2025, 11, 1)).pixels);
}

TEST_CASE("long rings fill by the same parity as short ones: an annulus of 1,000 and 300 vertices", "[render]") {
    const render::MapStyle style;
    Scene scene(render::MapProjection::web_mercator(), 640, 400);
    const auto circle = [](geo::LonLat c, double r, int n) {
        geo::LineString ring;
        for (int i = 0; i <= n; ++i) {
            const double a = 2 * 3.14159265358979 * (i % n) / n;
            // A wavy edge, so chunks of the ring are not convex.
            const double rr = r * (1 + 0.05 * std::sin(37 * a));
            ring.points.push_back({c.lon + rr * std::cos(a) * 1.5, c.lat + rr * std::sin(a)});
        }
        return ring;
    };
    const geo::LonLat centre{36.0, 49.0};
    scene.front.held.polygons = {{{circle(centre, 1.0, 1000), circle(centre, 0.4, 300)}}};
    scene.front.contested.polygons.clear();
    scene.front.front_lines.clear();
    const auto image = scene.draw(day(2025, 11, 1));
    const Pixel annulus = pixel_at(image, scene.pixel_of({centre.lon + 1.05, centre.lat}));
    CHECK(distance(annulus, style.land) > 20);
    CHECK(distance(pixel_at(image, scene.pixel_of(centre)), style.land) <= 2);
    const Pixel north = pixel_at(image, scene.pixel_of({centre.lon, centre.lat + 0.7}));
    CHECK(std::max({std::abs(north.r - annulus.r), std::abs(north.g - annulus.g), std::abs(north.b - annulus.b)}) <= 2);
    CHECK(distance(pixel_at(image, scene.pixel_of({centre.lon + 1.9, centre.lat + 0.9})), style.land) <= 2);
}
