// The blend between baseline snapshots: exact at snapshot dates, continuous and monotone in
// between, growing out of the old edge and shrinking toward the new one.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>

#include "geo/area_measures.hpp"
#include "geo/front_blend.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::days;
using std::chrono::sys_days;

namespace {

geo::Polygon rect(double lon0, double lat0, double lon1, double lat1) {
    return {{geo::LineString{{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}}}}};
}
geo::MultiPolygon multi(std::initializer_list<geo::Polygon> polys) { return {std::vector<geo::Polygon>(polys)}; }

using test::day;

geo::EqualAreaProjection make_projection() { return geo::EqualAreaProjection(geo::LonLat{37.0, 48.0}); }

geo::BaselineSeries series(geo::MultiPolygon a, geo::MultiPolygon b) {
    geo::BaselineSeries s;
    s.snapshots.push_back({day(2025, 11, 1), std::move(a), {"a.geojson"}});
    s.snapshots.push_back({day(2025, 11, 11), std::move(b), {"b.geojson"}});
    return s;
}

}  // namespace

TEST_CASE("a frame at a snapshot date is the snapshot, vertex for vertex", "[geo][front]") {
    const auto proj = make_projection();
    const auto s = series(multi({rect(37.0, 48.0, 37.2, 48.1)}), multi({rect(37.0, 48.0, 37.3, 48.1)}));
    geo::FrontBlender blender(s, proj);
    geo::FrameEvidence evidence;
    const auto held = blender.held_at(day(2025, 11, 11), &evidence);
    REQUIRE(held);
    CHECK(*held == s.snapshots[1].held);
    CHECK(geo::symmetric_difference_km2(*held, s.snapshots[1].held, proj) == 0.0);
    CHECK(evidence.baseline_before == day(2025, 11, 11));
    CHECK(evidence.sources == std::vector<std::string>{"b.geojson"});
    CHECK(*blender.held_at(day(2025, 11, 1)) == s.snapshots[0].held);
}

TEST_CASE("halfway between snapshots the held area is halfway, and the common part is kept", "[geo][front]") {
    const auto proj = make_projection();
    const auto a = multi({rect(37.0, 48.0, 37.2, 48.1)});
    const auto b = multi({rect(37.0, 48.0, 37.4, 48.1)});
    const auto s = series(a, b);
    geo::FrontBlender blender(s, proj);
    geo::FrameEvidence evidence;
    const auto mid = blender.held_at(day(2025, 11, 6), &evidence);
    REQUIRE(mid);
    CHECK(evidence.blend_fraction == Approx(0.5));
    const double area_a = geo::area_km2(a, proj), area_b = geo::area_km2(b, proj);
    const double area_mid = geo::area_km2(*mid, proj);
    CHECK(area_mid > area_a);
    CHECK(area_mid < area_b);
    CHECK(area_mid == Approx((area_a + area_b) / 2).epsilon(0.02));
    // Everything A held is still held (A ⊂ B here): mid \ A has the area difference only.
    CHECK(geo::symmetric_difference_km2(*mid, a, proj) == Approx(area_mid - area_a).epsilon(0.01));
}

TEST_CASE("the held area moves monotonically and without jumps from one snapshot to the next", "[geo][front]") {
    const auto proj = make_projection();
    const auto a = multi({rect(37.0, 48.0, 37.2, 48.1)});
    const auto b = multi({rect(37.0, 48.0, 37.4, 48.15)});
    geo::MultiPolygon previous = a;
    double previous_area = geo::area_km2(a, proj);
    const double total_change = geo::area_km2(b, proj) - previous_area;
    for (int i = 1; i <= 10; ++i) {
        const auto frame = geo::blend_held(a, b, i / 10.0, proj);
        const double area = geo::area_km2(frame, proj);
        CHECK(area > previous_area);
        CHECK(area - previous_area < 0.15 * total_change);  // no pop: about a tenth per step
        // Nested: the earlier frame lies inside the later one.
        CHECK(geo::symmetric_difference_km2(frame, previous, proj) ==
              Approx(area - previous_area).epsilon(0.02).margin(0.05));
        previous = frame;
        previous_area = area;
    }
    CHECK(previous == b);
}

TEST_CASE("territory that is lost shrinks toward the new edge", "[geo][front]") {
    const auto proj = make_projection();
    const auto a = multi({rect(37.0, 48.0, 37.4, 48.1)});
    const auto b = multi({rect(37.0, 48.0, 37.2, 48.1)});
    const auto mid = geo::blend_held(a, b, 0.5, proj);
    // The far end (east of 37.3) is given up first; the part next to B is still held.
    const auto far_end = multi({rect(37.32, 48.0, 37.4, 48.1)});
    const auto near_b = multi({rect(37.2, 48.0, 37.28, 48.1)});
    const double far_area = geo::area_km2(far_end, proj);
    CHECK(geo::symmetric_difference_km2(mid, far_end, proj) ==
          Approx(geo::area_km2(mid, proj) + far_area).epsilon(0.01));  // disjoint
    CHECK(geo::symmetric_difference_km2(mid, near_b, proj) ==
          Approx(geo::area_km2(mid, proj) - geo::area_km2(near_b, proj)).epsilon(0.01));  // inside
}

TEST_CASE("a new enclave grows from inside itself instead of appearing at once", "[geo][front]") {
    const auto proj = make_projection();
    const auto a = multi({rect(37.0, 48.0, 37.2, 48.1)});
    const auto island = rect(38.0, 48.0, 38.1, 48.05);
    const auto b = multi({rect(37.0, 48.0, 37.2, 48.1), island});
    const double island_area = geo::area_km2(multi({island}), proj);
    const double area_a = geo::area_km2(a, proj);
    const double early = geo::area_km2(geo::blend_held(a, b, 0.1, proj), proj) - area_a;
    const double half = geo::area_km2(geo::blend_held(a, b, 0.5, proj), proj) - area_a;
    CHECK(early > 0.0);
    CHECK(early < 0.2 * island_area);
    CHECK(half == Approx(0.5 * island_area).epsilon(0.05));
}

TEST_CASE("outside the series the nearest snapshot stands and an empty series gives nothing", "[geo][front]") {
    const auto proj = make_projection();
    const auto s = series(multi({rect(37.0, 48.0, 37.2, 48.1)}), multi({rect(37.0, 48.0, 37.3, 48.1)}));
    geo::FrontBlender blender(s, proj);
    CHECK(*blender.held_at(day(2025, 10, 1)) == s.snapshots[0].held);
    CHECK(*blender.held_at(day(2026, 1, 1)) == s.snapshots[1].held);
    const auto frame = blender.frame_at(day(2025, 11, 3), geo::Side::ru);
    REQUIRE(frame);
    CHECK(frame->date == day(2025, 11, 3));
    CHECK(frame->evidence.baseline_after == day(2025, 11, 11));
    const geo::BaselineSeries none;
    geo::FrontBlender empty(none, proj);
    CHECK_FALSE(empty.held_at(day(2025, 11, 3)));
}
