#pragma once
// Frames of the front on any date, from everything there is: the baseline blend between
// snapshots, moved by control observations from the last snapshot on (or drawn from them alone
// without snapshots), with the contested zone, the front line and its confidence per part.
// The one source of frames for `frontmap front`, the renderer and the viewer, so that what they
// show is the same.
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "geo/baseline_series.hpp"
#include "geo/control_field.hpp"
#include "geo/control_observations.hpp"
#include "geo/front_blend.hpp"
#include "geo/front_frame.hpp"
#include "geo/front_line.hpp"
#include "geo/projection.hpp"

namespace frontmap::geo {

// Where the frames come from: baseline maps, control observations from an event store, or both.
struct FrontSources {
    BaselineSeries series;
    std::vector<ControlObservation> observations;  // by day
    std::string store;                             // where the observations came from, empty without

    bool empty() const { return series.empty() && observations.empty(); }
    // The baselines' extent and the observed places, with room for the discs around them.
    LonLatBox extent() const;
    // The first baseline (or observation) to the last baseline or observation, whichever is later.
    std::pair<std::chrono::sys_days, std::chrono::sys_days> date_span() const;
};

class FrontModel {
public:
    // Keeps references to `sources`, `projection` and `tracer`, which must outlive it. One
    // object per thread (the blender caches the current transition).
    FrontModel(const FrontSources& sources, Side side, const EqualAreaProjection& projection,
               const FrontLineTracer& tracer, FieldOptions field = {});

    // Nothing when there are neither snapshots nor observations for the day.
    std::optional<FrontFrame> frame_on(std::chrono::sys_days day);

    // Figures of a frame; `previous` gives the change since the frame before it.
    FrontStatistics statistics_of(const FrontFrame& frame, const FrontStatistics* previous) const;

private:
    const FrontSources& sources_;
    Side side_;
    const EqualAreaProjection& projection_;
    const FrontLineTracer& tracer_;
    FieldOptions field_;
    std::optional<FrontBlender> blender_;
};

// A moment between two consecutive frames (a viewer's time between two days): the held area
// moves continuously from `a`'s to `b`'s, only where they differ; the line is traced again with
// the nearer frame's mean confidence, lowered in its contested zone; the contested zone and
// the evidence are the nearer frame's. Prepared once per pair; `at` is cheap.
class FrameInterpolation {
public:
    FrameInterpolation(FrontFrame a, FrontFrame b, const EqualAreaProjection& projection, const FrontLineTracer& tracer,
                       FieldOptions field = {});
    FrontFrame at(double f) const;

private:
    FrontFrame a_, b_;
    const EqualAreaProjection& projection_;
    const FrontLineTracer& tracer_;
    FieldOptions field_;
    std::optional<HeldTransition> transition_;  // none when the held areas are the same
};

}  // namespace frontmap::geo
