#include "geo/front_model.hpp"

#include <algorithm>
#include <cmath>

#include "geo/area_measures.hpp"

namespace frontmap::geo {

namespace {

// A line drawn from reports alone, with no snapshot under it, is an extrapolation.
constexpr double reports_only_confidence = 0.5;
// However old the last snapshot, its line is still a better guess than none.
constexpr double least_confidence = 0.2;

}  // namespace

LonLatBox FrontSources::extent() const {
    LonLatBox box = series.extent();
    LonLatBox seen;
    for (const auto& o : observations) seen.extend(o.where);
    box.extend(seen.expanded(0.2));  // room for the discs around the outermost places
    return box;
}

std::pair<std::chrono::sys_days, std::chrono::sys_days> FrontSources::date_span() const {
    const auto& snaps = series.snapshots;
    auto first = snaps.empty() ? observations.front().day : snaps.front().date;
    auto last = snaps.empty() ? observations.back().day : snaps.back().date;
    if (!observations.empty()) last = std::max(last, observations.back().day);
    return {first, last};
}

FrontModel::FrontModel(const FrontSources& sources, Side side, const EqualAreaProjection& projection,
                       const FrontLineTracer& tracer, FieldOptions field)
    : sources_(sources), side_(side), projection_(projection), tracer_(tracer), field_(field) {
    if (!sources_.series.empty()) blender_.emplace(sources_.series, projection_);
}

std::optional<FrontFrame> FrontModel::frame_on(std::chrono::sys_days day) {
    std::optional<FrontFrame> frame;
    if (blender_) frame = blender_->frame_at(day, side_, &tracer_);
    const auto& snaps = sources_.series.snapshots;
    const bool after_snapshots = snaps.empty() || day >= snaps.back().date;
    if (!after_snapshots || (sources_.observations.empty() && frame && day == snaps.back().date)) return frame;

    // From the last snapshot on, its line grows less certain by the day; reports in play can
    // move it and vouch for the stretches they placed.
    double confidence = reports_only_confidence;
    if (frame) {
        const double days_since = static_cast<double>((day - snaps.back().date).count());
        confidence = std::max(least_confidence, std::exp2(-days_since / std::max(field_.half_life_days, 1e-6)));
    }
    std::optional<ControlBaseline> baseline;
    if (frame) baseline = ControlBaseline{frame->held, snaps.back().date};
    auto observed = observe_front(baseline, sources_.observations, day, side_, projection_, field_);
    if (!frame) frame = FrontFrame{day, side_, {}, {}, {}, {}};
    frame->held = std::move(observed.held);
    frame->contested = std::move(observed.contested);
    frame->evidence.observations_used = observed.observations_used;
    frame->evidence.mean_observation_age_days = observed.mean_observation_age_days;
    if (!sources_.store.empty()) frame->evidence.sources.push_back(sources_.store);
    frame->front_lines.clear();
    for (auto& line : tracer_.trace(frame->held)) frame->front_lines.push_back({std::move(line), confidence});
    const double supported = field_.supported_line_confidence, contested = field_.contested_line_confidence;
    frame->front_lines = adjust_confidence_in(
        frame->front_lines, observed.supported, [supported](double c) { return std::max(c, supported); }, projection_);
    frame->front_lines = adjust_confidence_in(
        frame->front_lines, frame->contested, [contested](double c) { return c * contested; }, projection_);
    return frame;
}

FrontStatistics FrontModel::statistics_of(const FrontFrame& frame, const FrontStatistics* previous) const {
    FrontStatistics row;
    row.date = frame.date;
    row.held_km2 = area_km2(frame.held, projection_);
    row.change_km2 = previous ? row.held_km2 - previous->held_km2 : 0.0;
    double weighted = 0.0;
    for (const auto& part : frame.front_lines) {
        const double km = length_km(part.line, projection_);
        row.front_length_km += km;
        weighted += km * part.confidence;
    }
    row.front_confidence = row.front_length_km > 0 ? weighted / row.front_length_km : 0.0;
    row.observations_used = frame.evidence.observations_used;
    row.mean_observation_age_days = frame.evidence.mean_observation_age_days;
    return row;
}

}  // namespace frontmap::geo
