#pragma once
// Move-only owners for the GDAL/OGR C handles that geo/ code keeps across calls, and scoped
// GDAL state (error handler, configuration options). Internal to geo/: GDAL headers stay here.
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <optional>
#include <string>

namespace frontmap::geo::gdal {

struct DatasetCloser {
    void operator()(void* ds) const { if (ds) GDALClose(ds); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

struct FeatureDestroyer {
    void operator()(void* f) const { if (f) OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};
using Feature = std::unique_ptr<void, FeatureDestroyer>;

struct SpatialReferenceReleaser {
    void operator()(void* s) const { if (s) OSRRelease(static_cast<OGRSpatialReferenceH>(s)); }
};
using SpatialReference = std::unique_ptr<void, SpatialReferenceReleaser>;

struct TransformationDestroyer {
    void operator()(void* t) const { if (t) OCTDestroyCoordinateTransformation(static_cast<OGRCoordinateTransformationH>(t)); }
};
using CoordinateTransformation = std::unique_ptr<void, TransformationDestroyer>;

struct StringListDestroyer {
    void operator()(char** list) const { CSLDestroy(list); }
};
using StringList = std::unique_ptr<char*, StringListDestroyer>;

inline OGRFeatureH get(const Feature& f) { return static_cast<OGRFeatureH>(f.get()); }

// WGS84 with longitude first, whatever the EPSG axis order says.
inline SpatialReference wgs84_lon_lat() {
    SpatialReference srs(OSRNewSpatialReference(nullptr));
    OSRSetWellKnownGeogCS(static_cast<OGRSpatialReferenceH>(srs.get()), "WGS84");
    OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(srs.get()), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

inline std::string last_error(const char* fallback = "unknown GDAL error") {
    const char* msg = CPLGetLastErrorMsg();
    return msg && *msg ? msg : fallback;
}

// GDAL's own printing is silenced while geo/ works; its last message goes into the exception
// instead, so the command line reports it once, in its own words.
class QuietErrors {
public:
    QuietErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietErrors() { CPLPopErrorHandler(); }
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;
};

// A configuration option for this thread only, restored at scope exit (drivers such as
// LIBKML read some settings only from configuration options).
class ThreadConfigOption {
public:
    ThreadConfigOption(const char* key, const char* value) : key_(key) {
        if (const char* old = CPLGetThreadLocalConfigOption(key, nullptr)) old_ = old;
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ThreadConfigOption() { CPLSetThreadLocalConfigOption(key_.c_str(), old_ ? old_->c_str() : nullptr); }
    ThreadConfigOption(const ThreadConfigOption&) = delete;
    ThreadConfigOption& operator=(const ThreadConfigOption&) = delete;

private:
    std::string key_;
    std::optional<std::string> old_;
};

}  // namespace frontmap::geo::gdal
