#include "geo/front_output.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "events/date_range.hpp"
#include "geo/atomic_output.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/mention_layer.hpp"

namespace frontmap::geo {
namespace {

OGRGeometryH ring_geometry(const LineString& ring) {
    OGRGeometryH g = OGR_G_CreateGeometry(wkbLinearRing);
    for (const auto& p : ring.points) OGR_G_AddPoint_2D(g, p.lon, p.lat);
    return g;
}

OGRGeometryH multipolygon_geometry(const MultiPolygon& mp) {
    OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiPolygon);
    for (const auto& poly : mp.polygons) {
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        for (const auto& ring : poly.rings) OGR_G_AddGeometryDirectly(polygon, ring_geometry(ring));
        OGR_G_AddGeometryDirectly(multi, polygon);
    }
    return multi;
}

OGRGeometryH multilinestring_geometry(const std::vector<FrontLinePart>& parts) {
    OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiLineString);
    for (const auto& part : parts) {
        OGRGeometryH line = OGR_G_CreateGeometry(wkbLineString);
        for (const auto& p : part.line.points) OGR_G_AddPoint_2D(line, p.lon, p.lat);
        OGR_G_AddGeometryDirectly(multi, line);
    }
    return multi;
}

// "[1,0.5,0.75]": the confidence of each part of the MultiLineString, in order.
std::string confidence_list(const std::vector<FrontLinePart>& parts) {
    std::string out = "[";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.3g", i ? "," : "", parts[i].confidence);
        out += buf;
    }
    return out + "]";
}

void add_field(OGRLayerH layer, const char* name, OGRFieldType type) {
    OGRFieldDefnH field = OGR_Fld_Create(name, type);
    const OGRErr err = OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    if (err != OGRERR_NONE) throw std::runtime_error(std::string("cannot add field ") + name + ": " + gdal::last_error());
}

void set_date(OGRFeatureH f, const char* field, std::optional<std::chrono::sys_days> day) {
    if (!day) return;
    const std::chrono::year_month_day ymd{*day};
    OGR_F_SetFieldDateTime(f, OGR_F_GetFieldIndex(f, field), static_cast<int>(ymd.year()),
                           static_cast<int>(static_cast<unsigned>(ymd.month())),
                           static_cast<int>(static_cast<unsigned>(ymd.day())), 0, 0, 0, 0);
}

void write_feature(OGRLayerH layer, const FrontFrame& frame, const char* kind, OGRGeometryH geometry,
                   const std::vector<FrontLinePart>* parts) {
    gdal::Feature f(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
    OGRFeatureH h = gdal::get(f);
    set_date(h, "date", frame.date);
    OGR_F_SetFieldString(h, OGR_F_GetFieldIndex(h, "kind"), kind);
    OGR_F_SetFieldString(h, OGR_F_GetFieldIndex(h, "side"), to_string(frame.side));
    if (parts) {
        OGR_F_SetFieldString(h, OGR_F_GetFieldIndex(h, "confidence"), confidence_list(*parts).c_str());
        double lowest = parts->empty() ? 0 : 1;
        for (const auto& p : *parts) lowest = std::min(lowest, p.confidence);
        OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, "confidence_min"), lowest);
    }
    set_date(h, "baseline_before", frame.evidence.baseline_before);
    set_date(h, "baseline_after", frame.evidence.baseline_after);
    OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, "blend_fraction"), frame.evidence.blend_fraction);
    OGR_F_SetFieldInteger(h, OGR_F_GetFieldIndex(h, "observations_used"),
                          static_cast<int>(frame.evidence.observations_used));
    OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, "mean_observation_age_days"),
                         frame.evidence.mean_observation_age_days);
    OGR_F_SetGeometryDirectly(h, geometry);
    if (OGR_L_CreateFeature(layer, h) != OGRERR_NONE)
        throw std::runtime_error("cannot write the " + std::string(kind) + " of " + events::to_iso(frame.date) + ": " +
                                 gdal::last_error());
}

}  // namespace

void write_front_frames(const std::string& path, const std::vector<FrontFrame>& frames, bool overwrite) {
    gdal::QuietErrors quiet;
    GDALAllRegister();
    CPLErrorReset();
    const std::string driver_name = driver_for_path(path);
    if (driver_name.empty())
        throw std::runtime_error(path + ": unknown output format; use .geojson, .geojsonseq, .gpkg, .fgb, .kml or .csv");
    GDALDriverH driver = GDALGetDriverByName(driver_name.c_str());
    if (!driver) throw std::runtime_error("GDAL has no " + driver_name + " driver");
    AtomicOutput output(path, overwrite);
    {
        gdal::Dataset ds(GDALCreate(driver, output.temporary().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) throw std::runtime_error("cannot create " + path + ": " + gdal::last_error());
        gdal::StringList options(driver_name == "GeoJSON" ? CSLSetNameValue(nullptr, "RFC7946", "YES") : nullptr);
        gdal::SpatialReference srs = gdal::wgs84_lon_lat();
        // Mixed polygons and lines: one layer of unknown geometry type keeps the features of a
        // date together for formats with one geometry type per layer it is still readable.
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), "front", static_cast<OGRSpatialReferenceH>(srs.get()),
                                                 wkbUnknown, options.get());
        if (!layer) throw std::runtime_error("cannot create a layer in " + path + ": " + gdal::last_error());
        add_field(layer, "date", OFTDate);
        add_field(layer, "kind", OFTString);
        add_field(layer, "side", OFTString);
        add_field(layer, "confidence", OFTString);
        add_field(layer, "confidence_min", OFTReal);
        add_field(layer, "baseline_before", OFTDate);
        add_field(layer, "baseline_after", OFTDate);
        add_field(layer, "blend_fraction", OFTReal);
        add_field(layer, "observations_used", OFTInteger);
        add_field(layer, "mean_observation_age_days", OFTReal);
        const bool transaction = GDALDatasetStartTransaction(ds.get(), FALSE) == OGRERR_NONE;
        for (const FrontFrame& frame : frames) {
            write_feature(layer, frame, "held", multipolygon_geometry(frame.held), nullptr);
            if (!frame.contested.empty())
                write_feature(layer, frame, "contested", multipolygon_geometry(frame.contested), nullptr);
            if (!frame.front_lines.empty())
                write_feature(layer, frame, "front", multilinestring_geometry(frame.front_lines), &frame.front_lines);
        }
        if (transaction && GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot finish " + path + ": " + gdal::last_error());
        GDALClose(ds.release());
        if (CPLGetLastErrorType() == CE_Failure) throw std::runtime_error("writing " + path + " failed: " + gdal::last_error());
    }
    output.commit();
}

void write_front_statistics(const std::string& path, const std::vector<FrontStatistics>& rows, bool overwrite) {
    AtomicOutput output(path, overwrite);
    {
        std::ofstream out(output.temporary(), std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot create " + output.temporary());
        out << "date,held_km2,change_km2,front_length_km,front_confidence,observations_used,mean_observation_age_days\n";
        char line[160];
        for (const auto& r : rows) {
            std::snprintf(line, sizeof line, "%s,%.2f,%.2f,%.1f,%.3f,%zu,%.1f\n", events::to_iso(r.date).c_str(),
                          r.held_km2, r.change_km2, r.front_length_km, r.front_confidence, r.observations_used,
                          r.mean_observation_age_days);
            out << line;
        }
        out.flush();
        if (!out) throw std::runtime_error("writing " + path + " failed (disk full?)");
    }
    output.commit();
}

}  // namespace frontmap::geo
