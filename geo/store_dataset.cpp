// How a --db target becomes the GDAL dataset of an event store: a GeoPackage (created with the
// layers when missing) or a PostgreSQL database, and GDAL's failures as messages a user can act on.
#include "geo/store_dataset.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "geo/event_schema.hpp"
#include "geo/event_store.hpp"
#include "geo/event_store_layers.hpp"

namespace frontmap::geo {

namespace s = schema;

bool says_locked(const std::string& gdal_text) {
    return gdal_text.find("locked") != std::string::npos || gdal_text.find("busy") != std::string::npos;
}

std::string one_line(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == '\n' || c == '\t' || c == '\r' || c == ' ';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? "GDAL gave no reason" : out;
}

namespace {

// Connection strings may carry a password; messages must not.
std::string without_password(const std::string& target) {
    std::string out;
    std::size_t i = 0;
    while (i < target.size()) {
        const std::size_t p = target.find("password=", i);
        if (p == std::string::npos || (p > 0 && target[p - 1] != ' ' && target[p - 1] != ':')) {
            out += target.substr(i, p == std::string::npos ? std::string::npos : p + 9 - i);
            if (p == std::string::npos) break;
            i = p + 9;
            continue;
        }
        out += target.substr(i, p - i) + "password=***";
        i = target.find(' ', p);
        if (i == std::string::npos) break;
    }
    return out;
}

void check_sqlite_header(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StoreError("cannot read " + path + ": permission denied or not a file");
    char header[16] = {};
    in.read(header, sizeof header);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) throw StoreError(path + " is not a GeoPackage (the file is empty); delete it or choose another name");
    if (got < 16 || std::string_view(header, 16) != std::string_view("SQLite format 3\0", 16))
        throw StoreError(path + " is not a GeoPackage (it is not an SQLite database; it starts with " +
                         quote_excerpt(std::string_view(header, got), 16) + "); choose another file name");
}

gdal::Dataset open_gpkg_for_update(const std::string& path, gdal::CollectedErrors& errors) {
    const char* drivers[] = {"GPKG", nullptr};
    gdal::Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    if (ds) return ds;
    const std::string why = one_line(errors.text());
    if (says_locked(why)) throw StoreError(path + " is locked by another process; try again when it finishes");
    if (::access(path.c_str(), W_OK) != 0)
        throw StoreError("cannot write to " + path + ": permission denied; check the file's owner and mode");
    throw StoreError(path + " is not a GeoPackage, or a damaged one (" + why + "); choose another file or restore a backup");
}

// A new store is built under a temporary name and renamed, so a crash never leaves a store
// without its layers.
void create_gpkg(const std::string& path, gdal::CollectedErrors& errors) {
    const std::filesystem::path p(path);
    if (!p.parent_path().empty() && !std::filesystem::is_directory(p.parent_path()))
        throw StoreError("the folder of " + path + " does not exist; create it first");
    const std::string tmp =
        (p.parent_path() / ("." + p.stem().string() + ".tmp" + std::to_string(::getpid()) + ".gpkg")).string();
    std::filesystem::remove(tmp);
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver) throw StoreError("this GDAL has no GeoPackage driver");
    try {
        gdal::Dataset ds(GDALCreate(driver, tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) throw StoreError("cannot create " + path + ": " + one_line(errors.text()));
        ensure_store_layers(ds.get(), path);
        ds.reset();
        std::filesystem::rename(tmp, path);
    } catch (...) {
        std::filesystem::remove(tmp);
        throw;
    }
}

gdal::Dataset open_postgres(const std::string& target, const std::string& name, gdal::CollectedErrors& errors) {
    const char* drivers[] = {"PostgreSQL", nullptr};
    gdal::Dataset ds(GDALOpenEx(target.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    if (!ds)
        throw StoreError("cannot connect to PostgreSQL (" + name + "): " + one_line(errors.text()) +
                         "; is the server running, and are host, port and dbname right?");
    errors.clear();
    OGRLayerH probe = GDALDatasetExecuteSQL(ds.get(), "SELECT postgis_version()", nullptr, nullptr);
    if (probe) GDALDatasetReleaseResultSet(ds.get(), probe);
    if (!probe || !errors.empty()) throw StoreError(name + " has no PostGIS; run CREATE EXTENSION postgis in that database first");
    return ds;
}

gdal::Dataset open_geopackage(const std::string& path, gdal::CollectedErrors& errors) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext != ".gpkg") throw StoreError("--db " + path + ": the store is a GeoPackage (a .gpkg file) or PG:<connection string>");
    if (!std::filesystem::exists(path)) create_gpkg(path, errors);
    else if (std::filesystem::is_directory(path)) throw StoreError(path + " is a folder, not a GeoPackage");
    else check_sqlite_header(path);
    return open_gpkg_for_update(path, errors);
}

// Another writer holding the store shows only when we write: try a write that changes nothing,
// so a locked store is refused before any input is read.
void refuse_if_held(GDALDatasetH ds, const std::string& name, gdal::CollectedErrors& errors) {
    errors.clear();
    if (GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE) {
        const std::string probe = std::string("UPDATE ") + s::documents_layer + " SET " + s::doc + " = " + s::doc + " WHERE 1 = 0";
        OGRLayerH r = GDALDatasetExecuteSQL(ds, probe.c_str(), nullptr, nullptr);
        if (r) GDALDatasetReleaseResultSet(ds, r);
        GDALDatasetRollbackTransaction(ds);
    }
    if (says_locked(errors.text())) throw StoreError(name + " is locked by another process; try again when it finishes");
    if (!errors.empty()) throw StoreError("cannot write to " + name + ": " + one_line(errors.text()));
}

}  // namespace

StoreDataset open_store_dataset(const std::string& target) {
    GDALAllRegister();
    gdal::CollectedErrors errors;
    StoreDataset store;
    store.postgres = target.rfind("PG:", 0) == 0;
    store.name = store.postgres ? without_password(target) : target;
    store.ds = store.postgres ? open_postgres(target, store.name, errors) : open_geopackage(target, errors);
    errors.clear();
    try {
        ensure_store_layers(store.ds.get(), store.name);
    } catch (const StoreError& e) {
        if (says_locked(e.what())) throw StoreError(store.name + " is locked by another process; try again when it finishes");
        throw;
    }
    refuse_if_held(store.ds.get(), store.name, errors);
    return store;
}

}  // namespace frontmap::geo
