#pragma once
// Held area between baseline snapshots. At a snapshot date the snapshot itself, vertex for
// vertex; between two snapshots A and B the area both hold (A∩B) stays exact and each piece
// that changes hands moves continuously: a piece of B\A grows out of A's edge, a piece of
// A\B shrinks toward B's edge, each by the elapsed fraction of its area, so the held area
// changes linearly in time and frames never pop.
#include <chrono>
#include <memory>
#include <optional>

#include "geo/baseline_series.hpp"
#include "geo/front_frame.hpp"
#include "geo/projection.hpp"

namespace frontmap::geo {

class FrontLineTracer;

struct BlendOptions {
    int radius_steps = 12;               // samples of area against growth radius per piece
    double sliver_m2 = 1000.0;           // pieces below this switch at the midpoint instead of growing
    double seed_search_m = 1000.0;       // how far around a piece its growth seed is looked for
    // Momentum: schedule pieces by the snapshots either side of the pair. A piece within
    // momentum_distance_m of where the line moved just before the pair changes hands in the
    // first half of the interval; one next to where it moves just after, in the second half.
    // Off by default: on DeepState's daily run it did not beat plain blending (see
    // bench/front_holdout_bench.cpp and the figures in the report).
    bool momentum_from_before = false;
    bool momentum_from_after = false;
    double momentum_distance_m = 1500.0;
};

// Frames of the held area from a baseline series. Keeps the projected snapshots and the
// current transition, so a run of dates between the same two snapshots is cheap. One object
// per thread; `series` and `projection` must outlive it.
class FrontBlender {
public:
    FrontBlender(const BaselineSeries& series, const EqualAreaProjection& projection, BlendOptions options = {});
    ~FrontBlender();
    FrontBlender(const FrontBlender&) = delete;
    FrontBlender& operator=(const FrontBlender&) = delete;

    // Held area on `date` (WGS84). Before the first or after the last snapshot it is the
    // nearest snapshot (observations take over there). Nothing when the series is empty.
    // `evidence`, when given, gets the snapshots used and the blend fraction.
    std::optional<MultiPolygon> held_at(std::chrono::sys_days date, FrameEvidence* evidence = nullptr);

    // The held area as a frame, with its front line when a tracer is given (confidence 1 at a
    // snapshot date, falling to 0.5 midway between two). No contested zone yet: that needs
    // observations.
    std::optional<FrontFrame> frame_at(std::chrono::sys_days date, Side side, const FrontLineTracer* tracer = nullptr);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The move from one held area to another, prepared once (the pieces that change hands and
// their growth curves), so that many moments of it are cheap: a viewer gliding between two
// daily frames. f = 0 gives `a`, f = 1 gives `b` (both exactly). `projection` must outlive it.
class HeldTransition {
public:
    HeldTransition(const MultiPolygon& a, const MultiPolygon& b, const EqualAreaProjection& projection,
                   const BlendOptions& options = {});
    ~HeldTransition();
    HeldTransition(const HeldTransition&) = delete;
    HeldTransition& operator=(const HeldTransition&) = delete;

    MultiPolygon at(double f) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Blends two WGS84 multipolygons directly: f = 0 gives `a`, f = 1 gives `b` (both exactly).
MultiPolygon blend_held(const MultiPolygon& a, const MultiPolygon& b, double f, const EqualAreaProjection& projection,
                        const BlendOptions& options = {});

}  // namespace frontmap::geo
