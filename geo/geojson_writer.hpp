#pragma once
// A streaming RFC 7946 writer for OGR features: a FeatureCollection or a GeoJSON text sequence
// (one feature per line, no RS). Written by hand rather than through GDAL's GeoJSON driver,
// which builds a json-c tree per feature and was the bottleneck of exporting a million events
// (see bench/run_export_bench.sh); the tests read its output back through GDAL.
//
// Rules kept: WGS84 longitude/latitude (the caller transforms), no "crs" member, coordinates
// with at most 7 decimals, dates as ISO 8601 strings, JSON-typed fields (cues, runner_up)
// inline as JSON. Internal to geo/.
#include <ogr_api.h>

#include <cstdio>
#include <string>
#include <vector>

namespace frontmap::geo {

class GeoJsonWriter {
public:
    enum class Layout { collection, sequence };

    // `out` stays owned by the caller. `timestamp_from` names a Date field whose day is also
    // written as an ISO 8601 date-time "timestamp" property (what kepler.gl's time filter
    // recognises); empty for none.
    GeoJsonWriter(std::FILE* out, Layout layout, OGRFeatureDefnH defn, const std::string& timestamp_from);

    void write(OGRFeatureH feature);
    // Closes the collection and flushes; throws std::runtime_error when the output failed.
    void finish();

    // JSON-typed values that did not parse and were written as strings instead.
    std::size_t invalid_json_values() const { return invalid_json_; }

private:
    struct Field {
        std::string key;  // "\"name\":" ready to append
        OGRFieldType type;
        OGRFieldSubType subtype;
    };
    void append_value(OGRFeatureH f, int index, const Field& field);
    void append_geometry(OGRGeometryH g);
    void flush_if_full();

    std::FILE* out_;
    Layout layout_;
    std::vector<Field> fields_;
    int timestamp_index_ = -1;
    std::string buffer_;
    std::size_t written_ = 0;
    std::size_t invalid_json_ = 0;
};

}  // namespace frontmap::geo
