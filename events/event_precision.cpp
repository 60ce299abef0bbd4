#include "events/event_precision.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace frontmap::events {
namespace {

// Radius of a settlement's built-up area from its population, at an urban density of about
// 2,000 people per km² (Ukrainian towns range 1,000–4,000); at least 1 km for a village.
double settlement_radius_km(std::int64_t population) {
    if (population <= 0) return 1.0;
    return std::max(1.0, std::sqrt(static_cast<double>(population) / 2000.0 / std::numbers::pi));
}

}  // namespace

Precision precision_of(const gaz::Mention& mention, const std::optional<MentionDate>& date) {
    Precision p;
    const auto& place = mention.place;
    const std::string& code = place.feature_code;
    if (place.feature_class == 'P') {
        p.geo = 1;
        p.uncertainty_km = settlement_radius_km(place.population);
    } else if (place.feature_class == 'A' && (code == "ADM1" || code.rfind("PCL", 0) == 0)) {
        p.geo = 3;
        p.uncertainty_km = code == "ADM1" ? 100 : 400;
    } else if (place.feature_class == 'A') {  // districts (raions) and communities (hromadas)
        p.geo = 2;
        // A raion spans 50–100 km; a hromada, the unit below it, 10–30 km.
        p.uncertainty_km = code == "ADM3" || code == "ADM4" ? 10 : 25;
    } else if (place.feature_class == 'H') {  // rivers, reservoirs, seas: somewhere along them
        p.geo = 3;
        p.uncertainty_km = code == "STM" ? 50 : 100;
    } else if (place.feature_class == 'L' || place.feature_class == 'T') {  // regions, areas, heights
        p.geo = code == "RGN" || code == "AREA" ? 3 : 2;
        p.uncertainty_km = p.geo == 3 ? 150 : 5;
    } else {  // sites and buildings
        p.geo = 1;
        p.uncertainty_km = 1;
    }
    // "near", "north of", "outskirts of", "the X direction": around the place, not in it.
    if (!mention.relation.empty() || mention.qualifier == "direction") {
        p.geo = std::max(p.geo, 2);
        p.uncertainty_km += mention.qualifier == "direction" ? 20 : 10;
    }
    p.time = 3;
    if (date) {
        if (date->range.precision == DatePrecision::day) p.time = 1;
        else if (date->range.precision == DatePrecision::week) p.time = 2;
        // A mention dated only by its article happened on or in the days before that date,
        // which ACLED codes as "within the week" (2), not as the day itself; an article whose
        // own date was guessed says no more than the month.
        if (date->source == DateSource::document) p.time = std::max(p.time, 2);
        if (date->source == DateSource::inferred) p.time = 3;
    }
    p.uncertainty_km = std::round(p.uncertainty_km * 10) / 10;  // a radius, not a measurement
    return p;
}

}  // namespace frontmap::events
