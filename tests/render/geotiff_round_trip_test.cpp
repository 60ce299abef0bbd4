// Images written through GDAL: a GeoTIFF read back lands where it was drawn, and a write that
// cannot happen leaves nothing behind.
#include <catch2/catch.hpp>

#include <filesystem>

#include "geo/raster_output.hpp"
#include "render/headless_map_renderer.hpp"
#include "tests/render/render_scene.hpp"
#include "tests/support/temp_folder.hpp"

using namespace frontmap;
using namespace frontmap::test;

namespace {

// Renders the scene and writes it as `name` in `folder`; returns the view used.
render::MapView write_scene(const render::MapProjection& projection, const std::string& path) {
    render::HeadlessMapRenderer renderer(projection, render::fit_view(projection, scene_box, 500, 400));
    renderer.map().set_basemap(bundled_basemap());
    const auto events = scene_events();
    renderer.map().set_events(events);
    const auto front = scene_front(day(2025, 11, 1));
    renderer.map().set_front(&front);
    geo::write_image(path, renderer.render({day(2025, 11, 1), ""}), renderer.georeference(), false);
    return renderer.view();
}

// The pixel that holds `place` according to the file's own geotransform, read with GDAL.
std::array<int, 3> colour_at(const std::string& path, const render::MapProjection& projection, geo::LonLat place) {
    const auto where = geo::read_georeference(path);
    REQUIRE(where);
    const auto p = projection.forward(place);
    const int column = static_cast<int>((p.x - where->min_x) / where->pixel_size);
    const int row = static_cast<int>((where->max_y - p.y) / where->pixel_size);
    const auto image = geo::read_image(path);
    REQUIRE(column >= 0);
    REQUIRE(row >= 0);
    REQUIRE(column < image.width);
    REQUIRE(row < image.height);
    const auto* px = &image.pixels[(static_cast<std::size_t>(row) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(column)) * 4];
    return {px[0], px[1], px[2]};
}

bool close_to(std::array<int, 3> c, render::Rgba expected) {
    return std::abs(c[0] - int(expected.r * 255 + 0.5f)) <= 6 && std::abs(c[1] - int(expected.g * 255 + 0.5f)) <= 6 &&
           std::abs(c[2] - int(expected.b * 255 + 0.5f)) <= 6;
}

const render::Rgba capture_colour = render::event_kinds[static_cast<std::size_t>(render::event_kind_index("capture"))].colour;

}  // namespace

TEST_CASE("a Web Mercator GeoTIFF read back with GDAL puts Bakhmut on the pixel where it was drawn", "[render][geotiff]") {
    TempFolder folder;
    const auto projection = render::MapProjection::web_mercator();
    const std::string path = folder / "map.tif";
    write_scene(projection, path);
    const auto where = geo::read_georeference(path);
    REQUIRE(where);
    CHECK(where->crs == "EPSG:3857");
    CHECK(close_to(colour_at(path, projection, bakhmut), capture_colour));
    CHECK(close_to(colour_at(path, projection, black_sea), render::MapStyle{}.sea));
}

TEST_CASE("an equal-area GeoTIFF carries its Lambert projection and maps Bakhmut to its marker", "[render][geotiff]") {
    TempFolder folder;
    const auto projection = render::MapProjection::equal_area({37.5, 47.0});
    const std::string path = folder / "map.tif";
    write_scene(projection, path);
    const auto where = geo::read_georeference(path);
    REQUIRE(where);
    CHECK(where->crs.find("Lambert_Azimuthal_Equal_Area") != std::string::npos);
    CHECK(close_to(colour_at(path, projection, bakhmut), capture_colour));
}

TEST_CASE("a PNG written and read back keeps every pixel", "[render][png]") {
    TempFolder folder;
    geo::RgbaImage image{3, 2, {}};
    for (int i = 0; i < 24; ++i) image.pixels.push_back(static_cast<std::uint8_t>(i * 10));
    geo::write_image(folder / "tiny.png", image, std::nullopt, false);
    CHECK(geo::read_image(folder / "tiny.png").pixels == image.pixels);
    CHECK_FALSE(geo::read_georeference(folder / "tiny.png"));
}

TEST_CASE("writing into a folder that does not exist fails with the folder's name and leaves nothing", "[render][png]") {
    TempFolder folder;
    const geo::RgbaImage image{2, 2, std::vector<std::uint8_t>(16, 255)};
    CHECK_THROWS_WITH(geo::write_image(folder / "missing/map.png", image, std::nullopt, false),
                      Catch::Contains("does not exist"));
    CHECK_FALSE(std::filesystem::exists(folder / "missing"));
}

TEST_CASE("an existing image is kept unless overwriting is asked for, and no temporary file stays", "[render][png]") {
    TempFolder folder;
    const geo::RgbaImage white{2, 2, std::vector<std::uint8_t>(16, 255)}, black{2, 2, std::vector<std::uint8_t>(16, 0)};
    geo::write_image(folder / "map.png", white, std::nullopt, false);
    CHECK_THROWS_WITH(geo::write_image(folder / "map.png", black, std::nullopt, false), Catch::Contains("--force"));
    CHECK(geo::read_image(folder / "map.png").pixels == white.pixels);
    geo::write_image(folder / "map.png", black, std::nullopt, true);
    CHECK(geo::read_image(folder / "map.png").pixels[0] == 0);
    CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("only .png, .tif and .tiff are images", "[render][png]") {
    CHECK(geo::image_format_of("a/b.PNG") == geo::ImageFormat::png);
    CHECK(geo::image_format_of("b.tiff") == geo::ImageFormat::geotiff);
    CHECK_FALSE(geo::image_format_of("b.jpg"));
    CHECK_FALSE(geo::image_format_of("dir.png/b"));
}
