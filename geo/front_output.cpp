#include "geo/front_output.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "events/date_range.hpp"
#include "geo/atomic_output.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/vector_file_output.hpp"

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

void write_feature(VectorFileOutput& out, const FrontFrame& frame, const char* kind, OGRGeometryH geometry,
                   const std::vector<FrontLinePart>* parts) {
    gdal::Feature f(OGR_F_Create(out.definition()));
    OGRFeatureH h = gdal::get(f);
    set_date_field(h, "date", frame.date);
    OGR_F_SetFieldString(h, OGR_F_GetFieldIndex(h, "kind"), kind);
    OGR_F_SetFieldString(h, OGR_F_GetFieldIndex(h, "side"), to_string(frame.side));
    if (parts) {
        OGR_F_SetFieldString(h, OGR_F_GetFieldIndex(h, "confidence"), confidence_list(*parts).c_str());
        double lowest = parts->empty() ? 0 : 1;
        for (const auto& p : *parts) lowest = std::min(lowest, p.confidence);
        OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, "confidence_min"), lowest);
    }
    set_date_field(h, "baseline_before", frame.evidence.baseline_before);
    set_date_field(h, "baseline_after", frame.evidence.baseline_after);
    OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, "blend_fraction"), frame.evidence.blend_fraction);
    OGR_F_SetFieldInteger(h, OGR_F_GetFieldIndex(h, "observations_used"),
                          static_cast<int>(frame.evidence.observations_used));
    OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, "mean_observation_age_days"),
                         frame.evidence.mean_observation_age_days);
    OGR_F_SetGeometryDirectly(h, geometry);
    out.write(h, std::string("the ") + kind + " of " + events::to_iso(frame.date));
}

}  // namespace

void write_front_frames(const std::string& path, const std::vector<FrontFrame>& frames, bool overwrite) {
    // Mixed polygons and lines: one layer of unknown geometry type keeps the features of a date
    // together; formats with one geometry type per layer still read it.
    VectorFileOutput out(path, "front", wkbUnknown, overwrite);
    out.add_field("date", OFTDate);
    out.add_field("kind", OFTString);
    out.add_field("side", OFTString);
    out.add_field("confidence", OFTString);
    out.add_field("confidence_min", OFTReal);
    out.add_field("baseline_before", OFTDate);
    out.add_field("baseline_after", OFTDate);
    out.add_field("blend_fraction", OFTReal);
    out.add_field("observations_used", OFTInteger);
    out.add_field("mean_observation_age_days", OFTReal);
    for (const FrontFrame& frame : frames) {
        write_feature(out, frame, "held", multipolygon_geometry(frame.held), nullptr);
        if (!frame.contested.empty()) write_feature(out, frame, "contested", multipolygon_geometry(frame.contested), nullptr);
        if (!frame.front_lines.empty())
            write_feature(out, frame, "front", multilinestring_geometry(frame.front_lines), &frame.front_lines);
    }
    out.finish();
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
