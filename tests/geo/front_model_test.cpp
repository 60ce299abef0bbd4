// The front model composes snapshots and reports into frames whose line says how sure it is:
// exact at a snapshot, less sure the longer ago the snapshot was, sure again where a fresh
// report placed it, and less sure where fighting is reported.
#include <catch2/catch.hpp>

#include <chrono>

#include "geo/area_measures.hpp"
#include "geo/basemap.hpp"
#include "geo/front_model.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::sys_days;

namespace {

using test::day;

// About 14.9 km × 11.1 km near Kostiantynivka, far from borders and coasts.
geo::MultiPolygon square() {
    return {{geo::Polygon{{geo::LineString{{{37.0, 48.0}, {37.2, 48.0}, {37.2, 48.1}, {37.0, 48.1}, {37.0, 48.0}}}}}}};
}

geo::ControlObservation capture_east_of_square(sys_days when) {
    geo::ControlObservation o;
    o.where = {37.2 + 3.0 / 74.4, 48.05};  // 3 km east of the square
    o.date_start = o.date_end = o.day = when;
    o.control = geo::ObservedControl::ru;
    o.confidence = 0.8;
    o.event = "capture";
    o.uncertainty_km = 1.0;
    return o;
}

// Length-weighted share of the line at or above `confidence`.
double share_at_least(const geo::FrontFrame& f, double confidence, const geo::EqualAreaProjection& proj) {
    double all = 0, sure = 0;
    for (const auto& part : f.front_lines) {
        const double km = geo::length_km(part.line, proj);
        all += km;
        if (part.confidence >= confidence - 1e-9) sure += km;
    }
    return all > 0 ? sure / all : 0;
}

struct Fixture {
    geo::FrontSources sources;
    geo::EqualAreaProjection projection{geo::LonLat{37.1, 48.05}};
    geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    geo::FrontLineTracer tracer{basemap, projection, geo::LonLatBox{36.5, 47.5, 37.7, 48.6}};

    Fixture() {
        sources.series.snapshots.push_back({day(2025, 11, 1), square(), {"square.geojson"}});
        sources.observations.push_back(capture_east_of_square(day(2025, 11, 5)));
        sources.store = "events.gpkg";
    }
};

}  // namespace

TEST_CASE("the front line is sure at a snapshot and less sure by the day after it", "[geo][front][model]") {
    Fixture fx;
    fx.sources.observations.clear();
    geo::FrontModel model(fx.sources, geo::Side::ru, fx.projection, fx.tracer);
    const auto at_snapshot = model.frame_on(day(2025, 11, 1));
    REQUIRE(at_snapshot);
    REQUIRE_FALSE(at_snapshot->front_lines.empty());
    CHECK(share_at_least(*at_snapshot, 1.0, fx.projection) == Approx(1.0));
    const auto a = model.statistics_of(*model.frame_on(day(2025, 11, 8)), nullptr);
    const auto b = model.statistics_of(*model.frame_on(day(2025, 11, 15)), nullptr);
    const auto c = model.statistics_of(*model.frame_on(day(2026, 3, 1)), nullptr);
    CHECK(a.front_confidence == Approx(std::exp2(-7.0 / 14)).epsilon(0.01));  // a week at a 14-day half-life
    CHECK(b.front_confidence == Approx(0.5).epsilon(0.01));
    CHECK(c.front_confidence == Approx(0.2).epsilon(0.01));  // never below the floor
    CHECK(a.held_km2 == Approx(geo::area_km2(square(), fx.projection)));  // nothing moved it
}

TEST_CASE("a fresh capture vouches for the stretch of line it placed; the rest keeps the snapshot's fading trust",
          "[geo][front][model]") {
    Fixture fx;
    geo::FrontModel model(fx.sources, geo::Side::ru, fx.projection, fx.tracer);
    const auto frame = model.frame_on(day(2025, 11, 15));
    REQUIRE(frame);
    double supported_km = 0, rest_km = 0;
    for (const auto& part : frame->front_lines) {
        const double km = geo::length_km(part.line, fx.projection);
        if (part.confidence >= 0.8 - 1e-9) supported_km += km;
        else {
            CHECK(part.confidence == Approx(0.5).epsilon(0.01));
            rest_km += km;
        }
    }
    CHECK(supported_km > 5.0);   // around the bulge: the disc's edge and the corridor's sides
    CHECK(supported_km < 25.0);
    CHECK(rest_km > 40.0);       // the rest of the square's 52 km edge
    CHECK(frame->evidence.observations_used == 1);
    CHECK(frame->evidence.mean_observation_age_days == Approx(10.0));
    CHECK(frame->evidence.baseline_before == day(2025, 11, 1));
    const auto stats = model.statistics_of(*frame, nullptr);
    CHECK(stats.observations_used == 1);
    CHECK(stats.held_km2 > geo::area_km2(square(), fx.projection) + 5.0);
    CHECK(stats.front_confidence > 0.5);
    CHECK(stats.front_confidence < 0.8);
}

TEST_CASE("frames between two snapshots are a blend whose line is least sure midway", "[geo][front][model]") {
    Fixture fx;
    fx.sources.observations.clear();
    auto wider = square();
    wider.polygons[0].rings[0].points = {{37.0, 48.0}, {37.3, 48.0}, {37.3, 48.1}, {37.0, 48.1}, {37.0, 48.0}};
    fx.sources.series.snapshots.push_back({day(2025, 11, 5), wider, {"wider.geojson"}});
    geo::FrontModel model(fx.sources, geo::Side::ru, fx.projection, fx.tracer);
    const auto mid = model.frame_on(day(2025, 11, 3));
    REQUIRE(mid);
    const double lo = geo::area_km2(square(), fx.projection), hi = geo::area_km2(wider, fx.projection);
    CHECK(geo::area_km2(mid->held, fx.projection) == Approx((lo + hi) / 2).epsilon(0.02));
    CHECK(model.statistics_of(*mid, nullptr).front_confidence == Approx(0.5));
    CHECK(mid->evidence.blend_fraction == Approx(0.5));
    // Snapshots outrank reports: a report dated before the last snapshot is not used.
    fx.sources.observations.push_back(capture_east_of_square(day(2025, 11, 4)));
    geo::FrontModel with_report(fx.sources, geo::Side::ru, fx.projection, fx.tracer);
    CHECK(with_report.frame_on(day(2025, 11, 10))->evidence.observations_used == 0);
}

TEST_CASE("between two daily frames the held area glides and the line follows it", "[geo][front][model]") {
    Fixture fx;
    fx.sources.observations.clear();
    auto wider = square();
    wider.polygons[0].rings[0].points = {{37.0, 48.0}, {37.3, 48.0}, {37.3, 48.1}, {37.0, 48.1}, {37.0, 48.0}};
    fx.sources.series.snapshots.push_back({day(2025, 11, 2), wider, {"wider.geojson"}});
    geo::FrontModel model(fx.sources, geo::Side::ru, fx.projection, fx.tracer);
    const auto a = *model.frame_on(day(2025, 11, 1));
    const auto b = *model.frame_on(day(2025, 11, 2));
    const geo::FrameInterpolation between(a, b, fx.projection, fx.tracer);
    const double lo = geo::area_km2(a.held, fx.projection), hi = geo::area_km2(b.held, fx.projection);
    double previous = lo;
    for (double f : {0.125, 0.25, 0.5, 0.75, 0.875}) {
        const auto frame = between.at(f);
        const double area = geo::area_km2(frame.held, fx.projection);
        CHECK(area == Approx(lo + f * (hi - lo)).epsilon(0.02));
        CHECK(area > previous);
        previous = area;
        REQUIRE_FALSE(frame.front_lines.empty());
        CHECK(geo::length_km(frame.front_lines.front().line, fx.projection) > 40.0);
    }
    CHECK(between.at(0.0).held == a.held);
    CHECK(between.at(1.0).held == b.held);
    const geo::FrameInterpolation same(a, a, fx.projection, fx.tracer);
    CHECK(same.at(0.4).held == a.held);
    CHECK(same.at(0.4).front_lines.size() == a.front_lines.size());
}
