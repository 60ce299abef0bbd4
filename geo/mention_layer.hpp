#pragma once
// Writes place mentions as a point layer through GDAL (GeoJSON, GeoJSONSeq, GeoPackage, …).
#include <string>
#include <vector>

#include "gazetteer/mention.hpp"

namespace frontmap::geo {

// `path` "-" writes to standard output (GeoJSON/GeoJSONSeq only). Files are written to a
// temporary name in the same folder and renamed when complete; an existing file is replaced
// only with `overwrite`. Throws std::runtime_error with GDAL's message on failure.
void write_mention_layer(const std::string& path, const std::string& driver,
                         const std::vector<gaz::Mention>& mentions, bool overwrite);

// The GDAL driver for an output file name (".geojson" → "GeoJSON", ".gpkg" → "GPKG"…), or empty.
std::string driver_for_path(const std::string& path);

}  // namespace frontmap::geo
