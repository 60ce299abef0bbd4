// On the real DeepState snapshots in ../shared (skipped with exit code 77 without them):
// frames at snapshot dates reproduce the files as GDAL reads them, and a blended frame's
// area lies between its two snapshots' areas.
#include <catch2/catch.hpp>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "geo/area_measures.hpp"
#include "geo/basemap.hpp"
#include "geo/baseline_series.hpp"
#include "geo/front_blend.hpp"
#include "geo/front_line.hpp"

using namespace frontmap;

namespace {

std::string deepstate_folder() { return std::string(FRONTMAP_SOURCE_DIR) + "/../shared/data/deepstate"; }

void skip_without_shared_data() {
    if (!std::filesystem::is_directory(deepstate_folder())) {
        std::printf("skipped: %s not found\n", deepstate_folder().c_str());
        std::exit(77);  // ctest SKIP_RETURN_CODE; Catch2 2 has no SKIP
    }
}

geo::LineString ring_of(OGRGeometryH ring) {
    geo::LineString out;
    for (int i = 0; i < OGR_G_GetPointCount(ring); ++i) out.points.push_back({OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)});
    return out;
}

// The file's geometry read straight through OGR, independently of read_baselines.
geo::MultiPolygon read_raw(const std::string& path) {
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    REQUIRE(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGR_L_ResetReading(layer);
    geo::MultiPolygon out;
    for (OGRFeatureH f = OGR_L_GetNextFeature(layer); f; f = OGR_L_GetNextFeature(layer)) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        const bool multi = wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon;
        const int n = multi ? OGR_G_GetGeometryCount(g) : 1;
        for (int i = 0; i < n; ++i) {
            OGRGeometryH poly = multi ? OGR_G_GetGeometryRef(g, i) : g;
            geo::Polygon p;
            for (int r = 0; r < OGR_G_GetGeometryCount(poly); ++r) p.rings.push_back(ring_of(OGR_G_GetGeometryRef(poly, r)));
            out.polygons.push_back(std::move(p));
        }
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return out;
}

}  // namespace

TEST_CASE("frames at DeepState snapshot dates reproduce the snapshots within 1 km2", "[geo][front][shared]") {
    skip_without_shared_data();
    Diagnostics diagnostics;
    const std::vector<std::string> paths{deepstate_folder()};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 96);
    const geo::EqualAreaProjection proj(series.extent().center());
    geo::FrontBlender blender(series, proj);
    double worst = 0.0;
    for (const auto& snapshot : series.snapshots) {
        REQUIRE(snapshot.sources.size() == 1);
        const auto frame = blender.held_at(snapshot.date);
        REQUIRE(frame);
        worst = std::max(worst, geo::symmetric_difference_km2(*frame, read_raw(snapshot.sources.front()), proj));
    }
    INFO("worst symmetric difference " << worst << " km2");
    CHECK(worst < 1.0);
}

TEST_CASE("a blended DeepState frame lies between its snapshots", "[geo][front][shared]") {
    skip_without_shared_data();
    Diagnostics diagnostics;
    const std::vector<std::string> paths{deepstate_folder() + "/deepstatemap_data_20251121.geojson",
                                         deepstate_folder() + "/deepstatemap_data_20251123.geojson"};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 2);
    const geo::EqualAreaProjection proj(series.extent().center());
    geo::FrontBlender blender(series, proj);
    const auto mid = blender.held_at(series.snapshots[0].date + std::chrono::days{1});
    REQUIRE(mid);
    const auto& a = series.snapshots[0].held;
    const auto& b = series.snapshots[1].held;
    const double ab = geo::symmetric_difference_km2(a, b, proj);
    REQUIRE(ab > 1.0);
    // Halfway: about half the change from either side, and never outside the change.
    const double to_a = geo::symmetric_difference_km2(*mid, a, proj);
    const double to_b = geo::symmetric_difference_km2(*mid, b, proj);
    CHECK(to_a + to_b == Approx(ab).epsilon(0.01));
    CHECK(to_a == Approx(ab / 2).epsilon(0.1));
}

TEST_CASE("the DeepState front line leaves out the Russian border and the coasts", "[geo][front][shared]") {
    skip_without_shared_data();
    Diagnostics diagnostics;
    const std::vector<std::string> paths{deepstate_folder() + "/deepstatemap_data_20251101.geojson"};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    REQUIRE(series.snapshots.size() == 1);
    const geo::EqualAreaProjection proj(series.extent().center());
    const auto basemap = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    const geo::FrontLineTracer tracer(basemap, proj, series.extent());
    geo::FrontBlender blender(series, proj);
    const auto frame = blender.frame_at(series.snapshots[0].date, geo::Side::ru, &tracer);
    REQUIRE(frame);
    double front_km = 0.0, outline_km = 0.0;
    for (const auto& part : frame->front_lines) {
        front_km += geo::length_km(part.line, proj);
        CHECK(part.confidence == 1.0);  // a snapshot date
    }
    for (const auto& poly : frame->held.polygons)
        for (const auto& ring : poly.rings) outline_km += geo::length_km(ring, proj);
    INFO("front " << front_km << " km of an outline of " << outline_km << " km");
    // The contact line from Kharkiv oblast to the Dnipro and down the river: about 1,200–1,300 km.
    CHECK(front_km > 1000.0);
    CHECK(front_km < 1600.0);
    CHECK(outline_km > 2 * front_km);
}
