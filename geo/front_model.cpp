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

struct LineMeasure {
    double km = 0;
    double mean_confidence = 0;  // by length
};

LineMeasure measure_line(const FrontFrame& frame, const EqualAreaProjection& projection) {
    LineMeasure m;
    double weighted = 0;
    for (const auto& part : frame.front_lines) {
        const double l = length_km(part.line, projection);
        m.km += l;
        weighted += l * part.confidence;
    }
    m.mean_confidence = m.km > 0 ? weighted / m.km : 0.0;
    return m;
}

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
    const auto line = measure_line(frame, projection_);
    row.front_length_km = line.km;
    row.front_confidence = line.mean_confidence;
    row.observations_used = frame.evidence.observations_used;
    row.mean_observation_age_days = frame.evidence.mean_observation_age_days;
    return row;
}

FrameInterpolation::FrameInterpolation(FrontFrame a, FrontFrame b, const EqualAreaProjection& projection,
                                       const FrontLineTracer& tracer, FieldOptions field)
    : a_(std::move(a)), b_(std::move(b)), projection_(projection), tracer_(tracer), field_(field) {
    if (!(a_.held == b_.held)) transition_.emplace(a_.held, b_.held, projection_);
}

FrontFrame FrameInterpolation::at(double f) const {
    const FrontFrame& nearer = f < 0.5 ? a_ : b_;
    if (!transition_ || f <= 0.0 || f >= 1.0) return f <= 0.0 ? a_ : (f >= 1.0 ? b_ : nearer);
    FrontFrame frame = nearer;
    frame.held = transition_->at(f);
    frame.front_lines.clear();
    const double confidence = measure_line(nearer, projection_).mean_confidence;
    for (auto& line : tracer_.trace(frame.held)) frame.front_lines.push_back({std::move(line), confidence});
    const double contested = field_.contested_line_confidence;
    frame.front_lines = adjust_confidence_in(
        frame.front_lines, frame.contested, [contested](double c) { return c * contested; }, projection_);
    return frame;
}

}  // namespace frontmap::geo
