#include "geo/control_observations.hpp"

#include <algorithm>
#include <stdexcept>

#include "events/date_range.hpp"
#include "geo/event_features.hpp"
#include "geo/event_filter.hpp"
#include "geo/event_schema.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/store_reading.hpp"

namespace frontmap::geo {

namespace {

// Only what a control map can use: a place (not "Moscow said"), a side or a fight, a date.
std::string observation_filter(std::optional<std::chrono::sys_days> from, std::chrono::sys_days to) {
    EventFilter window;
    window.from = from;
    window.to = to;
    return attribute_filter_sql(window) + " AND \"" + schema::control + "\" IN ('ru','ua','contested') AND \"" +
           schema::role + "\" = 'location'";
}

class FieldReader {
public:
    explicit FieldReader(OGRFeatureH f) : f_(f) {}
    std::optional<double> real(const char* name) const {
        const int i = OGR_F_GetFieldIndex(f_, name);
        if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f_, i)) return std::nullopt;
        return OGR_F_GetFieldAsDouble(f_, i);
    }
    std::string text(const char* name) const {
        const int i = OGR_F_GetFieldIndex(f_, name);
        return i >= 0 && OGR_F_IsFieldSetAndNotNull(f_, i) ? OGR_F_GetFieldAsString(f_, i) : "";
    }
    std::optional<std::chrono::sys_days> day(const char* name) const {
        const auto iso = iso_day_of_field(f_, OGR_F_GetFieldIndex(f_, name));
        return iso ? events::parse_iso_date(*iso) : std::nullopt;
    }

private:
    OGRFeatureH f_;
};

std::optional<ControlObservation> observation_of(OGRFeatureH f) {
    const FieldReader r(f);
    const auto lat = r.real(schema::lat), lon = r.real(schema::lon);
    const auto start = r.day(schema::date_start), end = r.day(schema::date_end);
    if (!lat || !lon || !start || !end) return std::nullopt;
    ControlObservation o;
    o.where = {*lon, *lat};
    o.date_start = *start;
    o.date_end = *end;
    o.day = r.day(schema::date).value_or(*end);
    const std::string control = r.text(schema::control);
    o.control = control == "ru" ? ObservedControl::ru : control == "ua" ? ObservedControl::ua : ObservedControl::contested;
    // A store written by another tool may leave these empty: count the report as stated.
    o.confidence = std::clamp(r.real(schema::event_confidence).value_or(1.0) * r.real(schema::score).value_or(1.0), 0.0, 1.0);
    o.claimant = r.text(schema::claimant);
    o.denied = r.real(schema::denied).value_or(0.0) != 0.0;
    o.event = r.text(schema::event);
    o.uncertainty_km = std::max(0.0, r.real(schema::uncertainty_km).value_or(0.0));
    return o;
}

}  // namespace

std::vector<ControlObservation> read_control_observations(const std::string& store,
                                                          std::optional<std::chrono::sys_days> from,
                                                          std::chrono::sys_days to) {
    std::vector<ControlObservation> out;
    read_stored_events(store, observation_filter(from, to), "by control and date", [&](OGRFeatureH f) {
        if (auto o = observation_of(f)) out.push_back(std::move(*o));
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
    return out;
}

}  // namespace frontmap::geo
