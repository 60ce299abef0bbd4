#pragma once
// A new vector file with one WGS84 layer, for the writers of whole small outputs (front
// frames, the viewer's event exports): the GDAL driver by extension, RFC 7946 for GeoJSON, the
// features in one transaction where the driver has them, written under a temporary name and
// renamed by finish(). Destroyed unfinished (an exception), it leaves nothing behind.
// Private to geo/ (includes GDAL).
#include <chrono>
#include <optional>
#include <string>

#include "geo/atomic_output.hpp"
#include "geo/gdal_handles.hpp"

namespace frontmap::geo {

class VectorFileOutput {
public:
    // Throws std::runtime_error naming the path: unknown extension, missing folder, an existing
    // file without `overwrite`, a driver that cannot create it.
    VectorFileOutput(const std::string& path, const char* layer_name, OGRwkbGeometryType type, bool overwrite);

    void add_field(const char* name, OGRFieldType type);
    OGRFeatureDefnH definition() const { return OGR_L_GetLayerDefn(layer_); }
    // Writes `feature`; `what` names it in a failure's message.
    void write(OGRFeatureH feature, const std::string& what);
    void finish();

private:
    gdal::QuietErrors quiet_;
    std::string path_;
    AtomicOutput output_;
    gdal::Dataset dataset_;
    OGRLayerH layer_ = nullptr;
    bool in_transaction_ = false;
};

// Sets a Date field to `day` (left unset without one).
void set_date_field(OGRFeatureH feature, const char* field, std::optional<std::chrono::sys_days> day);

}  // namespace frontmap::geo
