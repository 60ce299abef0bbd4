#include "geo/front_blend.hpp"

#include "geo/front_line.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "geo/geos_handles.hpp"
#include "geo/planar_geometry.hpp"

namespace frontmap::geo {

namespace {

using geos::Geometry;

constexpr int buffer_quadrant_segments = 8;

Geometry buffer(const geos::Context& ctx, const GEOSGeometry* g, double r) {
    return geos::own(ctx, GEOSBuffer_r(ctx.get(), g, r, buffer_quadrant_segments), "buffer");
}

Geometry intersection(const geos::Context& ctx, const GEOSGeometry* a, const GEOSGeometry* b) {
    return geos::polygonal_part(ctx, geos::own(ctx, GEOSIntersection_r(ctx.get(), a, b), "intersection").get());
}

// Farthest distance from the seed to any vertex of the piece.
double farthest_vertex_distance(const geos::Context& ctx, const GEOSGeometry* piece, const GEOSGeometry* seed) {
    geos::Prepared prepared(GEOSPrepare_r(ctx.get(), seed), geos::PreparedDeleter{ctx.get()});
    if (!prepared) throw std::runtime_error("GEOS could not prepare a seed: " + ctx.last_error());
    auto coords = geos::own(ctx, GEOSGeom_extractUniquePoints_r(ctx.get(), piece), "vertices");
    double farthest = 0.0;
    const int n = GEOSGetNumGeometries_r(ctx.get(), coords.get());
    for (int i = 0; i < n; ++i) {
        double d = 0.0;
        if (GEOSPreparedDistance_r(ctx.get(), prepared.get(), GEOSGetGeometryN_r(ctx.get(), coords.get(), i), &d))
            farthest = std::max(farthest, d);
    }
    return farthest;
}

// One connected piece that changes hands between the two snapshots. Its share at a time is
// the part within a radius of its seed (the other snapshot's nearby area, or a point inside
// the piece for an island); the radius comes from a sampled area(radius) curve so that the
// share's area is proportional to the elapsed time.
class MovingPiece {
public:
    MovingPiece(const geos::Context& ctx, Geometry shape, const GEOSGeometry* seed_source, const BlendOptions& options)
        : shape_(std::move(shape)), area_(geos::area(ctx, shape_.get())) {
        if (area_ < options.sliver_m2) return;
        seed_ = seed_near(ctx, seed_source, options.seed_search_m);
        double r = farthest_vertex_distance(ctx, shape_.get(), seed_.get()) + 1.0;
        // The farthest point can be inside the piece (a seed that wraps around it).
        for (int grow = 0; grow < 20 && share_within(ctx, r) < 0.999; ++grow) r *= 1.25;
        const int steps = std::max(2, options.radius_steps);
        radii_.push_back(0.0);
        shares_.push_back(0.0);
        for (int k = 1; k < steps; ++k) {
            const double rk = r * k / steps;
            radii_.push_back(rk);
            shares_.push_back(std::max(shares_.back(), share_within(ctx, rk)));
        }
        radii_.push_back(r);
        shares_.push_back(1.0);
    }

    // The part of the piece that has changed hands (gain) or is still held (loss) when a
    // share `s` of its area should be covered.
    Geometry part(const geos::Context& ctx, double s) const {
        if (s <= 0.0) return geos::empty_polygon(ctx);
        if (s >= 1.0 || radii_.empty()) {
            if (radii_.empty() && s < 0.5) return geos::empty_polygon(ctx);  // sliver: switch at midpoint
            return geos::clone(ctx, shape_.get());
        }
        auto it = std::lower_bound(shares_.begin(), shares_.end(), s);
        const std::size_t k = static_cast<std::size_t>(std::max<std::ptrdiff_t>(1, it - shares_.begin()));
        const double span = shares_[k] - shares_[k - 1];
        const double t = span > 0 ? (s - shares_[k - 1]) / span : 1.0;
        const double r = radii_[k - 1] + t * (radii_[k] - radii_[k - 1]);
        return intersection(ctx, shape_.get(), buffer(ctx, seed_.get(), r).get());
    }

    const GEOSGeometry* shape() const { return shape_.get(); }

private:
    Geometry seed_near(const geos::Context& ctx, const GEOSGeometry* source, double margin) const {
        double x0, y0, x1, y1;
        if (!GEOSGeom_getExtent_r(ctx.get(), shape_.get(), &x0, &y0, &x1, &y1))
            throw std::runtime_error("GEOS extent failed: " + ctx.last_error());
        auto clipped = geos::own(ctx, GEOSClipByRect_r(ctx.get(), source, x0 - margin, y0 - margin, x1 + margin, y1 + margin),
                                 "clip");
        if (!geos::is_empty(ctx, clipped.get())) return clipped;
        return geos::own(ctx, GEOSPointOnSurface_r(ctx.get(), shape_.get()), "point on surface");
    }
    double share_within(const geos::Context& ctx, double r) const {
        return geos::area(ctx, intersection(ctx, shape_.get(), buffer(ctx, seed_.get(), r).get()).get()) / area_;
    }

    Geometry shape_;
    double area_;
    Geometry seed_{nullptr, geos::GeometryDeleter{}};
    std::vector<double> radii_, shares_;  // empty for slivers
};

std::vector<Geometry> pieces_of(const geos::Context& ctx, const GEOSGeometry* g) {
    auto polys = geos::polygonal_part(ctx, g);
    std::vector<Geometry> out;
    const int n = GEOSGetNumGeometries_r(ctx.get(), polys.get());
    for (int i = 0; i < n; ++i) out.push_back(geos::clone(ctx, GEOSGetGeometryN_r(ctx.get(), polys.get(), i)));
    return out;
}

// The transition between two snapshots on the equal-area plane, prepared once.
class Transition {
public:
    // `before`/`after`: the snapshots either side of the pair (or null), for momentum.
    Transition(const geos::Context& ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GEOSGeometry* before,
               const GEOSGeometry* after, const BlendOptions& options)
        : common_(geos::polygonal_part(ctx, geos::own(ctx, GEOSIntersection_r(ctx.get(), a, b), "intersection").get())) {
        auto gained = geos::own(ctx, GEOSDifference_r(ctx.get(), b, a), "difference");
        auto lost = geos::own(ctx, GEOSDifference_r(ctx.get(), a, b), "difference");
        for (auto& p : pieces_of(ctx, gained.get())) gains_.push_back({MovingPiece(ctx, std::move(p), a, options), 0.0, 1.0});
        for (auto& p : pieces_of(ctx, lost.get())) losses_.push_back({MovingPiece(ctx, std::move(p), b, options), 0.0, 1.0});
        if (options.momentum_from_before || options.momentum_from_after)
            schedule_by_momentum(ctx, a, b, before, after, options);
    }

    Geometry held_at(const geos::Context& ctx, double f) const {
        std::vector<Geometry> parts;
        parts.push_back(geos::clone(ctx, common_.get()));
        for (const auto& g : gains_) parts.push_back(g.piece.part(ctx, g.progress(f)));
        for (const auto& l : losses_) parts.push_back(l.piece.part(ctx, 1.0 - l.progress(f)));
        std::vector<GEOSGeometry*> raw;
        for (auto& p : parts) raw.push_back(p.get());
        auto all = geos::own(ctx, GEOSGeom_createCollection_r(ctx.get(), GEOS_GEOMETRYCOLLECTION, raw.data(),
                                                              static_cast<unsigned>(raw.size())),
                             "collect");
        for (auto& p : parts) p.release();
        return geos::polygonal_part(ctx, geos::own(ctx, GEOSUnaryUnion_r(ctx.get(), all.get()), "union").get());
    }

private:
    struct Scheduled {
        MovingPiece piece;
        double start, end;  // the part of the interval over which this piece changes hands
        double progress(double f) const { return std::clamp((f - start) / (end - start), 0.0, 1.0); }
    };

    // Fronts move in bursts: a piece next to where the line moved just before the pair keeps
    // moving first (changes in the first half), a piece next to where it moves just after the
    // pair goes last (second half); others, or pieces next to both, move over the whole interval.
    void schedule_by_momentum(const geos::Context& ctx, const GEOSGeometry* a, const GEOSGeometry* b,
                              const GEOSGeometry* before, const GEOSGeometry* after, const BlendOptions& options) {
        const bool use_before = options.momentum_from_before, use_after = options.momentum_from_after;
        const double distance = options.momentum_distance_m;
        auto near_change = [&](const GEOSGeometry* x, const GEOSGeometry* y) -> Geometry {
            if (!x) return Geometry(nullptr, geos::GeometryDeleter{ctx.get()});
            auto change = geos::own(ctx, GEOSSymDifference_r(ctx.get(), x, y), "symmetric difference");
            return buffer(ctx, change.get(), distance);
        };
        const auto recent = near_change(before, a);
        const auto upcoming = near_change(after, b);
        auto touches = [&](const Geometry& zone, const MovingPiece& p) {
            return zone && GEOSIntersects_r(ctx.get(), zone.get(), p.shape()) == 1;
        };
        for (auto* list : {&gains_, &losses_})
            for (auto& s : *list) {
                const bool early = touches(recent, s.piece), late = touches(upcoming, s.piece);
                if (early && !late && use_before) s.end = 0.5;
                if (late && !early && use_after) s.start = 0.5;
            }
    }

    Geometry common_;
    std::vector<Scheduled> gains_, losses_;
};

}  // namespace

struct FrontBlender::State {
    const BaselineSeries& series;
    const EqualAreaProjection& projection;
    BlendOptions options;
    geos::Context ctx;
    std::size_t transition_from = static_cast<std::size_t>(-1);
    std::unique_ptr<Transition> transition;

    State(const BaselineSeries& s, const EqualAreaProjection& p, BlendOptions o) : series(s), projection(p), options(o) {}

    const Transition& transition_after(std::size_t i) {
        if (transition_from != i || !transition) {
            const auto& snaps = series.snapshots;
            auto a = to_geos(ctx, snaps[i].held, &projection);
            auto b = to_geos(ctx, snaps[i + 1].held, &projection);
            std::optional<Geometry> before, after;
            if (options.momentum_from_before && i > 0) before = to_geos(ctx, snaps[i - 1].held, &projection);
            if (options.momentum_from_after && i + 2 < snaps.size()) after = to_geos(ctx, snaps[i + 2].held, &projection);
            transition = std::make_unique<Transition>(ctx, a.get(), b.get(), before ? before->get() : nullptr,
                                                      after ? after->get() : nullptr, options);
            transition_from = i;
        }
        return *transition;
    }
};

FrontBlender::FrontBlender(const BaselineSeries& series, const EqualAreaProjection& projection, BlendOptions options)
    : state_(std::make_unique<State>(series, projection, options)) {}

FrontBlender::~FrontBlender() = default;

std::optional<MultiPolygon> FrontBlender::held_at(std::chrono::sys_days date, FrameEvidence* evidence) {
    const auto& snaps = state_->series.snapshots;
    if (snaps.empty()) return std::nullopt;
    auto after = std::lower_bound(snaps.begin(), snaps.end(), date,
                                  [](const BaselineSnapshot& s, std::chrono::sys_days d) { return s.date < d; });
    const BaselineSnapshot* exact = nullptr;
    if (after != snaps.end() && after->date == date) exact = &*after;
    else if (after == snaps.begin()) exact = &*after;        // before the series
    else if (after == snaps.end()) exact = &snaps.back();    // after the series
    if (exact) {
        if (evidence) {
            evidence->baseline_before = evidence->baseline_after = exact->date;
            evidence->blend_fraction = 0.0;
            evidence->sources = exact->sources;
        }
        return exact->held;
    }
    const auto i = static_cast<std::size_t>(after - snaps.begin()) - 1;
    const double f = static_cast<double>((date - snaps[i].date).count()) /
                     static_cast<double>((snaps[i + 1].date - snaps[i].date).count());
    auto held = state_->transition_after(i).held_at(state_->ctx, f);
    if (evidence) {
        evidence->baseline_before = snaps[i].date;
        evidence->baseline_after = snaps[i + 1].date;
        evidence->blend_fraction = f;
        evidence->sources = snaps[i].sources;
        evidence->sources.insert(evidence->sources.end(), snaps[i + 1].sources.begin(), snaps[i + 1].sources.end());
    }
    return to_multipolygon(state_->ctx, held.get(), &state_->projection);
}

std::optional<FrontFrame> FrontBlender::frame_at(std::chrono::sys_days date, Side side, const FrontLineTracer* tracer) {
    FrontFrame frame;
    frame.date = date;
    frame.side = side;
    auto held = held_at(date, &frame.evidence);
    if (!held) return std::nullopt;
    frame.held = std::move(*held);
    if (tracer) {
        // Halfway between two snapshots the line is a guess between two known lines.
        const double f = frame.evidence.blend_fraction;
        const double confidence = 1.0 - std::min(f, 1.0 - f);
        for (auto& line : tracer->trace(frame.held)) frame.front_lines.push_back({std::move(line), confidence});
    }
    return frame;
}

struct HeldTransition::State {
    const EqualAreaProjection& projection;
    MultiPolygon a, b;
    geos::Context ctx;
    std::unique_ptr<Transition> transition;  // null when a and b are the same area

    State(const EqualAreaProjection& p, MultiPolygon from, MultiPolygon to) : projection(p), a(std::move(from)), b(std::move(to)) {}
};

HeldTransition::HeldTransition(const MultiPolygon& a, const MultiPolygon& b, const EqualAreaProjection& projection,
                               const BlendOptions& options)
    : state_(std::make_unique<State>(projection, a, b)) {
    auto& ctx = state_->ctx;
    auto ga = to_geos(ctx, a, &projection);
    auto gb = to_geos(ctx, b, &projection);
    if (GEOSEquals_r(ctx.get(), ga.get(), gb.get()) != 1)
        state_->transition = std::make_unique<Transition>(ctx, ga.get(), gb.get(), nullptr, nullptr, options);
}

HeldTransition::~HeldTransition() = default;

MultiPolygon HeldTransition::at(double f) const {
    if (f <= 0.0 || !state_->transition) return state_->a;
    if (f >= 1.0) return state_->b;
    return to_multipolygon(state_->ctx, state_->transition->held_at(state_->ctx, f).get(), &state_->projection);
}

MultiPolygon blend_held(const MultiPolygon& a, const MultiPolygon& b, double f, const EqualAreaProjection& projection,
                        const BlendOptions& options) {
    if (f <= 0.0) return a;
    if (f >= 1.0) return b;
    return HeldTransition(a, b, projection, options).at(f);
}

}  // namespace frontmap::geo
