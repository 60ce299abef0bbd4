#pragma once
// Observations move the front: after the latest baseline (or where there is none) each control
// observation pulls the place toward the side it reports, with a weight from its confidence,
// its age, its kind (a capture or liberation outweighs a report of fighting) and whether the
// other side denies it. Where the net pull at a place is strong enough the place changes hands
// as a village-sized disc joined to the line, so the front bulges around a captured village and
// relaxes back when a later report outweighs it. The disc grows with the net weight above the
// threshold, so a report that fades with age shrinks its change away over days instead of
// dropping it in one frame. Recent fighting near the line makes the contested zone.
#include <chrono>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "geo/control_observations.hpp"
#include "geo/front_frame.hpp"
#include "geo/projection.hpp"

namespace frontmap::geo {

struct FieldOptions {
    double half_life_days = 14.0;     // a report's weight halves every this many days
    double min_weight = 0.01;         // below this a faded report is not used at all
    double decisive_weight = 1.0;     // capture, liberation, withdrawal (the place changed hands)
    double fighting_weight = 0.35;    // advance, encirclement, clash and other control reports
    double denied_factor = 0.3;       // a claim the other side denies counts at this fraction
    double threshold = 0.25;          // net weight at a place needed to change its hands
    double full_weight = 0.5;         // … and at which the change reaches its full size
    double min_radius_km = 1.5;       // a village: smaller uncertainties still take this much
    double max_uncertainty_km = 8.0;  // vaguer places (a district, "near X") cannot move the line
    double reach_km = 10.0;           // a change joins the line only this close to it
    double contested_days = 7.0;      // fighting this recent marks the contested zone
    double contested_reach_km = 5.0;  // … when reported this close to the line
    double contested_radius_km = 3.0; // … around each report
    double contested_max_uncertainty_km = 15.0;
    double contested_line_confidence = 0.5;  // factor on front-line parts inside the contested zone
    double supported_line_confidence = 0.8;  // front-line parts placed by a report in play
    double supported_margin_km = 0.5;        // … within this of the change the report made
};

// The baseline the observations start from: the held area on its date, or none.
struct ControlBaseline {
    MultiPolygon held;  // WGS84
    std::chrono::sys_days date{};
};

struct ObservedFront {
    MultiPolygon held;       // WGS84; the baseline itself, vertex for vertex, where nothing changed
    bool held_changed = false;
    MultiPolygon contested;  // WGS84
    MultiPolygon supported;  // WGS84; where reports in play placed the line (around the changes)
    std::size_t observations_used = 0;
    double mean_observation_age_days = 0.0;
};

// Signed weight of one observation on `date` for the side whose held area is modelled: + when
// it reports that side's control, − the other's, 0 for contested places, reports dated after
// `date` and reports faded below `min_weight`.
double observation_weight(const ControlObservation& o, Side side, std::chrono::sys_days date, const FieldOptions& options);

// The held area on `date`: the baseline (when given) changed by the observations dated after the
// baseline's date and up to `date`, or, with no baseline, discs around the places the
// observations give to `side`. Also the contested zone and the evidence used.
ObservedFront observe_front(const std::optional<ControlBaseline>& baseline, std::span<const ControlObservation> observations,
                            std::chrono::sys_days date, Side side, const EqualAreaProjection& projection,
                            const FieldOptions& options = {});

// Front-line parts inside `zone` are split off, their confidence replaced by `adjust(confidence)`.
std::vector<FrontLinePart> adjust_confidence_in(const std::vector<FrontLinePart>& parts, const MultiPolygon& zone,
                                                const std::function<double(double)>& adjust,
                                                const EqualAreaProjection& projection);

}  // namespace frontmap::geo
