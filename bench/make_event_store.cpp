// make_event_store: writes N synthetic events with the full event-store schema
// (geo/event_schema.hpp) to a GeoPackage, reproducibly from a seed. For the export benchmark
// (1M events) and for tests that need a store with known statistics rather than real articles.
//
//   make_event_store OUT.gpkg [--events N] [--seed S]
//
// Most events sit at real Donbas towns, 2% anywhere on Earth and 1% next to the antimeridian,
// so bounding-box filters (also across 180°) have something to find. Sentences include quotes,
// backslashes, tabs and Cyrillic so writers' escaping is exercised.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>

#include "geo/event_schema.hpp"

namespace {

namespace schema = frontmap::geo::schema;

struct Town {
    const char* name;
    double lat, lon;
    long long geonameid;
    const char* admin1;
};
constexpr std::array<Town, 10> towns{{
    {"Pokrovsk", 48.28198, 37.17585, 704422, "Donetsk"},
    {"Myrnohrad", 48.30306, 37.26384, 709611, "Donetsk"},
    {"Kostiantynivka", 48.52277, 37.70690, 704147, "Donetsk"},
    {"Kupiansk", 49.71055, 37.61517, 704403, "Kharkiv"},
    {"Siversk", 48.86768, 38.10000, 694216, "Donetsk"},
    {"Huliaipole", 47.66389, 36.25633, 707292, "Zaporizhzhia"},
    {"Kramatorsk", 48.72305, 37.55629, 704508, "Donetsk"},
    {"Sloviansk", 48.85200, 37.60470, 690202, "Donetsk"},
    {"Rodynske", 48.35000, 37.20000, 0, "Donetsk"},
    {"Лиман", 48.98980, 37.80222, 702569, "Donetsk"},
}};
constexpr std::array<const char*, 12> types{"capture", "advance", "encirclement", "withdrawal", "liberation", "clash",
                                            "shelling", "strike", "casualties", "civilian_harm", "claim", "none"};
constexpr std::array<const char*, 5> actors{"ru", "ua", "third", "unknown", "none"};
constexpr std::array<const char*, 5> precisions{"day", "week", "month", "season", "year"};

struct Closer {
    void operator()(void* ds) const { if (ds) GDALClose(ds); }
};

struct FieldSpec {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subtype = OFSTNone;
};
const FieldSpec event_fields[] = {
    {schema::event_id, OFTString}, {schema::origin, OFTString}, {schema::doc, OFTString},
    {schema::byte_start, OFTInteger64}, {schema::byte_end, OFTInteger64}, {schema::text, OFTString},
    {schema::name, OFTString}, {schema::lat, OFTReal}, {schema::lon, OFTReal},
    {schema::geonameid, OFTInteger64}, {schema::feature, OFTString}, {schema::country, OFTString},
    {schema::admin1, OFTString}, {schema::score, OFTReal}, {schema::role, OFTString},
    {schema::match, OFTString}, {schema::qualifier, OFTString}, {schema::relation, OFTString},
    {schema::runner_up, OFTString, OFSTJSON}, {schema::date, OFTDate}, {schema::date_start, OFTDate},
    {schema::date_end, OFTDate}, {schema::date_precision, OFTString}, {schema::date_source, OFTString},
    {schema::event, OFTString}, {schema::actor, OFTString}, {schema::control, OFTString},
    {schema::claimant, OFTString}, {schema::denied, OFTInteger, OFSTBoolean},
    {schema::event_confidence, OFTReal}, {schema::cues, OFTString, OFSTJSON},
    {schema::acled_event_type, OFTString}, {schema::acled_sub_event_type, OFTString},
    {schema::geo_precision, OFTInteger}, {schema::time_precision, OFTInteger},
    {schema::uncertainty_km, OFTReal}, {schema::sentence, OFTString}, {schema::actor_name, OFTString},
    {schema::place_key, OFTString},
};

void create_fields(OGRLayerH layer) {
    for (const auto& f : event_fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(f.name, f.type);
        OGR_Fld_SetSubType(defn, f.subtype);
        if (OGR_L_CreateField(layer, defn, TRUE) != OGRERR_NONE)
            throw std::runtime_error(std::string("cannot create field ") + f.name);
        OGR_Fld_Destroy(defn);
    }
}

struct Place {
    std::string name;
    double lat, lon;
    long long geonameid;
    std::string admin1, country;
};

Place pick_place(std::mt19937_64& rng) {
    std::uniform_real_distribution<double> unit(0, 1);
    const double where = unit(rng);
    if (where < 0.01) {  // either side of the antimeridian (Chukotka, Fiji, Aleutians)
        const double lon = unit(rng) < 0.5 ? 175 + 5 * unit(rng) : -180 + 10 * unit(rng);
        return {"Far East", 50 + 15 * unit(rng), lon, 0, "", "XX"};
    }
    if (where < 0.03) return {"Elsewhere", -80 + 160 * unit(rng), -179 + 358 * unit(rng), 0, "", "XX"};
    const Town& t = towns[rng() % towns.size()];
    // Jitter below 1 km keeps towns recognisable while making coordinates distinct.
    return {t.name, t.lat + (unit(rng) - 0.5) * 0.01, t.lon + (unit(rng) - 0.5) * 0.01, t.geonameid, t.admin1, "UA"};
}

void set_string(OGRFeatureH f, int i, const std::string& v) { OGR_F_SetFieldString(f, i, v.c_str()); }

void write_event(OGRLayerH layer, OGRFeatureH f, long long n, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> unit(0, 1);
    const Place p = pick_place(rng);
    const char* type = types[rng() % types.size()];
    const char* actor = actors[rng() % actors.size()];
    const char* precision = precisions[rng() % 10 < 7 ? 0 : 1 + rng() % 4];
    int i = 0;
    const std::string doc = "doc-" + std::to_string(n / 8);
    // Eight events per document at distinct offsets: event ids ("doc#offset") are unique.
    const long long start = (n % 8) * 1000 + static_cast<long long>(rng() % 900);
    set_string(f, i++, doc + "#" + std::to_string(start));
    set_string(f, i++, n % 50 == 49 ? "acled" : "text");
    set_string(f, i++, doc);
    OGR_F_SetFieldInteger64(f, i++, start);
    OGR_F_SetFieldInteger64(f, i++, start + static_cast<long long>(p.name.size()));
    set_string(f, i++, p.name);
    set_string(f, i++, p.name);
    OGR_F_SetFieldDouble(f, i++, p.lat);
    OGR_F_SetFieldDouble(f, i++, p.lon);
    if (p.geonameid > 0) OGR_F_SetFieldInteger64(f, i++, p.geonameid);
    else OGR_F_SetFieldNull(f, i++);
    set_string(f, i++, "P.PPL");
    set_string(f, i++, p.country);
    set_string(f, i++, p.admin1);
    OGR_F_SetFieldDouble(f, i++, static_cast<double>(rng() % 1000) / 1000.0);
    set_string(f, i++, rng() % 10 == 0 ? "actor" : "location");
    set_string(f, i++, "exact");
    OGR_F_SetFieldNull(f, i++);                          // qualifier
    if (rng() % 4 == 0) set_string(f, i++, "near");
    else OGR_F_SetFieldNull(f, i++);  // relation
    set_string(f, i++, R"({"name":"Pokrovske","lat":47.98126,"lon":36.23446,"geonameid":696720,"score":0.1})");
    if (rng() % 20 == 0) {  // undated
        for (int k = 0; k < 3; ++k) OGR_F_SetFieldNull(f, i++);
    } else {
        const int day0 = static_cast<int>(rng() % 730);  // 2024-01-01 + up to two years
        const int span = std::string(precision) == "day" ? 0 : static_cast<int>(1 + rng() % 60);
        auto set_day = [&](int offset) {
            struct tm t{};
            t.tm_year = 124;
            t.tm_mday = 1 + offset;
            t.tm_hour = 12;
            timegm(&t);  // normalises the day offset into a calendar date
            OGR_F_SetFieldDateTime(f, i++, t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, 0, 0, 0, 0);
        };
        set_day(day0 + span / 2);
        set_day(day0);
        set_day(day0 + span);
    }
    set_string(f, i++, precision);
    set_string(f, i++, "explicit");
    set_string(f, i++, type);
    set_string(f, i++, actor);
    set_string(f, i++, "contested");
    if (rng() % 3 == 0) set_string(f, i++, "ua");
    else OGR_F_SetFieldNull(f, i++);
    OGR_F_SetFieldInteger(f, i++, rng() % 10 == 0);
    OGR_F_SetFieldDouble(f, i++, unit(rng));
    set_string(f, i++, std::string(R"([")") + type + R"(","наступ"])");
    set_string(f, i++, "Battles");
    set_string(f, i++, "Armed clash");
    OGR_F_SetFieldInteger(f, i++, 1 + static_cast<int>(rng() % 3));
    OGR_F_SetFieldInteger(f, i++, 1 + static_cast<int>(rng() % 3));
    OGR_F_SetFieldDouble(f, i++, static_cast<double>(rng() % 50));
    set_string(f, i++, "Forces \"pressed\" toward " + p.name + " \\ наступ\tbeyond the line.");
    set_string(f, i++, n % 7 == 0 ? "Military Forces of Russia (2000-)" : "");
    set_string(f, i++, p.geonameid > 0 ? "gn:" + std::to_string(p.geonameid) : "ll:" + std::to_string(p.lat) + "," + std::to_string(p.lon) + ":" + p.name);
    OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(pt, 0, p.lon, p.lat);
    OGR_F_SetGeometryDirectly(f, pt);
    OGR_F_SetFID(f, OGRNullFID);
    if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE)
        throw std::runtime_error(std::string("cannot write an event: ") + CPLGetLastErrorMsg());
}

void write_documents(GDALDatasetH ds, long long count) {
    OGRLayerH layer = GDALDatasetCreateLayer(ds, schema::documents_layer, nullptr, wkbNone, nullptr);
    for (const char* name : {schema::doc, schema::title, schema::source}) {
        OGRFieldDefnH defn = OGR_Fld_Create(name, OFTString);
        OGR_L_CreateField(layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
    }
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (long long n = 0; n < count; ++n) {
        set_string(f, 0, "doc-" + std::to_string(n));
        set_string(f, 1, "Synthetic report " + std::to_string(n));
        set_string(f, 2, "bench");
        OGR_F_SetFID(f, OGRNullFID);
        if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE)
            throw std::runtime_error(std::string("cannot write a document: ") + CPLGetLastErrorMsg());
    }
    OGR_F_Destroy(f);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "--help") {
        std::fprintf(stderr, "usage: make_event_store OUT.gpkg [--events N] [--seed S]\n");
        return 2;
    }
    const std::string out = argv[1];
    long long count = 1000;
    unsigned long long seed = 20251121;
    for (int a = 2; a + 1 < argc; a += 2) {
        const std::string opt = argv[a];
        if (opt == "--events") count = std::stoll(argv[a + 1]);
        else if (opt == "--seed") seed = std::stoull(argv[a + 1]);
        else { std::fprintf(stderr, "make_event_store: unknown option %s\n", opt.c_str()); return 2; }
    }
    try {
        GDALAllRegister();
        std::filesystem::remove(out);
        std::unique_ptr<void, Closer> ds(GDALCreate(GDALGetDriverByName("GPKG"), out.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) throw std::runtime_error("cannot create " + out + ": " + CPLGetLastErrorMsg());
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 4326);
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), schema::events_layer, srs, wkbPoint, nullptr);
        OSRRelease(srs);
        if (!layer) throw std::runtime_error(std::string("cannot create the events layer: ") + CPLGetLastErrorMsg());
        create_fields(layer);
        std::mt19937_64 rng(seed);
        GDALDatasetStartTransaction(ds.get(), FALSE);
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (long long n = 0; n < count; ++n) write_event(layer, f, n, rng);
        OGR_F_Destroy(f);
        write_documents(ds.get(), (count + 7) / 8);
        if (GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
            throw std::runtime_error(std::string("cannot commit: ") + CPLGetLastErrorMsg());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_event_store: %s\n", e.what());
        std::filesystem::remove(out);
        return 1;
    }
    return 0;
}
