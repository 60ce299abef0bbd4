#include "geo/store_reading.hpp"

#include <filesystem>
#include <stdexcept>

#include "geo/event_schema.hpp"

namespace frontmap::geo {

bool names_postgres_store(const std::string& store) { return store.rfind("PG:", 0) == 0 || store.rfind("pg:", 0) == 0; }

std::string store_display_name(const std::string& store) {
    return names_postgres_store(store) ? "the PostgreSQL event store" : store;
}

gdal::Dataset open_store_read_only(const std::string& store) {
    const bool pg = names_postgres_store(store);
    if (!pg && !std::filesystem::exists(store))
        throw std::runtime_error(store + ": no such event store; fill one with 'frontmap ingest INPUT... --db " + store + "'");
    const char* const drivers[] = {pg ? "PostgreSQL" : "GPKG", nullptr};
    CPLErrorReset();
    gdal::Dataset ds(GDALOpenEx(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds)
        throw std::runtime_error("cannot open " + store_display_name(store) + " as an event store: " +
                                 gdal::last_error(pg ? "cannot connect" : "not a GeoPackage written by 'frontmap ingest'"));
    return ds;
}

void read_stored_events(const std::string& store, const std::string& where, const std::string& filter_purpose,
                        const std::function<void(OGRFeatureH)>& each) {
    gdal::QuietErrors quiet;
    GDALAllRegister();
    const auto ds = open_store_read_only(store);
    OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), schema::events_layer);
    if (!layer)
        throw std::runtime_error(store_display_name(store) + " has no '" + schema::events_layer +
                                 "' layer; is it a frontmap event store? Fill one with 'frontmap ingest'");
    if (OGR_L_SetAttributeFilter(layer, where.c_str()) != OGRERR_NONE)
        throw std::runtime_error(store_display_name(store) + ": the events layer cannot be filtered " + filter_purpose + " (" +
                                 gdal::last_error() + "); was it written by an older frontmap? Re-ingest into a new store");
    OGR_L_ResetReading(layer);
    CPLErrorReset();
    for (gdal::Feature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) each(gdal::get(f));
    // GetNextFeature answers "no more" also when reading failed (a locked or damaged file).
    if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("reading " + store_display_name(store) + " failed: " + gdal::last_error());
}

}  // namespace frontmap::geo
