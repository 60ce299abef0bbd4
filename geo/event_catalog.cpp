#include "geo/event_catalog.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "events/date_range.hpp"
#include "geo/event_features.hpp"
#include "geo/event_schema.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/store_reading.hpp"

namespace frontmap::geo {

namespace {

namespace s = schema;

std::string string_of(OGRFeatureH f, const char* field) {
    const int i = OGR_F_GetFieldIndex(f, field);
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "";
}

double real_of(OGRFeatureH f, const char* field, double otherwise = 0.0) {
    const int i = OGR_F_GetFieldIndex(f, field);
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsDouble(f, i) : otherwise;
}

std::optional<std::chrono::sys_days> day_of(OGRFeatureH f, const char* field) {
    const auto iso = iso_day_of_field(f, OGR_F_GetFieldIndex(f, field));
    return iso ? events::parse_iso_date(*iso) : std::nullopt;
}

// JSON columns written by the store (cues, runner_up); a damaged one is left out, not fatal.
nlohmann::json json_of(OGRFeatureH f, const char* field) {
    const std::string text = string_of(f, field);
    if (text.empty()) return nullptr;
    return nlohmann::json::parse(text, nullptr, false);
}

// A JSON array in a store; a list field in a GeoJSON export, which GDAL reads natively.
std::vector<std::string> cues_of(OGRFeatureH f) {
    std::vector<std::string> out;
    const int i = OGR_F_GetFieldIndex(f, s::cues);
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i)) return out;
    if (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i)) == OFTStringList) {
        for (char** item = OGR_F_GetFieldAsStringList(f, i); item && *item; ++item) out.emplace_back(*item);
        return out;
    }
    if (const auto cues = json_of(f, s::cues); cues.is_array())
        for (const auto& c : cues)
            if (c.is_string()) out.push_back(c.get<std::string>());
    return out;
}

EventRecord record_of(OGRFeatureH f) {
    EventRecord r;
    r.id = string_of(f, s::event_id);
    r.origin = string_of(f, s::origin);
    r.doc = string_of(f, s::doc);
    r.text = string_of(f, s::text);
    r.name = string_of(f, s::name);
    r.feature = string_of(f, s::feature);
    r.country = string_of(f, s::country);
    r.admin1 = string_of(f, s::admin1);
    r.role = string_of(f, s::role);
    r.match = string_of(f, s::match);
    r.score = real_of(f, s::score);
    r.where = {real_of(f, s::lon), real_of(f, s::lat)};
    if (OGRGeometryH g = OGR_F_GetGeometryRef(f); g && OGR_G_GetGeometryType(g) == wkbPoint)
        r.where = {OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)};
    if (const auto alt = json_of(f, s::runner_up); alt.is_object()) {
        r.runner_up_name = alt.value("name", "");
        if (alt.contains("lat") && alt.contains("lon") && alt["lat"].is_number() && alt["lon"].is_number())
            r.runner_up_where = LonLat{alt["lon"].get<double>(), alt["lat"].get<double>()};
        r.runner_up_score = alt.value("score", 0.0);
    }
    r.day = day_of(f, s::date);
    r.first_day = day_of(f, s::date_start);
    r.last_day = day_of(f, s::date_end);
    r.date_precision = string_of(f, s::date_precision);
    r.date_source = string_of(f, s::date_source);
    r.event = string_of(f, s::event);
    r.actor = string_of(f, s::actor);
    r.control = string_of(f, s::control);
    r.claimant = string_of(f, s::claimant);
    const std::string denied = string_of(f, s::denied);
    r.denied = denied == "1" || denied == "true";
    r.event_confidence = real_of(f, s::event_confidence);
    r.cues = cues_of(f);
    r.uncertainty_km = real_of(f, s::uncertainty_km);
    r.sentence = string_of(f, s::sentence);
    r.actor_name = string_of(f, s::actor_name);
    r.byte_start = static_cast<std::size_t>(std::max(0.0, real_of(f, s::byte_start)));
    r.byte_end = static_cast<std::size_t>(std::max(0.0, real_of(f, s::byte_end)));
    return r;
}

void read_documents(GDALDatasetH ds, EventCatalog& out) {
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, s::documents_layer);
    if (!layer) return;
    OGR_L_ResetReading(layer);
    for (gdal::Feature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
        OGRFeatureH h = gdal::get(f);
        SourceDocument d;
        d.id = string_of(h, s::doc);
        d.title = string_of(h, s::title);
        d.path = string_of(h, s::path);
        d.url = string_of(h, s::url);
        d.source = string_of(h, s::source);
        d.date = day_of(h, s::document_date);
        out.documents.emplace(d.id, std::move(d));
    }
}

gdal::Dataset open_any(const std::string& path) {
    if (names_postgres_store(path)) return open_store_read_only(path);
    if (!std::filesystem::exists(path))
        throw std::runtime_error(path + " does not exist; open an event store (.gpkg), a PostGIS connection (PG:…) or "
                                        "a file written by 'frontmap export'");
    gdal::Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        throw std::runtime_error(path + " is not a vector file GDAL can read (" + gdal::last_error() +
                                 "); open an event store (.gpkg), GeoJSON, KML or CSV");
    return ds;
}

}  // namespace

bool is_mappable(const EventRecord& e) {
    return e.day && (e.role.empty() || e.role == "location") && e.feature.rfind("A.PCL", 0) != 0;
}

EventCatalog read_event_catalog(const std::string& path) {
    gdal::QuietErrors quiet;
    GDALAllRegister();
    CPLErrorReset();
    const auto ds = open_any(path);
    EventCatalog out;
    out.source = names_postgres_store(path) ? store_display_name(path) : path;
    OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), s::events_layer);
    if (!layer && GDALDatasetGetLayerCount(ds.get()) > 0) layer = GDALDatasetGetLayer(ds.get(), 0);
    if (!layer) throw std::runtime_error(out.source + " has no layers; is it an event store or an export?");
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    if (OGR_FD_GetFieldIndex(defn, s::event) < 0)
        throw std::runtime_error(out.source + ": layer '" + OGR_L_GetName(layer) + "' has no '" + s::event +
                                 "' field; open an event store filled by 'frontmap ingest' or a file written by "
                                 "'frontmap export' (an ACLED CSV is imported with 'frontmap ingest --acled')");
    OGR_L_ResetReading(layer);
    for (gdal::Feature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer)))
        out.events.push_back(record_of(gdal::get(f)));
    if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("reading " + out.source + " failed: " + gdal::last_error());
    read_documents(ds.get(), out);
    std::stable_sort(out.events.begin(), out.events.end(), [](const EventRecord& a, const EventRecord& b) {
        if (a.day.has_value() != b.day.has_value()) return a.day.has_value();
        return a.day < b.day;
    });
    return out;
}

}  // namespace frontmap::geo
