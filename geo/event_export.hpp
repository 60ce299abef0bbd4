#pragma once
// Writes the events of a store (a GeoPackage path or a "PG:…" connection string, read through
// GDAL the same way) to GeoJSON, GeoJSONSeq, CSV, KML, GeoPackage or FlatGeobuf, filtered by
// date window, bounding box, type, actor, origin, document and score.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.hpp"
#include "geo/event_filter.hpp"

namespace frontmap::geo {

enum class ExportFormat { geojson, geojsonseq, csv, kml, gpkg, fgb };

std::optional<ExportFormat> parse_export_format(std::string_view name);
const char* to_string(ExportFormat format);
// Whether the format can go to standard output (a stream, not a file that is written out of order).
bool can_stream(ExportFormat format);

struct ExportRequest {
    std::string store;           // "events.gpkg" or "PG:dbname=…"
    EventFilter filter;
    ExportFormat format = ExportFormat::geojson;
    std::string output;          // a file, or "-" for standard output
    bool overwrite = false;      // replace an existing output file
};

struct ExportSummary {
    std::size_t events = 0;       // events written
    long long store_events = -1;  // events in the store before filtering; -1 when unknown
};

// Reads the store read-only and writes the matching events. Files are written to a temporary
// name in the output's folder and renamed at the end; on any failure nothing is left behind
// and an existing file is untouched. Throws std::runtime_error with an actionable message
// (store missing, unreadable or without an events layer; output folder missing; output exists
// without `overwrite`; write failures). Values that could not be written as they are (invalid
// JSON in a JSON field) are reported to `diags`, written as strings.
ExportSummary export_events(const ExportRequest& request, Diagnostics& diags);

}  // namespace frontmap::geo
