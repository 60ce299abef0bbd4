#include "geo/mention_layer.hpp"

#include <gdal.h>
#include <ogr_api.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <ogr_srs_api.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace frontmap::geo {

namespace {

struct DatasetCloser {
    void operator()(void* ds) const { if (ds) GDALClose(ds); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

struct SrsDeleter {
    void operator()(void* s) const { if (s) OSRRelease(static_cast<OGRSpatialReferenceH>(s)); }
};

std::string last_gdal_error() {
    const char* msg = CPLGetLastErrorMsg();
    return msg && *msg ? msg : "unknown GDAL error";
}

void add_field(OGRLayerH layer, const char* name, OGRFieldType type) {
    OGRFieldDefnH f = OGR_Fld_Create(name, type);
    OGR_L_CreateField(layer, f, TRUE);
    OGR_Fld_Destroy(f);
}

void set_string(OGRFeatureH feat, const char* field, const std::string& v) {
    if (v.empty()) OGR_F_SetFieldNull(feat, OGR_F_GetFieldIndex(feat, field));
    else OGR_F_SetFieldString(feat, OGR_F_GetFieldIndex(feat, field), v.c_str());
}

void write_features(OGRLayerH layer, const std::vector<gaz::Mention>& mentions) {
    add_field(layer, "doc", OFTString);
    add_field(layer, "start", OFTInteger64);
    add_field(layer, "end", OFTInteger64);
    add_field(layer, "text", OFTString);
    add_field(layer, "name", OFTString);
    add_field(layer, "geonameid", OFTInteger64);
    add_field(layer, "feature", OFTString);
    add_field(layer, "country", OFTString);
    add_field(layer, "admin1", OFTString);
    add_field(layer, "score", OFTReal);
    add_field(layer, "role", OFTString);
    add_field(layer, "match", OFTString);
    add_field(layer, "qualifier", OFTString);
    add_field(layer, "relation", OFTString);
    add_field(layer, "runner_up", OFTString);
    add_field(layer, "runner_up_score", OFTReal);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const auto& m : mentions) {
        OGRFeatureH feat = OGR_F_Create(defn);
        set_string(feat, "doc", m.doc_id);
        OGR_F_SetFieldInteger64(feat, OGR_F_GetFieldIndex(feat, "start"), static_cast<GIntBig>(m.byte_begin));
        OGR_F_SetFieldInteger64(feat, OGR_F_GetFieldIndex(feat, "end"), static_cast<GIntBig>(m.byte_end));
        set_string(feat, "text", m.surface);
        set_string(feat, "name", m.place.name);
        if (m.place.geonameid > 0)
            OGR_F_SetFieldInteger64(feat, OGR_F_GetFieldIndex(feat, "geonameid"), m.place.geonameid);
        else
            OGR_F_SetFieldNull(feat, OGR_F_GetFieldIndex(feat, "geonameid"));
        set_string(feat, "feature", std::string(1, m.place.feature_class) + "." + m.place.feature_code);
        set_string(feat, "country", m.place.country);
        set_string(feat, "admin1", m.place.admin1);
        OGR_F_SetFieldDouble(feat, OGR_F_GetFieldIndex(feat, "score"), m.score);
        set_string(feat, "role", gaz::to_string(m.role));
        set_string(feat, "match", gaz::to_string(m.match));
        set_string(feat, "qualifier", m.qualifier);
        set_string(feat, "relation", m.relation);
        if (m.runner_up) {
            set_string(feat, "runner_up", m.runner_up->place.name);
            OGR_F_SetFieldDouble(feat, OGR_F_GetFieldIndex(feat, "runner_up_score"), m.runner_up->score);
        } else {
            OGR_F_SetFieldNull(feat, OGR_F_GetFieldIndex(feat, "runner_up"));
            OGR_F_SetFieldNull(feat, OGR_F_GetFieldIndex(feat, "runner_up_score"));
        }
        OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(pt, 0, m.place.lon, m.place.lat);
        OGR_F_SetGeometryDirectly(feat, pt);
        OGRErr err = OGR_L_CreateFeature(layer, feat);
        OGR_F_Destroy(feat);
        if (err != OGRERR_NONE) throw std::runtime_error("cannot write feature: " + last_gdal_error());
    }
}

}  // namespace

std::string driver_for_path(const std::string& path) {
    auto ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".geojsons" || ext == ".geojsonl" || ext == ".geojsonseq") return "GeoJSONSeq";
    if (ext == ".gpkg") return "GPKG";
    if (ext == ".fgb") return "FlatGeobuf";
    if (ext == ".kml") return "KML";
    if (ext == ".csv") return "CSV";
    return {};
}

// GDAL's own error printing is silenced while we write; its last message goes into the
// exception instead, so the CLI reports it once, in its own words.
struct QuietGdalErrors {
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

void write_mention_layer(const std::string& path, const std::string& driver_name,
                         const std::vector<gaz::Mention>& mentions, bool overwrite) {
    QuietGdalErrors quiet;
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driver_name.c_str());
    if (!driver) throw std::runtime_error("GDAL has no driver named " + driver_name);
    const bool to_stdout = path == "-";
    if (!to_stdout && std::filesystem::exists(path) && !overwrite)
        throw std::runtime_error(path + " already exists; use --force to replace it");
    std::string target = to_stdout ? "/vsistdout/" : path;
    std::string tmp;
    if (!to_stdout) {
        std::filesystem::path p(path);
        tmp = (p.parent_path() / ("." + p.stem().string() + ".tmp" + std::to_string(::getpid()) +
                                  p.extension().string()))
                  .string();
        std::filesystem::remove(tmp);
    }
    char** options = nullptr;
    if (driver_name == "GeoJSON") options = CSLSetNameValue(options, "RFC7946", "YES");
    std::unique_ptr<void, SrsDeleter> srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(static_cast<OGRSpatialReferenceH>(srs.get()), 4326);
    OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(srs.get()), OAMS_TRADITIONAL_GIS_ORDER);
    try {
        Dataset ds(GDALCreate(driver, to_stdout ? target.c_str() : tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) throw std::runtime_error("cannot create " + path + ": " + last_gdal_error());
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), "mentions",
                                                 static_cast<OGRSpatialReferenceH>(srs.get()),
                                                 wkbPoint, options);
        if (!layer) throw std::runtime_error("cannot create layer in " + path + ": " + last_gdal_error());
        write_features(layer, mentions);
        ds.reset();
        CSLDestroy(options);
        options = nullptr;
        if (!to_stdout && std::rename(tmp.c_str(), path.c_str()) != 0)
            throw std::runtime_error("cannot move " + tmp + " to " + path);
    } catch (...) {
        CSLDestroy(options);
        if (!to_stdout) std::filesystem::remove(tmp);
        throw;
    }
}

}  // namespace frontmap::geo
