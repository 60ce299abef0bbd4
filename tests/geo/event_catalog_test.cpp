// The viewer's catalogue of events reads everything a reader needs to judge an event, from a
// store and from an exported file, and refuses files that hold no events with a clear message.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

#include "events/event.hpp"
#include "geo/event_catalog.hpp"
#include "geo/event_export.hpp"
#include "geo/event_store.hpp"
#include "tests/support/temp_folder.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::sys_days;

namespace {

using test::day;

void write_store(const std::string& path) {
    auto store = geo::EventStore::open(path);
    gaz::PlaceInfo place;
    place.geonameid = 704147;
    place.name = "Pokrovsk";
    place.lat = 48.282;
    place.lon = 37.176;
    place.feature_class = 'P';
    place.feature_code = "PPLA2";
    place.country = "UA";
    auto event = [&](std::size_t offset, events::EventType type, sys_days when, bool denied) {
        events::Event e;
        e.id = "doc#" + std::to_string(offset);
        e.mention.doc_id = "doc";
        e.mention.byte_begin = offset;
        e.mention.byte_end = offset + 8;
        e.mention.surface = "Pokrovsk";
        e.mention.place = place;
        e.mention.score = 0.9;
        gaz::Candidate alt;
        alt.place.name = "Pokrovsk";
        alt.place.lat = 47.98;
        alt.place.lon = 36.23;
        alt.score = 0.4;
        e.mention.runner_up = alt;
        e.date = events::MentionDate{events::day_range(when), events::DateSource::explicit_date};
        e.label.type = type;
        e.label.actor = events::Side::ru;
        e.label.control = events::Control::ru;
        e.label.claimant = events::Side::ru;
        e.label.denied = denied;
        e.label.confidence = 0.7;
        e.label.cues = {"captured", "said"};
        e.sentence = "Russia said its forces captured Pokrovsk.";
        return e;
    };
    geo::DocumentBatchItem item;
    item.document.id = "doc";
    item.document.path = "news/pokrovsk.txt";
    item.document.title = "Pokrovsk falls, Moscow says";
    item.document.format = "text";
    item.document.content_hash = "h";
    item.events = {event(40, events::EventType::capture, day(2025, 12, 1), true),
                   event(0, events::EventType::clash, day(2025, 11, 20), false)};
    store.write_batch(std::vector<geo::DocumentBatchItem>{item});
}

}  // namespace

TEST_CASE("the event catalogue reads every detail of a stored event and its document, by day",
          "[geo][catalog]") {
    test::TempFolder tmp;
    const std::string store = tmp / "events.gpkg";
    write_store(store);
    const auto catalog = geo::read_event_catalog(store);
    REQUIRE(catalog.events.size() == 2);
    CHECK(catalog.events[0].event == "clash");  // 20 November before 1 December
    const auto& e = catalog.events[1];
    CHECK(e.event == "capture");
    CHECK(e.day == day(2025, 12, 1));
    CHECK(e.name == "Pokrovsk");
    CHECK(e.where.lat == Approx(48.282));
    CHECK(e.score == Approx(0.9));
    CHECK(e.runner_up_name == "Pokrovsk");
    REQUIRE(e.runner_up_where);
    CHECK(e.runner_up_where->lon == Approx(36.23));
    CHECK(e.denied);
    CHECK(e.claimant == "ru");
    CHECK(e.cues == std::vector<std::string>{"captured", "said"});
    CHECK(e.sentence == "Russia said its forces captured Pokrovsk.");
    CHECK(e.byte_start == 40);
    REQUIRE(catalog.documents.count("doc"));
    CHECK(catalog.documents.at("doc").title == "Pokrovsk falls, Moscow says");
}

TEST_CASE("the event catalogue reads a GeoJSON export and refuses files without events", "[geo][catalog]") {
    test::TempFolder tmp;
    const std::string store = tmp / "events.gpkg";
    write_store(store);
    geo::ExportRequest request;
    request.store = store;
    request.output = tmp / "events.geojson";
    Diagnostics diags;
    geo::export_events(request, diags);
    const auto catalog = geo::read_event_catalog(tmp / "events.geojson");
    REQUIRE(catalog.events.size() == 2);
    CHECK(catalog.events[1].event == "capture");
    CHECK(catalog.events[1].where.lon == Approx(37.176));
    CHECK(catalog.events[1].cues.size() == 2);

    CHECK_THROWS_WITH(geo::read_event_catalog(tmp / "missing.gpkg"), Catch::Contains("does not exist"));
    std::ofstream(tmp / "junk.bin", std::ios::binary) << std::string("\x00\x01\x02garbage", 10);
    CHECK_THROWS_WITH(geo::read_event_catalog(tmp / "junk.bin"), Catch::Contains("not a vector file"));
    std::ofstream(tmp / "other.geojson") << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}]})";
    CHECK_THROWS_WITH(geo::read_event_catalog(tmp / "other.geojson"), Catch::Contains("has no 'event' field"));
}
