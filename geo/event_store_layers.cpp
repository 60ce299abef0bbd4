#include "geo/event_store_layers.hpp"

#include <cpl_string.h>
#include <ogr_srs_api.h>

#include <array>
#include <cstring>
#include <memory>

#include "geo/event_schema.hpp"
#include "geo/event_store.hpp"
#include "geo/gdal_messages.hpp"

namespace frontmap::geo {
namespace {

namespace s = schema;

// Fields the store may hold JSON in; typed as JSON where the driver supports it, so PostGIS
// gets a json column and GeoPackage records the application/json mime type.
constexpr std::array event_fields{
    FieldSpec{s::event_id, OFTString},        FieldSpec{s::origin, OFTString},
    FieldSpec{s::doc, OFTString},             FieldSpec{s::byte_start, OFTInteger64},
    FieldSpec{s::byte_end, OFTInteger64},     FieldSpec{s::text, OFTString},
    FieldSpec{s::name, OFTString},            FieldSpec{s::lat, OFTReal},
    FieldSpec{s::lon, OFTReal},               FieldSpec{s::geonameid, OFTInteger64},
    FieldSpec{s::feature, OFTString},         FieldSpec{s::country, OFTString},
    FieldSpec{s::admin1, OFTString},          FieldSpec{s::score, OFTReal},
    FieldSpec{s::role, OFTString},            FieldSpec{s::match, OFTString},
    FieldSpec{s::qualifier, OFTString},       FieldSpec{s::relation, OFTString},
    FieldSpec{s::runner_up, OFTString, OFSTJSON},
    FieldSpec{s::date, OFTDate},              FieldSpec{s::date_start, OFTDate},
    FieldSpec{s::date_end, OFTDate},          FieldSpec{s::date_precision, OFTString},
    FieldSpec{s::date_source, OFTString},     FieldSpec{s::event, OFTString},
    FieldSpec{s::actor, OFTString},           FieldSpec{s::control, OFTString},
    FieldSpec{s::claimant, OFTString},        FieldSpec{s::denied, OFTInteger, OFSTBoolean},
    FieldSpec{s::event_confidence, OFTReal},  FieldSpec{s::cues, OFTString, OFSTJSON},
    FieldSpec{s::acled_event_type, OFTString}, FieldSpec{s::acled_sub_event_type, OFTString},
    FieldSpec{s::geo_precision, OFTInteger},  FieldSpec{s::time_precision, OFTInteger},
    FieldSpec{s::uncertainty_km, OFTReal},    FieldSpec{s::sentence, OFTString},
    FieldSpec{s::actor_name, OFTString},      FieldSpec{s::place_key, OFTString},
};
constexpr std::array<const char*, 3> event_indexes{s::doc, s::date, s::place_key};

constexpr std::array document_fields{
    FieldSpec{s::doc, OFTString},           FieldSpec{s::path, OFTString},
    FieldSpec{s::source, OFTString},        FieldSpec{s::title, OFTString},
    FieldSpec{s::url, OFTString},           FieldSpec{s::format, OFTString},
    FieldSpec{s::document_date, OFTDate},   FieldSpec{s::document_date_precision, OFTString},
    FieldSpec{s::document_date_how, OFTString}, FieldSpec{s::content_hash, OFTString},
    FieldSpec{s::bytes, OFTInteger64},      FieldSpec{s::ingested_at, OFTDateTime},
};

constexpr std::array place_fields{
    FieldSpec{s::place_key, OFTString}, FieldSpec{s::name, OFTString},
    FieldSpec{s::lat, OFTReal},         FieldSpec{s::lon, OFTReal},
    FieldSpec{s::geonameid, OFTInteger64}, FieldSpec{s::feature, OFTString},
    FieldSpec{s::country, OFTString},   FieldSpec{s::admin1, OFTString},
    FieldSpec{s::mentions, OFTInteger}, FieldSpec{s::first_date, OFTDate},
    FieldSpec{s::last_date, OFTDate},
};
constexpr std::array<const char*, 1> place_indexes{s::geonameid};

bool driver_supports_subtype(GDALDatasetH ds, OGRFieldSubType subtype) {
    GDALDriverH driver = GDALGetDatasetDriver(ds);
    // GDAL 3.6 does not list JSON among the subtypes its drivers advertise, yet the GeoPackage
    // (gpkg_data_columns mime type) and PostgreSQL (json column) drivers store it.
    const std::string driver_name = driver ? GDALGetDriverShortName(driver) : "";
    if (subtype == OFSTJSON && (driver_name == "GPKG" || driver_name == "PostgreSQL")) return true;
    const char* list = driver ? GDALGetMetadataItem(driver, GDAL_DMD_CREATIONFIELDDATASUBTYPES, nullptr) : nullptr;
    if (!list) return false;
    return std::strstr(list, OGR_GetFieldSubTypeName(subtype)) != nullptr;
}

OGRLayerH create_layer(GDALDatasetH ds, const LayerSpec& spec, const std::string& store_name,
                       gdal::CollectedErrors& errors) {
    std::unique_ptr<void, decltype(&OSRRelease)> srs(nullptr, &OSRRelease);
    if (spec.geometry != wkbNone) {
        srs.reset(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(static_cast<OGRSpatialReferenceH>(srs.get()), 4326);
        OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(srs.get()), OAMS_TRADITIONAL_GIS_ORDER);
    }
    char** options = nullptr;
    options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
    options = CSLSetNameValue(options, "FID", "fid");
    OGRLayerH layer = GDALDatasetCreateLayer(ds, spec.name, static_cast<OGRSpatialReferenceH>(srs.get()),
                                             spec.geometry, options);
    CSLDestroy(options);
    if (!layer) throw StoreError("cannot create layer " + std::string(spec.name) + " in " + store_name + ": " + errors.text());
    return layer;
}

void add_missing_fields(GDALDatasetH ds, OGRLayerH layer, const LayerSpec& spec, const std::string& store_name,
                        gdal::CollectedErrors& errors) {
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const FieldSpec& f : spec.fields) {
        if (OGR_FD_GetFieldIndex(defn, f.name) >= 0) continue;
        OGRFieldDefnH field = OGR_Fld_Create(f.name, f.type);
        if (f.subtype != OFSTNone && driver_supports_subtype(ds, f.subtype)) OGR_Fld_SetSubType(field, f.subtype);
        const OGRErr err = OGR_L_CreateField(layer, field, TRUE);
        OGR_Fld_Destroy(field);
        if (err != OGRERR_NONE)
            throw StoreError("cannot add field " + std::string(spec.name) + "." + f.name + " to " + store_name + ": " +
                             errors.text());
    }
}

void run_sql(GDALDatasetH ds, const std::string& sql, const std::string& store_name, gdal::CollectedErrors& errors) {
    errors.clear();
    OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
    if (result) GDALDatasetReleaseResultSet(ds, result);
    if (!errors.empty()) throw StoreError("cannot prepare " + store_name + " (" + sql + "): " + errors.text());
}

void create_indexes(GDALDatasetH ds, const LayerSpec& spec, const std::string& store_name, gdal::CollectedErrors& errors) {
    // Index names carry a prefix because PostgreSQL names indexes per schema, not per table.
    const std::string prefix = std::string("frontmap_") + spec.name + "_";
    if (spec.unique)
        run_sql(ds, "CREATE UNIQUE INDEX IF NOT EXISTS " + prefix + spec.unique + " ON " + spec.name + " (" + spec.unique + ")",
                store_name, errors);
    for (const char* field : spec.indexed)
        run_sql(ds, "CREATE INDEX IF NOT EXISTS " + prefix + field + " ON " + spec.name + " (" + field + ")", store_name,
                errors);
}

}  // namespace

const LayerSpec& events_layer_spec() {
    static constexpr LayerSpec spec{s::events_layer, wkbPoint, event_fields, event_indexes, s::event_id};
    return spec;
}
const LayerSpec& documents_layer_spec() {
    static constexpr LayerSpec spec{s::documents_layer, wkbNone, document_fields, {}, s::doc};
    return spec;
}
const LayerSpec& places_layer_spec() {
    static constexpr LayerSpec spec{s::places_layer, wkbPoint, place_fields, place_indexes, s::place_key};
    return spec;
}

void ensure_store_layers(GDALDatasetH ds, const std::string& store_name) {
    gdal::CollectedErrors errors;
    bool created_any = false;
    const LayerSpec* specs[] = {&events_layer_spec(), &documents_layer_spec(), &places_layer_spec()};
    for (const LayerSpec* spec : specs) {
        OGRLayerH layer = GDALDatasetGetLayerByName(ds, spec->name);
        bool missing_field = false;
        if (layer) {
            OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
            // A layer of that name written by something else is not ours to extend.
            if (OGR_FD_GetFieldIndex(defn, spec->unique) < 0)
                throw StoreError(store_name + " has a layer " + spec->name + " that frontmap did not write (it has no " +
                                 spec->unique + " field); use another store");
            for (const FieldSpec& f : spec->fields) missing_field |= OGR_FD_GetFieldIndex(defn, f.name) < 0;
        }
        if (layer && !missing_field) continue;
        if (!created_any && GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE)
            throw StoreError("cannot start a transaction on " + store_name + ": " + errors.text());
        created_any = true;
        if (!layer) layer = create_layer(ds, *spec, store_name, errors);
        add_missing_fields(ds, layer, *spec, store_name, errors);
    }
    if (created_any && GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
        throw StoreError("cannot create the layers of " + store_name + ": " + errors.text());
    // Tables exist once the creation is committed; indexes after that, each IF NOT EXISTS (also
    // for a store whose creation was interrupted before its indexes).
    for (const LayerSpec* spec : specs) create_indexes(ds, *spec, store_name, errors);
}

}  // namespace frontmap::geo
