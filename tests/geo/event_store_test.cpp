#include "geo/event_store.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

#include "geo/event_schema.hpp"
#include "tests/support/temp_folder.hpp"

using namespace frontmap;
namespace s = frontmap::geo::schema;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

namespace {

std::chrono::sys_days ymd(int y, unsigned m, unsigned d) { return std::chrono::sys_days{year{y} / month{m} / day{d}}; }

gaz::PlaceInfo pokrovsk() {
    gaz::PlaceInfo p;
    p.geonameid = 704422;
    p.name = "Pokrovsk";
    p.lat = 48.28198;
    p.lon = 37.17585;
    p.feature_class = 'P';
    p.feature_code = "PPLA2";
    p.country = "UA";
    p.admin1 = "Donetsk";
    return p;
}

gaz::PlaceInfo unlisted_village() {
    gaz::PlaceInfo p;
    p.name = "Novyi Dvir";
    p.lat = 48.4;
    p.lon = 37.3;
    p.feature_code = "PPL";
    return p;
}

events::Event event_at(const std::string& doc, std::size_t offset, const gaz::PlaceInfo& place,
                       std::optional<std::chrono::sys_days> when) {
    events::Event e;
    e.id = doc + "#" + std::to_string(offset);
    e.mention.doc_id = doc;
    e.mention.byte_begin = offset;
    e.mention.byte_end = offset + place.name.size();
    e.mention.surface = place.name;
    e.mention.place = place;
    e.mention.score = 0.75;
    if (when) e.date = events::MentionDate{events::day_range(*when), events::DateSource::explicit_date};
    e.sentence = "Fighting continued in " + place.name + ".";
    return e;
}

geo::DocumentBatchItem document(const std::string& id, const std::string& hash, std::vector<events::Event> evs) {
    geo::DocumentBatchItem item;
    item.document.id = id;
    item.document.path = id + ".txt";
    item.document.format = "text";
    item.document.content_hash = hash;
    item.document.bytes = 100;
    item.events = std::move(evs);
    return item;
}

std::string value(const geo::StoredRow& row, const char* field) { return row[field].value_or("<null>"); }

}  // namespace

TEST_CASE("an event, its document and its place are written and read back field by field", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");

    events::Event e = event_at("doc-1", 135, pokrovsk(), ymd(2025, 11, 5));
    e.date->range = events::week_range(ymd(2025, 11, 5));
    e.date->range.best_day = events::BestDay::middle;
    e.date->source = events::DateSource::relative;
    e.mention.runner_up = gaz::Candidate{unlisted_village(), 0.125};
    e.mention.match = gaz::MatchKind::inflected;
    e.mention.qualifier = "direction";
    e.mention.relation = "north of";
    e.label.type = events::EventType::capture;
    e.label.actor = events::Side::ru;
    e.label.control = events::Control::ru;
    e.label.claimant = events::Side::ru;
    e.label.denied = true;
    e.label.confidence = 0.5;
    e.label.cues = {"captured", "\"liberated\""};
    e.precision = {2, 2, 21.5};
    e.acled_event_type = "Battles";
    e.acled_sub_event_type = "Non-state actor overtakes territory";
    e.actor_name = "Russian MoD";
    auto item = document("doc-1", "abc123", {e});
    item.document.source = "Kyiv Independent";
    item.document.title = "Pokrovsk";
    item.document.url = "https://example.org/p";
    item.document.date = events::day_range(ymd(2025, 11, 6));
    item.document.date_how = "input";

    const auto result = store.write_batch(std::span(&item, 1));
    CHECK(result.documents == 1);
    CHECK(result.events_written == 1);

    const auto rows = store.rows(s::events_layer);
    REQUIRE(rows.size() == 1);
    const auto& r = rows[0];
    CHECK(value(r, s::event_id) == "doc-1#135");
    CHECK(value(r, s::origin) == "text");
    CHECK(value(r, s::doc) == "doc-1");
    CHECK(value(r, s::byte_start) == "135");
    CHECK(value(r, s::byte_end) == "143");
    CHECK(value(r, s::text) == "Pokrovsk");
    CHECK(value(r, s::name) == "Pokrovsk");
    CHECK(std::stod(value(r, s::lat)) == Approx(48.28198));
    CHECK(std::stod(value(r, s::lon)) == Approx(37.17585));
    REQUIRE(r.lon);
    CHECK(*r.lon == Approx(37.17585));
    CHECK(*r.lat == Approx(48.28198));
    CHECK(value(r, s::geonameid) == "704422");
    CHECK(value(r, s::feature) == "P.PPLA2");
    CHECK(value(r, s::country) == "UA");
    CHECK(value(r, s::admin1) == "Donetsk");
    CHECK(std::stod(value(r, s::score)) == Approx(0.75));
    CHECK(value(r, s::role) == "location");
    CHECK(value(r, s::match) == "inflected");
    CHECK(value(r, s::qualifier) == "direction");
    CHECK(value(r, s::relation) == "north of");
    CHECK(value(r, s::runner_up) ==
          R"({"name":"Novyi Dvir","lat":48.4,"lon":37.3,"geonameid":null,"score":0.125})");
    CHECK(value(r, s::date_start) == "2025-11-03");
    CHECK(value(r, s::date_end) == "2025-11-09");
    CHECK(value(r, s::date) == "2025-11-06");
    CHECK(value(r, s::date_precision) == "week");
    CHECK(value(r, s::date_source) == "relative");
    CHECK(value(r, s::event) == "capture");
    CHECK(value(r, s::actor) == "ru");
    CHECK(value(r, s::control) == "ru");
    CHECK(value(r, s::claimant) == "ru");
    CHECK(value(r, s::denied) == "1");
    CHECK(std::stod(value(r, s::event_confidence)) == Approx(0.5));
    CHECK(value(r, s::cues) == R"(["captured","\"liberated\""])");
    CHECK(value(r, s::acled_event_type) == "Battles");
    CHECK(value(r, s::acled_sub_event_type) == "Non-state actor overtakes territory");
    CHECK(value(r, s::geo_precision) == "2");
    CHECK(value(r, s::time_precision) == "2");
    CHECK(std::stod(value(r, s::uncertainty_km)) == Approx(21.5));
    CHECK(value(r, s::sentence) == "Fighting continued in Pokrovsk.");
    CHECK(value(r, s::actor_name) == "Russian MoD");
    CHECK(value(r, s::place_key) == "gn:704422");

    const auto docs = store.rows(s::documents_layer);
    REQUIRE(docs.size() == 1);
    CHECK(value(docs[0], s::doc) == "doc-1");
    CHECK(value(docs[0], s::path) == "doc-1.txt");
    CHECK(value(docs[0], s::source) == "Kyiv Independent");
    CHECK(value(docs[0], s::title) == "Pokrovsk");
    CHECK(value(docs[0], s::url) == "https://example.org/p");
    CHECK(value(docs[0], s::format) == "text");
    CHECK(value(docs[0], s::document_date) == "2025-11-06");
    CHECK(value(docs[0], s::document_date_precision) == "day");
    CHECK(value(docs[0], s::document_date_how) == "input");
    CHECK(value(docs[0], s::content_hash) == "abc123");
    CHECK(value(docs[0], s::bytes) == "100");
    CHECK(value(docs[0], s::ingested_at).size() == 20);  // 2026-01-02T03:04:05Z
    CHECK(!docs[0].lon);

    const auto places = store.rows(s::places_layer);
    REQUIRE(places.size() == 1);
    CHECK(value(places[0], s::place_key) == "gn:704422");
    CHECK(value(places[0], s::name) == "Pokrovsk");
    CHECK(value(places[0], s::mentions) == "1");
    CHECK(value(places[0], s::first_date) == "2025-11-06");
    CHECK(value(places[0], s::last_date) == "2025-11-06");
    CHECK(value(places[0], s::feature) == "P.PPLA2");
}

TEST_CASE("an undated event without a GeoNames id stores nulls, not zeros", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    auto item = document("doc-2", "h", {event_at("doc-2", 0, unlisted_village(), std::nullopt)});
    store.write_batch(std::span(&item, 1));
    const auto rows = store.rows(s::events_layer);
    REQUIRE(rows.size() == 1);
    CHECK(!rows[0][s::date]);
    CHECK(!rows[0][s::date_start]);
    CHECK(!rows[0][s::geonameid]);
    CHECK(!rows[0][s::claimant]);
    CHECK(!rows[0][s::runner_up]);
    CHECK(value(rows[0], s::denied) == "0");
    CHECK(value(rows[0], s::place_key) == "ll:48.40000,37.30000:Novyi Dvir");
    const auto docs = store.rows(s::documents_layer);
    REQUIRE(docs.size() == 1);
    CHECK(!docs[0][s::document_date]);
    CHECK(value(docs[0], s::document_date_how) == "none");
}

TEST_CASE("a document is new, then unchanged with the same hash, changed with another", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    CHECK(store.state_of("doc-1", "h1") == geo::DocumentState::new_document);
    auto item = document("doc-1", "h1", {event_at("doc-1", 10, pokrovsk(), ymd(2025, 8, 6))});
    store.write_batch(std::span(&item, 1));
    CHECK(store.state_of("doc-1", "h1") == geo::DocumentState::unchanged);
    CHECK(store.state_of("doc-1", "h2") == geo::DocumentState::changed);
    CHECK(store.state_of("doc-1'; DROP TABLE events; --", "h1") == geo::DocumentState::new_document);
}

TEST_CASE("writing the same document twice leaves one row and one set of events", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    auto item = document("doc-1", "h1", {event_at("doc-1", 10, pokrovsk(), ymd(2025, 8, 6)),
                                         event_at("doc-1", 50, unlisted_village(), ymd(2025, 8, 6))});
    store.write_batch(std::span(&item, 1));
    const auto again = store.write_batch(std::span(&item, 1));
    CHECK(again.events_removed == 2);
    CHECK(store.count(s::documents_layer) == 1);
    CHECK(store.count(s::events_layer) == 2);
    CHECK(store.count(s::places_layer) == 2);
    CHECK(value(store.rows(s::places_layer, "place_key = 'gn:704422'").at(0), s::mentions) == "1");
}

TEST_CASE("a changed document replaces its events and the places they touched", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    std::vector<geo::DocumentBatchItem> first{
        document("a", "h1", {event_at("a", 1, pokrovsk(), ymd(2025, 8, 6)), event_at("a", 9, unlisted_village(), ymd(2025, 8, 7))}),
        document("b", "h1", {event_at("b", 3, pokrovsk(), ymd(2025, 9, 1))})};
    store.write_batch(first);
    auto pokrovsk_row = [&] { return store.rows(s::places_layer, "place_key = 'gn:704422'").at(0); };
    CHECK(value(pokrovsk_row(), s::mentions) == "2");
    CHECK(value(pokrovsk_row(), s::first_date) == "2025-08-06");
    CHECK(value(pokrovsk_row(), s::last_date) == "2025-09-01");

    auto changed = document("a", "h2", {event_at("a", 20, pokrovsk(), ymd(2025, 10, 1))});
    const auto result = store.write_batch(std::span(&changed, 1));
    CHECK(result.events_removed == 2);
    CHECK(store.count(s::documents_layer) == 2);
    const auto a_events = store.rows(s::events_layer, "doc = 'a'");
    REQUIRE(a_events.size() == 1);
    CHECK(value(a_events[0], s::event_id) == "a#20");
    CHECK(value(store.rows(s::documents_layer, "doc = 'a'").at(0), s::content_hash) == "h2");
    CHECK(store.count(s::places_layer) == 1);  // the village is no longer mentioned anywhere
    CHECK(value(pokrovsk_row(), s::mentions) == "2");
    CHECK(value(pokrovsk_row(), s::first_date) == "2025-09-01");
    CHECK(value(pokrovsk_row(), s::last_date) == "2025-10-01");
}

TEST_CASE("an event id stored under another document moves to the document written now", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    auto e = event_at("old.csv", 0, pokrovsk(), ymd(2025, 8, 6));
    e.id = "acled:UKR1";
    auto old_export = document("acled:old.csv", "h1", {e});
    store.write_batch(std::span(&old_export, 1));
    auto new_export = document("acled:new.csv", "h2", {e});
    store.write_batch(std::span(&new_export, 1));
    const auto rows = store.rows(s::events_layer);
    REQUIRE(rows.size() == 1);
    CHECK(value(rows[0], s::doc) == "acled:new.csv");
}

TEST_CASE("a batch that fails is rolled back whole", "[geo][store]") {
    test::TempFolder tmp;
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    auto kept = document("kept", "h", {event_at("kept", 1, pokrovsk(), ymd(2025, 8, 6))});
    store.write_batch(std::span(&kept, 1));
    // Two events with one id break the unique index on event_id, in the second document.
    auto dup = event_at("bad", 5, unlisted_village(), ymd(2025, 8, 6));
    std::vector<geo::DocumentBatchItem> batch{document("fine", "h", {event_at("fine", 2, pokrovsk(), ymd(2025, 8, 9))}),
                                              document("bad", "h", {dup, dup})};
    CHECK_THROWS_AS(store.write_batch(batch), geo::StoreError);
    CHECK(store.count(s::documents_layer) == 1);
    CHECK(store.count(s::events_layer) == 1);
    CHECK(store.count(s::places_layer) == 1);
    CHECK(value(store.rows(s::places_layer).at(0), s::last_date) == "2025-08-06");
    // The store is still usable.
    auto next = document("next", "h", {event_at("next", 2, pokrovsk(), ymd(2025, 8, 9))});
    store.write_batch(std::span(&next, 1));
    CHECK(store.count(s::events_layer) == 2);
}

TEST_CASE("a store opened again keeps what was written", "[geo][store]") {
    test::TempFolder tmp;
    {
        auto store = geo::EventStore::open(tmp / "events.gpkg");
        auto item = document("doc-1", "h1", {event_at("doc-1", 10, pokrovsk(), ymd(2025, 8, 6))});
        store.write_batch(std::span(&item, 1));
    }
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    CHECK(store.count(s::events_layer) == 1);
    CHECK(store.state_of("doc-1", "h1") == geo::DocumentState::unchanged);
    CHECK(!std::filesystem::exists(tmp / ".events.tmp" + std::to_string(::getpid()) + ".gpkg"));
}

TEST_CASE("a text file named .gpkg is refused as not a GeoPackage and left as it was", "[geo][store]") {
    test::TempFolder tmp;
    const auto path = tmp.write("notes.gpkg", "these are my notes, not a database\n");
    try {
        geo::EventStore::open(path);
        FAIL("opened a text file as a store");
    } catch (const geo::StoreError& e) {
        const std::string message = e.what();
        CHECK(message.find("notes.gpkg is not a GeoPackage") != std::string::npos);
    }
    CHECK(std::filesystem::file_size(path) == 35);
    CHECK_THROWS_WITH(geo::EventStore::open(tmp.write("empty.gpkg", "")), Catch::Contains("is not a GeoPackage (the file is empty)"));
    CHECK_THROWS_WITH(geo::EventStore::open(tmp / "events.sqlite"), Catch::Contains("GeoPackage (a .gpkg file) or PG:"));
    CHECK_THROWS_WITH(geo::EventStore::open(tmp / "no/such/folder/events.gpkg"), Catch::Contains("does not exist"));
}

TEST_CASE("content hashes are SHA-256 in hex", "[geo][store]") {
    CHECK(geo::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(geo::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
