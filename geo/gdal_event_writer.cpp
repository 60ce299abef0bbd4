#include "geo/gdal_event_writer.hpp"

#include <cstring>
#include <stdexcept>

#include "geo/event_schema.hpp"
#include "geo/ogr_iso_time.hpp"

namespace frontmap::geo {

namespace {

const char* driver_name(GdalEventFormat f) {
    switch (f) {
    case GdalEventFormat::csv: return "CSV";
    case GdalEventFormat::kml: return "LIBKML";
    case GdalEventFormat::gpkg: return "GPKG";
    case GdalEventFormat::fgb: return "FlatGeobuf";
    }
    return "";
}

bool is_time_type(OGRFieldType t) { return t == OFTDate || t == OFTDateTime || t == OFTTime; }

std::string text_or_empty(OGRFeatureH f, int i) {
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "";
}

void set_or_null(OGRFeatureH f, int i, const std::string& v) {
    if (i < 0) return;
    if (v.empty()) OGR_F_SetFieldNull(f, i);
    else OGR_F_SetFieldString(f, i, v.c_str());
}

// Extra output columns are text: ISO days stay days in CSV and in KML's <when>.
int add_text_field(OGRLayerH layer, const char* name) {
    OGRFieldDefnH fd = OGR_Fld_Create(name, OFTString);
    const OGRErr err = OGR_L_CreateField(layer, fd, TRUE);
    OGR_Fld_Destroy(fd);
    if (err != OGRERR_NONE) throw std::runtime_error(std::string("cannot create field ") + name + ": " + gdal::last_error());
    return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), name);
}

}  // namespace

GdalEventWriter::GdalEventWriter(GdalEventFormat format, const std::string& path, OGRFeatureDefnH source)
    : format_(format) {
    if (format_ == GdalEventFormat::kml) {
        // LIBKML takes placemark names, descriptions and times from fields named by these
        // options; the store's own "name" (the gazetteer name) must not become the label.
        for (auto [key, value] : {std::pair{"LIBKML_NAME_FIELD", "placemark_name"},
                                  {"LIBKML_DESCRIPTION_FIELD", "placemark_description"},
                                  {"LIBKML_TIMESTAMP_FIELD", "when"},
                                  {"LIBKML_BEGIN_FIELD", "begin"},
                                  {"LIBKML_END_FIELD", "end"}})
            config_.push_back(std::make_unique<gdal::ThreadConfigOption>(key, value));
    }
    GDALDriverH driver = GDALGetDriverByName(driver_name(format_));
    if (!driver) throw std::runtime_error(std::string("this GDAL has no ") + driver_name(format_) + " driver");
    dataset_.reset(GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset_) throw std::runtime_error("cannot create " + path + ": " + gdal::last_error());

    char** options = nullptr;
    if (format_ == GdalEventFormat::csv) {
        options = CSLSetNameValue(options, "GEOMETRY", "AS_WKT");
        options = CSLSetNameValue(options, "STRING_QUOTING", "IF_NEEDED");  // numbers stay unquoted
    }
    if (format_ == GdalEventFormat::fgb || format_ == GdalEventFormat::gpkg)
        options = CSLSetNameValue(options, "SPATIAL_INDEX", "YES");
    gdal::StringList owned(options);
    const auto srs = gdal::wgs84_lon_lat();
    layer_ = GDALDatasetCreateLayer(dataset_.get(), schema::events_layer,
                                    static_cast<OGRSpatialReferenceH>(srs.get()), wkbPoint, options);
    if (!layer_) throw std::runtime_error("cannot create the events layer: " + gdal::last_error());
    create_fields(source);
    out_.reset(OGR_F_Create(OGR_L_GetLayerDefn(layer_)));
    if (format_ == GdalEventFormat::gpkg) {
        if (GDALDatasetStartTransaction(dataset_.get(), FALSE) != OGRERR_NONE)
            throw std::runtime_error("cannot start a transaction: " + gdal::last_error());
        in_transaction_ = true;
    }
}

void GdalEventWriter::create_fields(OGRFeatureDefnH source) {
    const bool times_as_text = format_ == GdalEventFormat::csv || format_ == GdalEventFormat::kml;
    for (int i = 0; i < OGR_FD_GetFieldCount(source); ++i) {
        OGRFieldDefnH in = OGR_FD_GetFieldDefn(source, i);
        const OGRFieldType type = OGR_Fld_GetType(in);
        const bool as_text = times_as_text && is_time_type(type);
        OGRFieldDefnH fd = OGR_Fld_Create(OGR_Fld_GetNameRef(in), as_text ? OFTString : type);
        if (!as_text) {
            OGR_Fld_SetSubType(fd, OGR_Fld_GetSubType(in));
            OGR_Fld_SetWidth(fd, OGR_Fld_GetWidth(in));
            OGR_Fld_SetPrecision(fd, OGR_Fld_GetPrecision(in));
        }
        const OGRErr err = OGR_L_CreateField(layer_, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE)
            throw std::runtime_error(std::string("cannot create field ") + OGR_Fld_GetNameRef(in) + ": " + gdal::last_error());
        if (as_text) iso_fields_.push_back(i);
    }
    OGRFeatureDefnH out = OGR_L_GetLayerDefn(layer_);
    field_map_.resize(static_cast<std::size_t>(OGR_FD_GetFieldCount(source)));
    for (int i = 0; i < OGR_FD_GetFieldCount(source); ++i)
        field_map_[static_cast<std::size_t>(i)] = OGR_FD_GetFieldIndex(out, OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(source, i)));

    src_ = {OGR_FD_GetFieldIndex(source, schema::name), OGR_FD_GetFieldIndex(source, schema::event),
            OGR_FD_GetFieldIndex(source, schema::sentence), OGR_FD_GetFieldIndex(source, schema::date),
            OGR_FD_GetFieldIndex(source, schema::date_start), OGR_FD_GetFieldIndex(source, schema::date_end),
            OGR_FD_GetFieldIndex(source, schema::doc)};
    if (format_ == GdalEventFormat::csv && src_.date >= 0 && OGR_FD_GetFieldIndex(source, "timestamp") < 0)
        extra_.timestamp = add_text_field(layer_, "timestamp");
    if (format_ == GdalEventFormat::kml) {
        extra_.placemark_name = add_text_field(layer_, "placemark_name");
        extra_.placemark_description = add_text_field(layer_, "placemark_description");
        extra_.when = add_text_field(layer_, "when");
        extra_.begin = add_text_field(layer_, "begin");
        extra_.end = add_text_field(layer_, "end");
    }
    // GeoPackage and FlatGeobuf keep the store's columns exactly: the store's feature can be
    // written as it is, saving a copy per event.
    pass_through_ = format_ == GdalEventFormat::gpkg || format_ == GdalEventFormat::fgb;
}

void GdalEventWriter::fill_extras(OGRFeatureH event, OGRFeatureH out) {
    auto day = [&](int i) { return i >= 0 && OGR_F_IsFieldSetAndNotNull(event, i) ? iso_8601(event, i, OFTDate) : ""; };
    if (extra_.timestamp >= 0) {
        const std::string d = day(src_.date);
        set_or_null(out, extra_.timestamp, d.empty() ? d : d + "T00:00:00Z");
    }
    if (format_ != GdalEventFormat::kml) return;
    const std::string place = text_or_empty(event, src_.name);
    const std::string type = text_or_empty(event, src_.event);
    std::string label = place.empty() ? "event" : place;
    if (!type.empty() && type != "none") label += " — " + type;
    set_or_null(out, extra_.placemark_name, label);
    std::string description = text_or_empty(event, src_.sentence);
    const std::string doc = text_or_empty(event, src_.doc);
    if (!doc.empty()) description += (description.empty() ? "" : "\n") + std::string("Source: ") + doc;
    set_or_null(out, extra_.placemark_description, description);
    // Google Earth's time slider: a day is a TimeStamp, a longer interval a TimeSpan.
    const std::string first = day(src_.date_start), last = day(src_.date_end);
    const bool one_day = !first.empty() && first == last;
    const std::string when = one_day ? first : (first.empty() || last.empty()) ? day(src_.date) : "";
    set_or_null(out, extra_.when, when);
    set_or_null(out, extra_.begin, when.empty() ? first : "");
    set_or_null(out, extra_.end, when.empty() ? last : "");
}

void GdalEventWriter::write(OGRFeatureH event) {
    OGRFeatureH target = event;
    if (!pass_through_) {
        target = gdal::get(out_);
        if (OGR_F_SetFromWithMap(target, event, TRUE, field_map_.data()) != OGRERR_NONE)
            throw std::runtime_error("cannot copy an event: " + gdal::last_error());
        for (int i : iso_fields_) {
            const int to = field_map_[static_cast<std::size_t>(i)];
            if (OGR_F_IsFieldSetAndNotNull(event, i))
                OGR_F_SetFieldString(target, to, iso_8601(event, i, OGR_Fld_GetType(OGR_F_GetFieldDefnRef(event, i))).c_str());
        }
        fill_extras(event, target);
        OGR_F_SetFID(target, OGRNullFID);
    }
    if (OGR_L_CreateFeature(layer_, target) != OGRERR_NONE)
        throw std::runtime_error("cannot write an event: " + gdal::last_error());
}

void GdalEventWriter::finish() {
    if (in_transaction_) {
        in_transaction_ = false;
        if (GDALDatasetCommitTransaction(dataset_.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot commit the output: " + gdal::last_error());
    }
    out_.reset();
    // Drivers write their index and flush buffers on close; a failure there is a failed write.
    CPLErrorReset();
    dataset_.reset();
    if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("writing the output failed: " + gdal::last_error());
}

}  // namespace frontmap::geo
