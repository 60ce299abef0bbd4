#include "geo/vector_file_output.hpp"

#include <stdexcept>

#include "geo/mention_layer.hpp"

namespace frontmap::geo {

namespace {

GDALDriverH driver_of(const std::string& path) {
    GDALAllRegister();
    const std::string name = driver_for_path(path);
    if (name.empty()) throw std::runtime_error(path + ": unknown output format; use .geojson, .geojsonseq, .gpkg, .fgb, .kml or .csv");
    GDALDriverH driver = GDALGetDriverByName(name.c_str());
    if (!driver) throw std::runtime_error("GDAL has no " + name + " driver");
    return driver;
}

}  // namespace

VectorFileOutput::VectorFileOutput(const std::string& path, const char* layer_name, OGRwkbGeometryType type, bool overwrite)
    : path_(path), output_(path, overwrite), dataset_(nullptr) {
    CPLErrorReset();
    GDALDriverH driver = driver_of(path);
    dataset_.reset(GDALCreate(driver, output_.temporary().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset_) throw std::runtime_error("cannot create " + path + ": " + gdal::last_error());
    const bool geojson = std::string(GDALGetDriverShortName(driver)) == "GeoJSON";
    gdal::StringList options(geojson ? CSLSetNameValue(nullptr, "RFC7946", "YES") : nullptr);
    gdal::SpatialReference srs = gdal::wgs84_lon_lat();
    layer_ = GDALDatasetCreateLayer(dataset_.get(), layer_name, static_cast<OGRSpatialReferenceH>(srs.get()), type, options.get());
    if (!layer_) throw std::runtime_error("cannot create a layer in " + path + ": " + gdal::last_error());
}

void VectorFileOutput::add_field(const char* name, OGRFieldType type) {
    OGRFieldDefnH field = OGR_Fld_Create(name, type);
    const OGRErr err = OGR_L_CreateField(layer_, field, TRUE);
    OGR_Fld_Destroy(field);
    if (err != OGRERR_NONE) throw std::runtime_error(std::string("cannot add field ") + name + " to " + path_ + ": " + gdal::last_error());
}

void VectorFileOutput::write(OGRFeatureH feature, const std::string& what) {
    if (!in_transaction_) in_transaction_ = GDALDatasetStartTransaction(dataset_.get(), FALSE) == OGRERR_NONE;
    if (OGR_L_CreateFeature(layer_, feature) != OGRERR_NONE)
        throw std::runtime_error("cannot write " + what + " to " + path_ + ": " + gdal::last_error());
}

void VectorFileOutput::finish() {
    if (in_transaction_ && GDALDatasetCommitTransaction(dataset_.get()) != OGRERR_NONE)
        throw std::runtime_error("cannot finish " + path_ + ": " + gdal::last_error());
    GDALClose(dataset_.release());
    if (CPLGetLastErrorType() == CE_Failure) throw std::runtime_error("writing " + path_ + " failed: " + gdal::last_error());
    output_.commit();
}

void set_date_field(OGRFeatureH f, const char* field, std::optional<std::chrono::sys_days> day) {
    if (!day) return;
    const std::chrono::year_month_day ymd{*day};
    OGR_F_SetFieldDateTime(f, OGR_F_GetFieldIndex(f, field), static_cast<int>(ymd.year()),
                           static_cast<int>(static_cast<unsigned>(ymd.month())), static_cast<int>(static_cast<unsigned>(ymd.day())),
                           0, 0, 0, 0);
}

}  // namespace frontmap::geo
