#include "geo/event_export.hpp"

#include <catch2/catch.hpp>
#include <gdal.h>
#include <ogr_api.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "geo/event_schema.hpp"
#include "geo/event_store.hpp"
#include "tests/support/temp_folder.hpp"

using namespace frontmap;
namespace s = frontmap::geo::schema;

namespace {

std::chrono::sys_days ymd(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

gaz::PlaceInfo place(const std::string& name, double lat, double lon, long long geonameid) {
    gaz::PlaceInfo p;
    p.name = name;
    p.lat = lat;
    p.lon = lon;
    p.geonameid = geonameid;
    p.feature_class = 'P';
    p.feature_code = "PPL";
    p.country = "UA";
    return p;
}

events::Event event_at(const std::string& doc, std::size_t offset, const gaz::PlaceInfo& where,
                       std::optional<events::DateRange> when, events::EventType type, events::Side actor, double score) {
    events::Event e;
    e.id = doc + "#" + std::to_string(offset);
    e.mention.doc_id = doc;
    e.mention.byte_begin = offset;
    e.mention.byte_end = offset + where.name.size();
    e.mention.surface = where.name;
    e.mention.place = where;
    e.mention.score = score;
    if (when) e.date = events::MentionDate{*when, events::DateSource::explicit_date};
    e.label.type = type;
    e.label.actor = actor;
    e.label.cues = {"captured", "\"took\""};
    e.sentence = "Russian forces \"captured\" " + where.name + ", officials said.";
    return e;
}

// Five events: a day in Pokrovsk, a week in Myrnohrad, an undated strike in Kupiansk, and two
// on either side of the antimeridian (Anadyr at 177.5°E, a point at 179.5°W).
std::string make_store(const test::TempFolder& tmp) {
    using events::EventType;
    using events::Side;
    const std::string path = tmp / "events.gpkg";
    auto store = geo::EventStore::open(path);
    geo::DocumentBatchItem item;
    item.document.id = "doc-1";
    item.document.path = "doc-1.txt";
    item.document.format = "text";
    item.document.content_hash = "abc";
    item.events = {
        event_at("doc-1", 10, place("Pokrovsk", 48.28198, 37.17585, 704422), events::day_range(ymd(2025, 11, 5)),
                 EventType::capture, Side::ru, 0.9),
        event_at("doc-1", 50, place("Myrnohrad", 48.30306, 37.26384, 709611), events::week_range(ymd(2025, 11, 12)),
                 EventType::advance, Side::ru, 0.6),
        event_at("doc-1", 90, place("Kupiansk", 49.71055, 37.61517, 704403), std::nullopt, EventType::strike, Side::ua, 0.4),
        event_at("doc-1", 130, place("Anadyr", 64.73424, 177.51030, 2127202), events::day_range(ymd(2025, 10, 1)),
                 EventType::clash, Side::ua, 0.8),
        event_at("doc-1", 170, place("Dateline", 65.0, -179.5, 0), events::day_range(ymd(2025, 10, 2)),
                 EventType::clash, Side::unknown, 0.2),
    };
    store.write_batch(std::span(&item, 1));
    return path;
}

struct ReadBack {
    std::map<std::string, std::string> fields;  // name → OGR text of the value ("" for null)
    double x = 0, y = 0;
};

// The first layer of `path` as GDAL reads it, by event_id.
std::map<std::string, ReadBack> read_back(const std::string& path) {
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    REQUIRE(ds != nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    std::map<std::string, ReadBack> out;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ReadBack r;
        for (int i = 0; i < OGR_F_GetFieldCount(f); ++i)
            r.fields[OGR_Fld_GetNameRef(OGR_F_GetFieldDefnRef(f, i))] =
                OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "";
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            r.x = OGR_G_GetX(g, 0);
            r.y = OGR_G_GetY(g, 0);
        }
        out[r.fields[s::event_id]] = r;
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return out;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

geo::ExportSummary run(const std::string& store, const std::string& out, geo::ExportFormat format,
                       geo::EventFilter filter = {}, bool overwrite = false) {
    Diagnostics diags;
    auto summary = geo::export_events({store, std::move(filter), format, out, overwrite}, diags);
    CHECK(diags.items().empty());
    return summary;
}

std::size_t count_exported(const std::string& store, const test::TempFolder& tmp, geo::EventFilter filter) {
    const std::string out = tmp / "filtered.geojson";
    return run(store, out, geo::ExportFormat::geojson, std::move(filter), true).events;
}

}  // namespace

TEST_CASE("every format reads back through GDAL with the store's dates, coordinates and cues", "[geo][export]") {
    test::TempFolder tmp;
    const std::string store = make_store(tmp);
    for (auto format : {geo::ExportFormat::geojson, geo::ExportFormat::geojsonseq, geo::ExportFormat::csv,
                        geo::ExportFormat::kml, geo::ExportFormat::gpkg, geo::ExportFormat::fgb}) {
        const std::string out = tmp / (std::string("out.") + geo::to_string(format));
        INFO(out);
        const auto summary = run(store, out, format);
        CHECK(summary.events == 5);
        CHECK(summary.store_events == 5);
        auto rows = read_back(out);
        REQUIRE(rows.size() == 5);
        const auto& pokrovsk = rows.at("doc-1#10");
        CHECK(pokrovsk.x == Approx(37.17585).margin(1e-7));
        CHECK(pokrovsk.y == Approx(48.28198).margin(1e-7));
        // FlatGeobuf and GDAL's readers of text formats differ in how they print a date;
        // the day must be the same.
        const std::string start = std::regex_replace(pokrovsk.fields.at(s::date_start), std::regex("/"), "-");
        CHECK(start.substr(0, 10) == "2025-11-05");
        const std::string week_end = std::regex_replace(rows.at("doc-1#50").fields.at(s::date_end), std::regex("/"), "-");
        CHECK(week_end.substr(0, 10) == "2025-11-16");
        CHECK(rows.at("doc-1#90").fields.at(s::date_start).empty());
        const std::string cues = pokrovsk.fields.at(s::cues);
        CHECK(cues.find("captured") != std::string::npos);
        CHECK(cues.find("took") != std::string::npos);
        CHECK(pokrovsk.fields.at(s::event) == "capture");
    }
}

TEST_CASE("GeoJSON is RFC 7946: a FeatureCollection, no crs, lon/lat with at most 7 decimals, JSON cues", "[geo][export]") {
    test::TempFolder tmp;
    const std::string store = make_store(tmp);
    const std::string out = tmp / "events.geojson";
    run(store, out, geo::ExportFormat::geojson);
    const std::string text = slurp(out);
    CHECK(text.rfind("{\"type\":\"FeatureCollection\",\"features\":[", 0) == 0);
    CHECK(text.find("\"crs\"") == std::string::npos);
    CHECK(text.find("\"coordinates\":[37.17585,48.28198]") != std::string::npos);
    CHECK(text.find("\"coordinates\":[-179.5,65]") != std::string::npos);
    CHECK_FALSE(std::regex_search(text, std::regex(R"("coordinates":\[[^\]]*\.\d{8})")));
    CHECK(text.find(R"("cues":["captured","\"took\""])") != std::string::npos);
    CHECK(text.find(R"("date_start":"2025-11-10","date_end":"2025-11-16")") != std::string::npos);
    CHECK(text.find(R"("timestamp":"2025-11-05T00:00:00Z")") != std::string::npos);
}

TEST_CASE("KML placemarks have a name, a description and a TimeStamp for a day or a TimeSpan for a week", "[geo][export]") {
    test::TempFolder tmp;
    const std::string store = make_store(tmp);
    const std::string out = tmp / "events.kml";
    run(store, out, geo::ExportFormat::kml);
    const std::string kml = slurp(out);
    CHECK(kml.find("<name>Pokrovsk — capture</name>") != std::string::npos);
    CHECK(std::regex_search(kml, std::regex(R"(<description>(<!\[CDATA\[)?Russian forces "captured" Pokrovsk)")));
    CHECK(std::regex_search(kml, std::regex(R"(<TimeStamp>\s*<when>2025-11-05</when>)")));
    CHECK(std::regex_search(kml, std::regex(R"(<TimeSpan>\s*<begin>2025-11-10</begin>\s*<end>2025-11-16</end>)")));
}

TEST_CASE("filters keep events by date overlap, box, type, actor, score and document", "[geo][export]") {
    test::TempFolder tmp;
    const std::string store = make_store(tmp);
    geo::EventFilter f;
    f.from = ymd(2025, 11, 13);  // inside Myrnohrad's week only
    CHECK(count_exported(store, tmp, f) == 1);
    f = {};
    f.to = ymd(2025, 10, 1);
    CHECK(count_exported(store, tmp, f) == 1);  // Anadyr; the undated event drops out
    f = {};
    f.bbox = geo::parse_bbox("37,48,38,50");
    CHECK(count_exported(store, tmp, f) == 3);
    f.bbox = geo::parse_bbox("170,60,-170,70");
    CHECK(count_exported(store, tmp, f) == 2);  // both sides of the antimeridian
    f.bbox = geo::parse_bbox("178,60,-170,70");
    CHECK(count_exported(store, tmp, f) == 1);
    f = {};
    f.types = geo::parse_event_types("capture,advance");
    CHECK(count_exported(store, tmp, f) == 2);
    f = {};
    f.actors = geo::parse_actors("ua");
    CHECK(count_exported(store, tmp, f) == 2);
    f = {};
    f.min_score = 0.6;
    CHECK(count_exported(store, tmp, f) == 3);
    f = {};
    f.docs = {"doc-2"};
    CHECK(count_exported(store, tmp, f) == 0);
    f = {};
    f.types = {"clash"};
    f.actors = {"ua"};
    f.from = ymd(2025, 9, 1);
    CHECK(count_exported(store, tmp, f) == 1);
}

TEST_CASE("an existing output is kept without overwrite and replaced with it", "[geo][export]") {
    test::TempFolder tmp;
    const std::string store = make_store(tmp);
    const std::string out = tmp.write("events.geojson", "precious");
    Diagnostics diags;
    CHECK_THROWS_WITH(geo::export_events({store, {}, geo::ExportFormat::geojson, out, false}, diags),
                      Catch::Contains("already exists; use --force"));
    CHECK(slurp(out) == "precious");
    run(store, out, geo::ExportFormat::geojson, {}, true);
    CHECK(read_back(out).size() == 5);
    for (const auto& entry : std::filesystem::directory_iterator(tmp.path()))
        CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("bad stores and outputs are refused with what to do, and leave nothing behind", "[geo][export]") {
    test::TempFolder tmp;
    const std::string store = make_store(tmp);
    Diagnostics diags;
    auto refuse = [&](const std::string& from, const std::string& to, geo::ExportFormat format, const std::string& message) {
        INFO(from << " -> " << to);
        CHECK_THROWS_WITH(geo::export_events({from, {}, format, to, false}, diags), Catch::Contains(message));
        CHECK_FALSE(std::filesystem::exists(to));
    };
    refuse(tmp / "missing.gpkg", tmp / "a.geojson", geo::ExportFormat::geojson, "no such event store");
    refuse(tmp.write("junk.gpkg", std::string(4096, 'x')), tmp / "b.gpkg", geo::ExportFormat::gpkg,
           "cannot open");
    refuse(store, tmp / "no/such/folder/c.fgb", geo::ExportFormat::fgb, "does not exist; create it first");
    CHECK_THROWS_WITH(geo::export_events({store, {}, geo::ExportFormat::kml, "-", false}, diags),
                      Catch::Contains("standard output"));

    // A GeoPackage with other layers only.
    const std::string other = tmp / "other.gpkg";
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), other.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(ds != nullptr);
    GDALDatasetCreateLayer(ds, "roads", nullptr, wkbLineString, nullptr);
    GDALClose(ds);
    refuse(other, tmp / "d.csv", geo::ExportFormat::csv, "has no 'events' layer (its layers: roads)");
}

TEST_CASE("filter syntax: ISO days, boxes across the antimeridian, known types only", "[geo][export]") {
    CHECK(geo::parse_filter_date("2024-02-29") == ymd(2024, 2, 29));
    CHECK_THROWS_WITH(geo::parse_filter_date("2025-02-29"), Catch::Contains("YYYY-MM-DD"));
    CHECK_THROWS(geo::parse_filter_date("5 Nov 2025"));
    const auto box = geo::parse_bbox(" 170, 50 ,-170,60");
    CHECK(box.west == 170);
    CHECK(box.east == -170);
    const auto passes = geo::spatial_passes(box);
    REQUIRE(passes.size() == 2);
    CHECK(passes[0].east == 180);
    CHECK(passes[1].west == -180);
    CHECK(geo::spatial_passes(geo::parse_bbox("36,47,38,49")).size() == 1);
    CHECK_THROWS_WITH(geo::parse_bbox("36,49,38,47"), Catch::Contains("south is above north"));
    CHECK_THROWS_WITH(geo::parse_bbox("36,47,38"), Catch::Contains("WEST,SOUTH,EAST,NORTH"));
    CHECK_THROWS_WITH(geo::parse_bbox("36,47,38,x"), Catch::Contains("WEST,SOUTH,EAST,NORTH"));
    CHECK_THROWS_WITH(geo::parse_event_types("capture,captured"), Catch::Contains("unknown event type"));
    CHECK(geo::parse_event_types("capture, advance") == std::vector<std::string>{"capture", "advance"});
    CHECK_THROWS(geo::parse_min_score("1.5"));
    CHECK(geo::parse_export_format("flatgeobuf") == geo::ExportFormat::fgb);
    CHECK_FALSE(geo::parse_export_format("shp"));

    geo::EventFilter f;
    f.types = {"capture"};
    f.docs = {"it's"};
    f.min_score = 0.5;
    CHECK(geo::attribute_filter_sql(f) == R"("event" IN ('capture') AND "doc" IN ('it''s') AND "score" >= 0.5)");
}
