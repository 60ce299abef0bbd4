#include "geo/geojson_writer.hpp"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/json_string.hpp"
#include "geo/ogr_iso_time.hpp"

namespace frontmap::geo {

namespace {

constexpr std::size_t flush_at = std::size_t{1} << 20;

// Shortest text that reads back as the same double, with ".0" on whole numbers so readers
// keep the column real rather than guessing integer.
void append_real(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buf[32];
    auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out.append(buf, end);
    if (std::find_if(buf, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == end) out += ".0";
}

// RFC 7946 §11.2: about 10 cm is plenty; trailing zeros dropped as GDAL does.
void append_coordinate(std::string& out, double v) {
    char buf[48];
    auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 7).ptr;
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
    if (end - buf == 2 && buf[0] == '-' && buf[1] == '0') {  // -0.00000001 rounds to "-0"
        out += '0';
        return;
    }
    out.append(buf, end);
}

template <typename T>
void append_integer(std::string& out, T v) {
    char buf[24];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

}  // namespace

GeoJsonWriter::GeoJsonWriter(std::FILE* out, Layout layout, OGRFeatureDefnH defn, const std::string& timestamp_from)
    : out_(out), layout_(layout) {
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        Field f{"", OGR_Fld_GetType(fd), OGR_Fld_GetSubType(fd)};
        append_json_string(f.key, OGR_Fld_GetNameRef(fd));
        f.key += ':';
        fields_.push_back(std::move(f));
        if (!timestamp_from.empty() && timestamp_from == OGR_Fld_GetNameRef(fd) && fields_.back().type == OFTDate)
            timestamp_index_ = i;
    }
    buffer_.reserve(flush_at + (flush_at >> 2));
    if (layout_ == Layout::collection) buffer_ += "{\"type\":\"FeatureCollection\",\"features\":[\n";
}

void GeoJsonWriter::append_value(OGRFeatureH f, int i, const Field& field) {
    if (!OGR_F_IsFieldSetAndNotNull(f, i)) {
        buffer_ += "null";
        return;
    }
    switch (field.type) {
    case OFTInteger:
        if (field.subtype == OFSTBoolean) buffer_ += OGR_F_GetFieldAsInteger(f, i) ? "true" : "false";
        else append_integer(buffer_, OGR_F_GetFieldAsInteger(f, i));
        return;
    case OFTInteger64: append_integer(buffer_, OGR_F_GetFieldAsInteger64(f, i)); return;
    case OFTReal: append_real(buffer_, OGR_F_GetFieldAsDouble(f, i)); return;
    case OFTDate:
    case OFTDateTime:
    case OFTTime:
        buffer_ += '"';
        buffer_ += iso_8601(f, i, field.type);
        buffer_ += '"';
        return;
    case OFTString: {
        const char* text = OGR_F_GetFieldAsString(f, i);
        if (field.subtype == OFSTJSON) {
            if (nlohmann::json::accept(text)) {
                buffer_ += text;
                return;
            }
            ++invalid_json_;
        }
        append_json_string(buffer_, text);
        return;
    }
    default:  // lists and binary do not occur in the event schema; their OGR text form is kept
        append_json_string(buffer_, OGR_F_GetFieldAsString(f, i));
    }
}

void GeoJsonWriter::append_geometry(OGRGeometryH g) {
    if (!g || OGR_G_IsEmpty(g)) {
        buffer_ += "null";
        return;
    }
    if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint) {
        buffer_ += "{\"type\":\"Point\",\"coordinates\":[";
        append_coordinate(buffer_, OGR_G_GetX(g, 0));
        buffer_ += ',';
        append_coordinate(buffer_, OGR_G_GetY(g, 0));
        buffer_ += "]}";
        return;
    }
    // Not produced by ingest (events are points); kept correct if a store holds other shapes.
    char** options = CSLSetNameValue(nullptr, "COORDINATE_PRECISION", "7");
    char* json = OGR_G_ExportToJsonEx(g, options);
    CSLDestroy(options);
    buffer_ += json ? json : "null";
    CPLFree(json);
}

void GeoJsonWriter::write(OGRFeatureH f) {
    if (layout_ == Layout::collection && written_ > 0) buffer_ += ",\n";
    buffer_ += "{\"type\":\"Feature\",\"properties\":{";
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (i) buffer_ += ',';
        buffer_ += fields_[i].key;
        append_value(f, static_cast<int>(i), fields_[i]);
    }
    if (timestamp_index_ >= 0) {
        buffer_ += fields_.empty() ? "\"timestamp\":" : ",\"timestamp\":";
        if (OGR_F_IsFieldSetAndNotNull(f, timestamp_index_)) {
            buffer_ += '"';
            buffer_ += iso_8601(f, timestamp_index_, OFTDate);
            buffer_ += "T00:00:00Z\"";
        } else {
            buffer_ += "null";
        }
    }
    buffer_ += "},\"geometry\":";
    append_geometry(OGR_F_GetGeometryRef(f));
    buffer_ += layout_ == Layout::collection ? "}" : "}\n";
    ++written_;
    flush_if_full();
}

void GeoJsonWriter::flush_if_full() {
    if (buffer_.size() < flush_at) return;
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size())
        throw std::runtime_error(std::string("writing failed: ") + std::strerror(errno));
    buffer_.clear();
}

void GeoJsonWriter::finish() {
    if (layout_ == Layout::collection) buffer_ += written_ ? "\n]}\n" : "]}\n";
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size() || std::fflush(out_) != 0)
        throw std::runtime_error(std::string("writing failed: ") + std::strerror(errno));
    buffer_.clear();
}

}  // namespace frontmap::geo
