// Reading baseline control maps: dates from names, patterns or attributes; union per date;
// repair; reprojection; and bad files reported by name while the rest is used.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

#include "geo/area_measures.hpp"
#include "geo/baseline_series.hpp"
#include "tests/support/temp_folder.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::sys_days;

namespace {

using test::day;

std::string feature(const std::string& coordinates, const std::string& properties = "{}") {
    return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":{"type":"Polygon","coordinates":)" +
           coordinates + "}}";
}
std::string collection(const std::string& features, const std::string& crs = "") {
    return R"({"type":"FeatureCollection",)" + crs + R"("features":[)" + features + "]}";
}
const std::string square = "[[[37.0,48.0],[37.1,48.0],[37.1,48.1],[37.0,48.1],[37.0,48.0]]]";
const std::string east_square = "[[[37.1,48.0],[37.2,48.0],[37.2,48.1],[37.1,48.1],[37.1,48.0]]]";

bool mentions(const Diagnostics& diagnostics, const std::string& where_part, const std::string& message_part) {
    const auto items = diagnostics.items();
    return std::any_of(items.begin(), items.end(), [&](const Diagnostic& d) {
        return d.where.find(where_part) != std::string::npos && d.message.find(message_part) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("dates are read from file names in either ISO form or a given pattern", "[geo][baseline]") {
    CHECK(geo::date_from_file_name("deepstatemap_data_20251101.geojson") == day(2025, 11, 1));
    CHECK(geo::date_from_file_name("front-2025-11-05.gpkg") == day(2025, 11, 5));
    CHECK_FALSE(geo::date_from_file_name("front.geojson"));
    CHECK_FALSE(geo::date_from_file_name("export_123456789012.geojson"));  // an id, not a date
    CHECK_FALSE(geo::date_from_file_name("map_20251341.geojson"));         // no 13th month
    CHECK(geo::date_from_file_name("front_05.11.2025.geojson", "front_DD.MM.YYYY") == day(2025, 11, 5));
    CHECK_FALSE(geo::date_from_file_name("front_2025.geojson", "front_DD.MM.YYYY"));
    CHECK_THROWS_WITH(geo::date_from_file_name("x", "front_MM"), Catch::Contains("YYYY, MM and DD"));
}

TEST_CASE("a folder of dated files becomes a sorted series, and undated files are reported by name", "[geo][baseline]") {
    test::TempFolder dir;
    dir.write("held_20251102.geojson", collection(feature(square)));
    dir.write("held_20251101.geojson", collection(feature(square)));
    dir.write("notes.txt", "not a map");
    dir.write("held_latest.geojson", collection(feature(square)));
    Diagnostics diagnostics;
    const std::vector<std::string> paths{dir.path()};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 2);
    CHECK(series.snapshots[0].date == day(2025, 11, 1));
    CHECK(series.snapshots[1].date == day(2025, 11, 2));
    CHECK(series.snapshots[0].held.polygons.size() == 1);
    // A valid single source keeps its vertices exactly.
    CHECK(series.snapshots[0].held.polygons[0].rings[0].points[1] == geo::LonLat{37.1, 48.0});
    CHECK(mentions(diagnostics, "held_latest.geojson", "no date"));
    CHECK(diagnostics.skipped_count() == 1);
}

TEST_CASE("a self-intersecting (bow-tie) polygon is repaired and kept", "[geo][baseline]") {
    test::TempFolder dir;
    const std::string bow_tie = "[[[37.0,48.0],[37.1,48.1],[37.1,48.0],[37.0,48.1],[37.0,48.0]]]";
    const auto file = dir.write("bowtie_20251101.geojson", collection(feature(bow_tie)));
    Diagnostics diagnostics;
    const std::vector<std::string> paths{file};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 1);
    CHECK(series.snapshots[0].held.polygons.size() == 2);  // the two triangles
    const geo::EqualAreaProjection proj(geo::LonLat{37.05, 48.05});
    geo::MultiPolygon whole_square;
    whole_square.polygons.push_back(
        {{geo::LineString{{{37.0, 48.0}, {37.1, 48.0}, {37.1, 48.1}, {37.0, 48.1}, {37.0, 48.0}}}}});
    const double half_square = 0.5 * geo::area_km2(whole_square, proj);
    CHECK(geo::area_km2(series.snapshots[0].held, proj) == Approx(half_square).epsilon(0.01));
    CHECK(mentions(diagnostics, "bowtie_20251101.geojson", "repaired"));
}

TEST_CASE("features of one date are unioned and per-feature dates split a file", "[geo][baseline]") {
    test::TempFolder dir;
    const auto file = dir.write("front.geojson",
                                collection(feature(square, R"({"date":"2025-11-01"})") + "," +
                                           feature(east_square, R"({"date":"2025-11-01"})") + "," +
                                           feature(square, R"({"date":"2025-11-03"})") + "," +
                                           feature(square, R"({"date":null})")));
    Diagnostics diagnostics;
    const std::vector<std::string> paths{file};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 2);
    CHECK(series.snapshots[0].held.polygons.size() == 1);  // two touching squares, one polygon
    const auto box = geo::bounds(series.snapshots[0].held);
    CHECK(box.min_lon == Approx(37.0));
    CHECK(box.max_lon == Approx(37.2));
    CHECK(series.snapshots[1].date == day(2025, 11, 3));
    CHECK(mentions(diagnostics, "front.geojson", "1 feature(s) without a valid 'date'"));
}

TEST_CASE("a file in another CRS is reprojected to WGS84", "[geo][baseline]") {
    test::TempFolder dir;
    // Web Mercator metres of the square 37.0..37.1 E, 48.0..48.1 N.
    const std::string mercator =
        "[[[4118821.2,6106854.8],[4129953.2,6106854.8],[4129953.2,6123503.2],[4118821.2,6123503.2],[4118821.2,6106854.8]]]";
    const auto file = dir.write("merc_20251101.geojson",
                                collection(feature(mercator),
                                           R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},)"));
    Diagnostics diagnostics;
    const std::vector<std::string> paths{file};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 1);
    const auto box = geo::bounds(series.snapshots[0].held);
    CHECK(box.min_lon == Approx(37.0).margin(1e-4));
    CHECK(box.max_lat == Approx(48.1).margin(1e-4));
}

TEST_CASE("empty, unreadable and far-away baselines are skipped with a message while the rest is used", "[geo][baseline]") {
    test::TempFolder dir;
    dir.write("empty_20251101.geojson", collection(""));
    dir.write("broken_20251102.geojson", "{\"type\":\"FeatureCollection\",");
    dir.write("guinea_20251103.geojson", collection(feature("[[[0,0],[1,0],[1,1],[0,1],[0,0]]]")));
    dir.write("good_20251104.geojson", collection(feature(square)));
    geo::BaselineOptions options;
    options.area_of_interest = geo::LonLatBox{22.0, 44.0, 41.0, 53.0};
    Diagnostics diagnostics;
    const std::vector<std::string> paths{dir.path(), dir / "missing_20251105.geojson"};
    const auto series = geo::read_baselines(paths, options, diagnostics);
    REQUIRE(series.snapshots.size() == 1);
    CHECK(series.snapshots[0].date == day(2025, 11, 4));
    CHECK(mentions(diagnostics, "broken_20251102.geojson", "not a readable vector file"));
    CHECK(mentions(diagnostics, "guinea_20251103.geojson", "far outside the area of interest"));
    CHECK(mentions(diagnostics, "missing_20251105.geojson", "not found"));
    CHECK_FALSE(series.at(day(2025, 11, 1)));
}
