#include "geo/event_points.hpp"

#include <algorithm>
#include <stdexcept>

#include "events/date_range.hpp"
#include "geo/event_features.hpp"
#include "geo/event_schema.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/store_reading.hpp"

namespace frontmap::geo {

namespace {

std::optional<std::chrono::sys_days> day_of(OGRFeatureH f, const char* field) {
    const auto iso = iso_day_of_field(f, OGR_F_GetFieldIndex(f, field));
    return iso ? events::parse_iso_date(*iso) : std::nullopt;
}

std::optional<double> real_of(OGRFeatureH f, const char* field) {
    const int i = OGR_F_GetFieldIndex(f, field);
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i)) return std::nullopt;
    return OGR_F_GetFieldAsDouble(f, i);
}

std::optional<EventPoint> point_of(OGRFeatureH f) {
    const auto lat = real_of(f, schema::lat), lon = real_of(f, schema::lon);
    auto day = day_of(f, schema::date);
    if (!day) day = day_of(f, schema::date_end);
    if (!lat || !lon || !day) return std::nullopt;
    const int type = OGR_F_GetFieldIndex(f, schema::event);
    EventPoint p;
    p.where = {*lon, *lat};
    p.day = *day;
    p.type = type >= 0 && OGR_F_IsFieldSetAndNotNull(f, type) ? OGR_F_GetFieldAsString(f, type) : "none";
    // A store written by another tool may leave these empty: draw the event as certain.
    p.confidence = std::clamp(real_of(f, schema::event_confidence).value_or(1.0) * real_of(f, schema::score).value_or(1.0), 0.0, 1.0);
    return p;
}

}  // namespace

std::vector<EventPoint> read_event_points(const std::string& store) {
    // A country named as a whole ("Russia said…", "in Ukraine") sits at its centroid, which is
    // no place on a map of the fighting.
    const std::string where = std::string("\"") + schema::role + "\" = 'location' AND (\"" + schema::feature +
                              "\" IS NULL OR \"" + schema::feature + "\" NOT LIKE 'A.PCL%')";
    std::vector<EventPoint> out;
    read_stored_events(store, where, "by role and feature", [&](OGRFeatureH f) {
        if (auto p = point_of(f)) out.push_back(std::move(*p));
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
    return out;
}

}  // namespace frontmap::geo
