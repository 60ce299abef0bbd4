#include "geo/store_reading.hpp"

#include <filesystem>
#include <stdexcept>

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

}  // namespace frontmap::geo
