// The front line leaves out borders and coasts; the bundled Natural Earth basemap reads.
#include <catch2/catch.hpp>

#include <cmath>

#include "geo/basemap.hpp"
#include "geo/front_line.hpp"

using namespace frontmap;

namespace {

geo::MultiPolygon rect(double lon0, double lat0, double lon1, double lat1) {
    geo::MultiPolygon mp;
    mp.polygons.push_back({{geo::LineString{{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}}}}});
    return mp;
}

// Testland (36–39°E) borders Otherland (39–40°E); its south edge (47°N) is coast.
geo::Basemap two_countries() {
    geo::Basemap map;
    map.countries.push_back({"1", "Testland", rect(36, 47, 39, 49)});
    map.countries.push_back({"2", "Otherland", rect(39, 47, 40, 49)});
    return map;
}

bool any_point(const std::vector<geo::LineString>& lines, auto&& predicate) {
    for (const auto& l : lines)
        for (const auto& p : l.points)
            if (predicate(p)) return true;
    return false;
}

}  // namespace

TEST_CASE("the front line drops stretches along an international border and the coast", "[geo][front]") {
    const geo::EqualAreaProjection proj(geo::LonLat{38.0, 48.0});
    const auto map = two_countries();
    const geo::FrontLineTracer tracer(map, proj, geo::LonLatBox{36, 47, 40, 49});
    // Held: the south-east corner, against the border (east) and the coast (south).
    const auto lines = tracer.trace(rect(38.0, 47.0, 39.0, 48.0));
    REQUIRE_FALSE(lines.empty());
    // The west and north edges remain; nothing within ~1 km of 39°E or of 47°N.
    CHECK(any_point(lines, [](geo::LonLat p) { return std::abs(p.lon - 38.0) < 1e-6 && p.lat > 47.5; }));
    CHECK(any_point(lines, [](geo::LonLat p) { return std::abs(p.lat - 48.0) < 0.01 && p.lon > 38.9; }));
    CHECK_FALSE(any_point(lines, [](geo::LonLat p) { return p.lon > 39.0 - 0.012; }));
    CHECK_FALSE(any_point(lines, [](geo::LonLat p) { return p.lat < 47.0 + 0.008; }));
    CHECK(lines.size() == 1);  // west and north edges merge into one line
}

TEST_CASE("held area entirely inside the country is all front", "[geo][front]") {
    const geo::EqualAreaProjection proj(geo::LonLat{38.0, 48.0});
    const auto map = two_countries();
    const geo::FrontLineTracer tracer(map, proj, geo::LonLatBox{36, 47, 40, 49});
    const auto lines = tracer.trace(rect(37.0, 47.5, 38.0, 48.5));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].points.front() == lines[0].points.back());  // a closed ring
}

TEST_CASE("the bundled basemap has Ukraine and its neighbours", "[geo][basemap]") {
    const auto map = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    const auto* ukraine = map.find("804");
    REQUIRE(ukraine);
    CHECK(ukraine->name == "Ukraine");
    const auto box = geo::bounds(ukraine->shape);
    CHECK(box.min_lon < 24.0);
    CHECK(box.max_lon > 40.0);
    CHECK(map.find("Russia"));
    CHECK(map.find("Belarus"));
    CHECK_FALSE(map.land.empty());
    CHECK_THROWS_WITH(geo::read_basemap("/nonexistent/basemap.gpkg"), Catch::Contains("build_basemap_assets.sh"));
}
