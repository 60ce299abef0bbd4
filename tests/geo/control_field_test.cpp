// Observations move the front: a village beyond the line reported captured bulges the held
// area to include it and a later liberation relaxes it back; a denial weakens a claim; old
// reports fade; reports without control are not read; recent fighting near the line is the
// contested zone and lowers the line's confidence there.
#include <catch2/catch.hpp>

#include <chrono>

#include "events/event.hpp"
#include "geo/area_measures.hpp"
#include "geo/control_field.hpp"
#include "geo/event_store.hpp"
#include "tests/support/temp_folder.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::sys_days;

namespace {

using test::day;

geo::EqualAreaProjection make_projection() { return geo::EqualAreaProjection(geo::LonLat{37.1, 48.05}); }

// About 14.9 km × 11.1 km at 48°N; its east edge at 37.2°E.
geo::MultiPolygon square() {
    return {{geo::Polygon{{geo::LineString{{{37.0, 48.0}, {37.2, 48.0}, {37.2, 48.1}, {37.0, 48.1}, {37.0, 48.0}}}}}}};
}

// 3 km east of the square (1° of longitude is about 74.4 km at 48.05°N).
constexpr geo::LonLat village{37.2 + 3.0 / 74.4, 48.05};

geo::ControlObservation report(geo::ObservedControl control, const char* event, sys_days when, bool denied = false) {
    geo::ControlObservation o;
    o.where = village;
    o.date_start = o.date_end = o.day = when;
    o.control = control;
    o.confidence = 0.8;
    o.event = event;
    o.denied = denied;
    o.uncertainty_km = 1.0;
    return o;
}

bool ring_contains(const geo::LineString& ring, geo::LonLat p) {
    bool in = false;
    const auto& pts = ring.points;
    for (std::size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++)
        if ((pts[i].lat > p.lat) != (pts[j].lat > p.lat) &&
            p.lon < (pts[j].lon - pts[i].lon) * (p.lat - pts[i].lat) / (pts[j].lat - pts[i].lat) + pts[i].lon)
            in = !in;
    return in;
}

bool contains(const geo::MultiPolygon& mp, geo::LonLat p) {
    for (const auto& poly : mp.polygons) {
        if (poly.rings.empty() || !ring_contains(poly.rings.front(), p)) continue;
        bool in_hole = false;
        for (std::size_t i = 1; i < poly.rings.size(); ++i) in_hole = in_hole || ring_contains(poly.rings[i], p);
        if (!in_hole) return true;
    }
    return false;
}

const std::optional<geo::ControlBaseline> baseline_nov1{geo::ControlBaseline{square(), day(2025, 11, 1)}};

geo::ObservedFront observe(std::vector<geo::ControlObservation> obs, sys_days date,
                           const std::optional<geo::ControlBaseline>& baseline = baseline_nov1) {
    return geo::observe_front(baseline, obs, date, geo::Side::ru, make_projection());
}

double growth_km2(const geo::ObservedFront& f, const geo::MultiPolygon& base) {
    const auto proj = make_projection();
    return geo::area_km2(f.held, proj) - geo::area_km2(base, proj);
}

}  // namespace

TEST_CASE("a village 3 km beyond the line reported captured joins the held area, then leaves it when liberated",
          "[geo][front][observations]") {
    const auto proj = make_projection();
    REQUIRE_FALSE(contains(square(), village));
    const auto capture = report(geo::ObservedControl::ru, "capture", day(2025, 11, 5));

    const auto bulged = observe({capture}, day(2025, 11, 6));
    CHECK(contains(bulged.held, village));
    CHECK(bulged.held.polygons.size() == 1);  // a bulge of the line, not an island
    // A village-sized disc (r = 1.5 km, about 7 km²) and its corridor to the line: a few km², not a region.
    CHECK(growth_km2(bulged, square()) > 5.0);
    CHECK(growth_km2(bulged, square()) < 25.0);
    CHECK(bulged.observations_used == 1);
    CHECK(bulged.mean_observation_age_days == Approx(1.0));

    const auto liberation = report(geo::ObservedControl::ua, "liberation", day(2025, 11, 12));
    const auto relaxed = observe({capture, liberation}, day(2025, 11, 13));
    CHECK_FALSE(contains(relaxed.held, village));
    CHECK(geo::symmetric_difference_km2(relaxed.held, square(), proj) < 0.01);
    CHECK(relaxed.observations_used == 2);
    CHECK(relaxed.mean_observation_age_days == Approx((8.0 + 1.0) / 2));

    // Before the liberation is reported the capture still holds.
    CHECK(contains(observe({capture, liberation}, day(2025, 11, 11)).held, village));
}

TEST_CASE("a denied capture weighs less and moves the line less than the same capture undenied",
          "[geo][front][observations]") {
    const auto when = day(2025, 11, 5);
    const auto claimed = report(geo::ObservedControl::ru, "capture", when);
    const auto denied = report(geo::ObservedControl::ru, "capture", when, true);
    const geo::FieldOptions options;
    CHECK(geo::observation_weight(denied, geo::Side::ru, when, options) ==
          Approx(options.denied_factor * geo::observation_weight(claimed, geo::Side::ru, when, options)));
    CHECK(growth_km2(observe({denied}, day(2025, 11, 6)), square()) <
          growth_km2(observe({claimed}, day(2025, 11, 6)), square()) - 1.0);
    // 0.8 × 0.3 = 0.24 falls short of the threshold: the line stays where it was.
    CHECK_FALSE(contains(observe({denied}, day(2025, 11, 6)).held, village));
}

TEST_CASE("old reports fade: a capture 90 days old counts less than a fresh one", "[geo][front][observations]") {
    const std::optional<geo::ControlBaseline> summer{geo::ControlBaseline{square(), day(2025, 8, 1)}};
    const auto old_capture = report(geo::ObservedControl::ru, "capture", day(2025, 8, 5));
    const auto fresh_capture = report(geo::ObservedControl::ru, "capture", day(2025, 11, 2));
    const geo::FieldOptions options;
    const double old_w = geo::observation_weight(old_capture, geo::Side::ru, day(2025, 11, 3), options);
    const double fresh_w = geo::observation_weight(fresh_capture, geo::Side::ru, day(2025, 11, 3), options);
    CHECK(fresh_w > 0.5);
    CHECK(old_w < fresh_w / 50);
    CHECK(growth_km2(observe({old_capture}, day(2025, 11, 3), summer), square()) <
          growth_km2(observe({fresh_capture}, day(2025, 11, 3), summer), square()) - 1.0);
    // A longer half-life keeps it: 90 days at a 90-day half-life is half the weight (0.8 / 2).
    geo::FieldOptions slow;
    slow.half_life_days = 90.0;
    CHECK(geo::observation_weight(old_capture, geo::Side::ru, day(2025, 11, 3), slow) == Approx(0.4));
}

TEST_CASE("a capture that is not confirmed again shrinks away over days instead of vanishing in one frame",
          "[geo][front][observations]") {
    // 0.8 × 2^(−age/14): full size until the weight falls to 0.5 (9.5 days), none below 0.25 (23.5 days).
    const auto capture = report(geo::ObservedControl::ru, "capture", day(2025, 11, 5));
    std::vector<double> growth;
    for (int age = 1; age <= 26; ++age)
        growth.push_back(growth_km2(observe({capture}, day(2025, 11, 5) + std::chrono::days{age}), square()));
    const double full = growth.front();
    CHECK(full > 5.0);
    CHECK(growth[8] == Approx(full).epsilon(0.01));  // 9 days: still at full size
    CHECK(growth[15] > 0.5);                         // 16 days: smaller, but there
    CHECK(growth[15] < full * 0.8);
    CHECK(growth[25] == Approx(0.0).margin(0.01));   // 26 days: gone
    for (std::size_t i = 1; i < growth.size(); ++i) {
        CHECK(growth[i] <= growth[i - 1] + 0.01);  // only ever shrinks
        CHECK(growth[i - 1] - growth[i] < full * 0.35);  // and never by more than a third of it in a day
    }
}

TEST_CASE("a capture reported for the other side inside the held area dents the line; the side's own places do nothing",
          "[geo][front][observations]") {
    auto inside = report(geo::ObservedControl::ua, "capture", day(2025, 11, 5));
    inside.where = {37.2 - 1.0 / 74.4, 48.05};  // 1 km inside the east edge
    const auto dented = observe({inside}, day(2025, 11, 6));
    CHECK_FALSE(contains(dented.held, inside.where));
    CHECK(growth_km2(dented, square()) < -3.0);
    auto own = inside;
    own.control = geo::ObservedControl::ru;
    CHECK(geo::symmetric_difference_km2(observe({own}, day(2025, 11, 6)).held, square(), make_projection()) < 0.01);
}

TEST_CASE("reports of contested places or dated before the baseline do not move the line", "[geo][front][observations]") {
    const auto proj = make_projection();
    const auto contested = report(geo::ObservedControl::contested, "clash", day(2025, 11, 5));
    CHECK(geo::observation_weight(contested, geo::Side::ru, day(2025, 11, 6), {}) == 0.0);
    CHECK(geo::symmetric_difference_km2(observe({contested}, day(2025, 11, 6)).held, square(), proj) < 0.01);
    const auto stale = report(geo::ObservedControl::ru, "capture", day(2025, 10, 30));
    const auto before_baseline = observe({stale}, day(2025, 11, 6));
    CHECK(before_baseline.observations_used == 0);
    CHECK(geo::symmetric_difference_km2(before_baseline.held, square(), proj) < 0.01);
    const auto future = report(geo::ObservedControl::ru, "capture", day(2025, 11, 20));
    CHECK_FALSE(contains(observe({future}, day(2025, 11, 6)).held, village));
}

TEST_CASE("recent fighting near the line is the contested zone and lowers the line's confidence there",
          "[geo][front][observations]") {
    const auto proj = make_projection();
    auto clash = report(geo::ObservedControl::contested, "clash", day(2025, 11, 5));
    clash.where = {37.2 + 1.5 / 74.4, 48.05};  // 1.5 km beyond the east edge
    const auto fresh = observe({clash}, day(2025, 11, 6));
    REQUIRE_FALSE(fresh.contested.empty());
    CHECK(geo::area_km2(fresh.contested, proj) > 5.0);
    CHECK(geo::area_km2(fresh.contested, proj) < 40.0);
    CHECK(observe({clash}, day(2025, 11, 20)).contested.empty());  // more than a week old

    const std::vector<geo::FrontLinePart> east_edge{{geo::LineString{{{37.2, 48.0}, {37.2, 48.1}}}, 1.0}};
    const auto parts = geo::adjust_confidence_in(east_edge, fresh.contested, [](double c) { return c * 0.5; }, proj);
    double low = 0, high = 0;
    for (const auto& p : parts) (p.confidence < 1.0 ? low : high) += geo::length_km(p.line, proj);
    CHECK(low > 3.0);   // the stretch next to the clash
    CHECK(high > 3.0);  // the rest of the edge keeps its confidence
    CHECK(low + high == Approx(geo::length_km(east_edge.front().line, proj)).epsilon(0.01));
}

TEST_CASE("without a baseline the held area is drawn around the side's own reported places", "[geo][front][observations]") {
    const auto proj = make_projection();
    auto ours = report(geo::ObservedControl::ru, "capture", day(2025, 11, 5));
    auto theirs = report(geo::ObservedControl::ua, "capture", day(2025, 11, 5));
    theirs.where = {37.5, 48.3};
    const auto front = observe({ours, theirs}, day(2025, 11, 6), std::nullopt);
    CHECK(contains(front.held, village));
    CHECK_FALSE(contains(front.held, theirs.where));
    CHECK(geo::area_km2(front.held, proj) == Approx(3.14159 * 1.5 * 1.5).epsilon(0.05));
    CHECK(front.observations_used == 2);
}

TEST_CASE("control observations are read from an event store: only places with control, in the window",
          "[geo][front][observations]") {
    test::TempFolder tmp;
    const std::string path = tmp / "events.gpkg";
    {
        auto store = geo::EventStore::open(path);
        gaz::PlaceInfo place;
        place.geonameid = 1;
        place.name = "Village";
        place.lat = village.lat;
        place.lon = village.lon;
        place.feature_class = 'P';
        place.feature_code = "PPL";
        auto event = [&](std::size_t offset, events::Control control, events::EventType type, sys_days when) {
            events::Event e;
            e.id = "doc#" + std::to_string(offset);
            e.mention.doc_id = "doc";
            e.mention.byte_begin = offset;
            e.mention.byte_end = offset + 7;
            e.mention.surface = "Village";
            e.mention.place = place;
            e.mention.score = 0.5;
            e.date = events::MentionDate{events::day_range(when), events::DateSource::explicit_date};
            e.label.type = type;
            e.label.control = control;
            e.label.actor = events::Side::ru;
            e.label.confidence = 0.8;
            e.label.denied = offset == 20;
            e.precision.uncertainty_km = 1.0;
            e.sentence = "Village.";
            return e;
        };
        geo::DocumentBatchItem item;
        item.document.id = "doc";
        item.document.path = "doc.txt";
        item.document.format = "text";
        item.document.content_hash = "h";
        item.events = {event(0, events::Control::none, events::EventType::shelling, day(2025, 11, 4)),
                       event(10, events::Control::ru, events::EventType::capture, day(2025, 11, 5)),
                       event(20, events::Control::ua, events::EventType::liberation, day(2025, 11, 9)),
                       event(30, events::Control::contested, events::EventType::clash, day(2025, 12, 1))};
        store.write_batch(std::vector<geo::DocumentBatchItem>{item});
    }
    const auto obs = geo::read_control_observations(path, std::nullopt, day(2025, 11, 30));
    REQUIRE(obs.size() == 2);
    CHECK(obs[0].event == "capture");
    CHECK(obs[0].control == geo::ObservedControl::ru);
    CHECK(obs[0].day == day(2025, 11, 5));
    CHECK(obs[0].confidence == Approx(0.4));  // event confidence 0.8 × place score 0.5
    CHECK(obs[0].where.lat == Approx(village.lat));
    CHECK_FALSE(obs[0].denied);
    CHECK(obs[1].control == geo::ObservedControl::ua);
    CHECK(obs[1].denied);
    CHECK(geo::read_control_observations(path, day(2025, 11, 6), day(2025, 11, 30)).size() == 1);
    CHECK_THROWS_WITH(geo::read_control_observations(tmp / "missing.gpkg", std::nullopt, day(2025, 11, 30)),
                      Catch::Contains("frontmap ingest"));
}

TEST_CASE("fighting at a village held alone makes all of its small line contested", "[geo][front][observations]") {
    // A held area smaller than the disc of fighting around it: all of its edge is in the zone.
    const auto proj = make_projection();
    auto ours = report(geo::ObservedControl::ru, "capture", day(2025, 11, 5));
    ours.uncertainty_km = 2.1;
    auto fight = report(geo::ObservedControl::contested, "encirclement", day(2025, 11, 5));
    const auto front = observe({ours, fight}, day(2025, 11, 5), std::nullopt);
    CHECK(contains(front.contested, village));
    CHECK(geo::area_km2(front.contested, proj) == Approx(3.14159 * 3 * 3).epsilon(0.05));
    const std::vector<geo::FrontLinePart> edge{{front.held.polygons.at(0).rings.at(0), 0.5}};
    const auto parts = geo::adjust_confidence_in(edge, front.contested, [](double c) { return c * 0.5; }, proj);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].confidence == Approx(0.25));
}
