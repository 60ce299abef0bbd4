#pragma once
// The three layers of the event store as data (field names, types, subtypes), and the code
// that creates whatever is missing in a GeoPackage or PostGIS database. Private to geo/.
#include <gdal.h>
#include <ogr_api.h>

#include <span>
#include <string>

namespace frontmap::geo {

struct FieldSpec {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subtype = OFSTNone;
};

struct LayerSpec {
    const char* name;
    OGRwkbGeometryType geometry;
    std::span<const FieldSpec> fields;
    std::span<const char* const> indexed;  // fields with an index
    const char* unique;                    // field with a unique index, or nullptr
};

const LayerSpec& events_layer_spec();
const LayerSpec& documents_layer_spec();
const LayerSpec& places_layer_spec();

// Creates missing layers, fields and indexes (an older store gains new fields), inside one
// transaction. Throws StoreError naming `store_name`.
void ensure_store_layers(GDALDatasetH ds, const std::string& store_name);

}  // namespace frontmap::geo
