#pragma once
// Writes events read from the store through one of GDAL's drivers: CSV (WKT plus lon/lat),
// KML through LIBKML (placemark name, description and TimeStamp/TimeSpan for Google Earth's
// time slider), GeoPackage (one transaction) and FlatGeobuf (spatial index). Internal to geo/.
#include <ogr_api.h>

#include <memory>
#include <string>
#include <vector>

#include "geo/gdal_handles.hpp"

namespace frontmap::geo {

enum class GdalEventFormat { csv, kml, gpkg, fgb };

class GdalEventWriter {
public:
    // `path` is where GDAL creates the dataset (a temporary file, or /vsistdout/ for CSV).
    // `source` is the store's event layer definition; its fields are kept in order.
    GdalEventWriter(GdalEventFormat format, const std::string& path, OGRFeatureDefnH source);

    void write(OGRFeatureH event);
    // Commits and closes the dataset; throws std::runtime_error when GDAL reports a failure.
    void finish();

private:
    void create_fields(OGRFeatureDefnH source);
    void fill_extras(OGRFeatureH event, OGRFeatureH out);

    GdalEventFormat format_;
    std::vector<std::unique_ptr<gdal::ThreadConfigOption>> config_;  // LIBKML field names
    gdal::Dataset dataset_;
    OGRLayerH layer_ = nullptr;
    gdal::Feature out_;            // reused for every event (not used when passing through)
    std::vector<int> field_map_;   // source field → output field
    std::vector<int> iso_fields_;  // source date fields written as ISO 8601 text
    bool pass_through_ = false;    // same fields as the store: hand the store's feature over
    bool in_transaction_ = false;
    struct SourceFields {
        int name = -1, event = -1, sentence = -1, date = -1, date_start = -1, date_end = -1, doc = -1;
    } src_;
    struct ExtraFields {
        int timestamp = -1, placemark_name = -1, placemark_description = -1, when = -1, begin = -1, end = -1;
    } extra_;
};

}  // namespace frontmap::geo
