#include "geo/control_field.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <tuple>

#include "geo/geos_handles.hpp"
#include "geo/planar_geometry.hpp"

namespace frontmap::geo {

namespace {

using geos::Geometry;

constexpr int quadrant_segments = 8;
// Discs of reports: 16-gons, within 2% of the radius (30 m for a village's 1.5 km), and
// half the vertices of a buffer's, which thousands of overlapping discs pay for in the union.
constexpr int disc_vertices = 16;

// The place changed hands: these outweigh reports of fighting, which say little about who holds it.
bool is_decisive(const std::string& event) {
    return event == "capture" || event == "liberation" || event == "withdrawal";
}
bool is_fighting(const ControlObservation& o) {
    return o.control == ObservedControl::contested || o.event == "clash" || o.event == "advance" ||
           o.event == "encirclement";
}

double age_days(const ControlObservation& o, std::chrono::sys_days date) {
    return static_cast<double>((date - o.day).count());
}

double decay(const ControlObservation& o, std::chrono::sys_days date, const FieldOptions& options) {
    const double half_life = std::max(options.half_life_days, 1e-6);
    return std::exp2(-std::max(0.0, age_days(o, date)) / half_life);
}

// One observation in play on the frame's date, on the equal-area plane.
struct Placed {
    const ControlObservation* o;
    PlanarPoint at;
    double weight;    // signed, see observation_weight
    double radius_m;  // the disc it changes hands with, at full size
};

Geometry point(const geos::Context& ctx, PlanarPoint p) {
    return geos::own(ctx, GEOSGeom_createPointFromXY_r(ctx.get(), p.x, p.y), "make point");
}

Geometry buffer(const geos::Context& ctx, const GEOSGeometry* g, double r) {
    return geos::own(ctx, GEOSBuffer_r(ctx.get(), g, r, quadrant_segments), "buffer");
}

// The convex hull of discs of radius `r` around `a` and `b`: a disc when they coincide, else a
// capsule. Built from the circles' vertices, which for thousands of reports is much cheaper
// than buffering points and lines.
Geometry capsule(const geos::Context& ctx, PlanarPoint a, PlanarPoint b, double r) {
    constexpr int segments = disc_vertices;
    const bool same = std::hypot(a.x - b.x, a.y - b.y) < 1e-6;
    std::vector<double> xy;
    for (const PlanarPoint c : same ? std::vector<PlanarPoint>{a} : std::vector<PlanarPoint>{a, b})
        for (int k = 0; k < segments; ++k) {
            const double t = 2.0 * M_PI * k / segments;
            xy.push_back(c.x + r * std::cos(t));
            xy.push_back(c.y + r * std::sin(t));
        }
    const auto n = static_cast<unsigned>(xy.size() / 2);
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx.get(), xy.data(), n, 0, 0);
    if (!seq) throw std::runtime_error("GEOS could not make a coordinate sequence: " + ctx.last_error());
    auto points = geos::own(ctx, GEOSGeom_createLineString_r(ctx.get(), seq), "make line");
    return geos::own(ctx, GEOSConvexHull_r(ctx.get(), points.get()), "convex hull");
}

Geometry union_all(const geos::Context& ctx, std::vector<Geometry> parts) {
    if (parts.empty()) return geos::empty_polygon(ctx);
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) raw.push_back(p.get());
    auto all = geos::own(ctx, GEOSGeom_createCollection_r(ctx.get(), GEOS_GEOMETRYCOLLECTION, raw.data(),
                                                          static_cast<unsigned>(raw.size())), "collect");
    for (auto& p : parts) p.release();  // the collection owns them now
    return geos::polygonal_part(ctx, geos::own(ctx, GEOSUnaryUnion_r(ctx.get(), all.get()), "union").get());
}

// Net weight at each observation's place: the sum over the reports whose discs cover it, so a
// later liberation cancels an earlier capture and a denial or a report of fighting adds little.
// Reports are binned in square cells as wide as the widest disc, so each looks at 3 × 3 cells.
std::vector<double> net_weights(const std::vector<Placed>& placed) {
    double widest = 1.0;
    for (const auto& p : placed) widest = std::max(widest, p.radius_m);
    auto cell_of = [&](const PlanarPoint& at) {
        return std::pair<long long, long long>{static_cast<long long>(std::floor(at.x / widest)),
                                               static_cast<long long>(std::floor(at.y / widest))};
    };
    std::vector<std::size_t> order(placed.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cell_of(placed[a].at) < cell_of(placed[b].at); });
    std::vector<std::pair<long long, long long>> cells(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) cells[k] = cell_of(placed[order[k]].at);
    std::vector<double> net(placed.size(), 0.0);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const Placed& here = placed[i];
        const auto [cx, cy] = cell_of(here.at);
        for (long long x = cx - 1; x <= cx + 1; ++x) {
            // Cells sort by x then y: the three cells of a column are one run.
            auto k = std::lower_bound(cells.begin(), cells.end(), std::pair{x, cy - 1}) - cells.begin();
            for (; k < static_cast<std::ptrdiff_t>(cells.size()) && cells[k] <= std::pair{x, cy + 1}; ++k) {
                const Placed& other = placed[order[k]];
                const double reach = std::max(here.radius_m, other.radius_m);
                const double dx = here.at.x - other.at.x, dy = here.at.y - other.at.y;
                if (dx * dx + dy * dy <= reach * reach) net[i] += other.weight;
            }
        }
    }
    return net;
}

// The edges of the held area's boundary in an R-tree: the nearest point of the line to each of
// thousands of reports. (GEOS's prepared nearest-points query re-indexes the whole boundary on
// every call.)
class EdgeIndex {
public:
    EdgeIndex(const geos::Context& ctx, const GEOSGeometry* boundary)
        : tree_(GEOSSTRtree_create_r(ctx.get(), 10), TreeDeleter{ctx.get()}) {
        if (!tree_) throw std::runtime_error("GEOS could not make an R-tree: " + ctx.last_error());
        const int lines = GEOSGetNumGeometries_r(ctx.get(), boundary);
        for (int i = 0; i < lines; ++i) {
            const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx.get(), GEOSGetGeometryN_r(ctx.get(), boundary, i));
            unsigned n = 0;
            if (!seq || !GEOSCoordSeq_getSize_r(ctx.get(), seq, &n)) continue;
            PlanarPoint prev{};
            for (unsigned k = 0; k < n; ++k) {
                PlanarPoint p{};
                GEOSCoordSeq_getXY_r(ctx.get(), seq, k, &p.x, &p.y);
                if (k > 0) {
                    GEOSCoordSequence* edge = GEOSCoordSeq_create_r(ctx.get(), 2, 2);
                    GEOSCoordSeq_setXY_r(ctx.get(), edge, 0, prev.x, prev.y);
                    GEOSCoordSeq_setXY_r(ctx.get(), edge, 1, p.x, p.y);
                    edges_.push_back(geos::own(ctx, GEOSGeom_createLineString_r(ctx.get(), edge), "make edge"));
                    GEOSSTRtree_insert_r(ctx.get(), tree_.get(), edges_.back().get(), edges_.back().get());
                }
                prev = p;
            }
        }
    }

    // The point of the boundary nearest to `at` (`at` itself when there are no edges).
    PlanarPoint nearest(const geos::Context& ctx, const GEOSGeometry* at) const {
        if (edges_.empty()) return coordinate(ctx, at);
        const GEOSGeometry* edge = GEOSSTRtree_nearest_r(ctx.get(), tree_.get(), at);
        if (!edge) throw std::runtime_error("GEOS nearest edge failed: " + ctx.last_error());
        GEOSCoordSequence* pair = GEOSNearestPoints_r(ctx.get(), edge, at);
        if (!pair) throw std::runtime_error("GEOS nearest points failed: " + ctx.last_error());
        PlanarPoint p;
        const bool ok = GEOSCoordSeq_getXY_r(ctx.get(), pair, 0, &p.x, &p.y);
        GEOSCoordSeq_destroy_r(ctx.get(), pair);
        if (!ok) throw std::runtime_error("GEOS nearest points failed: " + ctx.last_error());
        return p;
    }

private:
    static PlanarPoint coordinate(const geos::Context& ctx, const GEOSGeometry* point) {
        PlanarPoint p;
        GEOSGeomGetX_r(ctx.get(), point, &p.x);
        GEOSGeomGetY_r(ctx.get(), point, &p.y);
        return p;
    }
    struct TreeDeleter {
        GEOSContextHandle_t context;
        void operator()(GEOSSTRtree* t) const { GEOSSTRtree_destroy_r(context, t); }
    };
    std::vector<Geometry> edges_;  // before the tree, which refers to them: destroyed after it
    std::unique_ptr<GEOSSTRtree, TreeDeleter> tree_;
};

// The held area and its boundary, prepared once: every observation asks whether it lies
// inside and how far from the line, which on a country-sized polygon dominates the cost.
struct HeldShape {
    Geometry held;
    Geometry boundary;
    geos::Prepared prepared_held, prepared_boundary;

    HeldShape(const geos::Context& ctx, Geometry g)
        : held(std::move(g)), boundary(geos::own(ctx, GEOSBoundary_r(ctx.get(), held.get()), "boundary")),
          prepared_held(GEOSPrepare_r(ctx.get(), held.get()), geos::PreparedDeleter{ctx.get()}),
          prepared_boundary(GEOSPrepare_r(ctx.get(), boundary.get()), geos::PreparedDeleter{ctx.get()}) {
        if (!prepared_held || !prepared_boundary) throw std::runtime_error("GEOS could not prepare the held area: " + ctx.last_error());
    }
    bool empty(const geos::Context& ctx) const { return geos::is_empty(ctx, held.get()); }
};

double distance(const geos::Context& ctx, const GEOSPreparedGeometry* target, const GEOSGeometry* g) {
    double d = 0.0;
    if (!GEOSPreparedDistance_r(ctx.get(), target, g, &d)) throw std::runtime_error("GEOS distance failed: " + ctx.last_error());
    return d;
}

// Share of the full disc's area a change takes at net weight `net`: none at the threshold,
// all of it from `full_weight` on, linear in between.
double size_at(double net, const FieldOptions& options) {
    const double span = std::max(options.full_weight - options.threshold, 1e-9);
    return std::clamp((std::abs(net) - options.threshold) / span, 0.0, 1.0);
}

// Where the observations strong enough to change hands add to (gains) or cut from (losses) the
// held area: a disc around the place widened into a corridor to the line (the held area for a
// gain, its boundary for a loss), so that the change is a bulge or a dent, not an island or a
// hole. Changes farther than `reach_km` from the line are left out: a capture far behind the
// line is more likely a misplaced name than an enclave.
void changes_of(const geos::Context& ctx, const std::vector<Placed>& placed, const HeldShape& shape,
                const FieldOptions& options, std::vector<Geometry>& gains, std::vector<Geometry>& losses) {
    const auto net = net_weights(placed);
    const bool has_line = !shape.empty(ctx);
    const double reach = options.reach_km * 1000.0;
    // Reports of the same place share its net weight and corridor: one change each way per
    // place, as wide as the widest of them.
    struct Change {
        PlanarPoint at;
        bool gain;
        double r;
    };
    std::vector<Change> wanted;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const Placed& p = placed[i];
        if (p.weight == 0.0 || p.o->uncertainty_km > options.max_uncertainty_km) continue;
        const bool gain = p.weight > 0 && net[i] > options.threshold;
        const bool loss = p.weight < 0 && net[i] < -options.threshold;
        if (!gain && !loss) continue;
        const double r = p.radius_m * std::sqrt(size_at(net[i], options));
        if (r >= 1.0) wanted.push_back({p.at, gain, r});
    }
    const std::optional<EdgeIndex> edges = has_line ? std::optional<EdgeIndex>(std::in_place, ctx, shape.boundary.get()) : std::nullopt;
    std::sort(wanted.begin(), wanted.end(), [](const Change& a, const Change& b) {
        return std::tie(a.at.x, a.at.y, a.gain, b.r) < std::tie(b.at.x, b.at.y, b.gain, a.r);  // widest first
    });
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (i > 0 && wanted[i].at.x == wanted[i - 1].at.x && wanted[i].at.y == wanted[i - 1].at.y &&
            wanted[i].gain == wanted[i - 1].gain)
            continue;
        const auto& [at, gain, r] = wanted[i];
        if (!has_line) {
            if (gain) gains.push_back(capsule(ctx, at, at, r));  // no line yet: the place itself
            continue;
        }
        auto centre = point(ctx, at);
        // A gain is for a place outside the held area, a loss for one inside it.
        if (gain == (GEOSPreparedContains_r(ctx.get(), shape.prepared_held.get(), centre.get()) == 1)) continue;
        const PlanarPoint to = edges->nearest(ctx, centre.get());
        if (std::hypot(to.x - at.x, to.y - at.y) > reach) continue;
        (gain ? gains : losses).push_back(capsule(ctx, at, to, r));
    }
}

// The observations in play on `date`, with their discs; evidence counts every one of them.
std::vector<Placed> place_observations(std::span<const ControlObservation> observations,
                                       const std::optional<ControlBaseline>& baseline, std::chrono::sys_days date,
                                       Side side, const EqualAreaProjection& projection, const FieldOptions& options,
                                       ObservedFront& out) {
    std::vector<const ControlObservation*> used;
    for (const auto& o : observations) {
        if (o.day > date || (baseline && o.day <= baseline->date)) continue;
        if (decay(o, date, options) * o.confidence < options.min_weight) continue;
        used.push_back(&o);
    }
    std::vector<LonLat> where;
    double age_sum = 0.0;
    for (const auto* o : used) {
        where.push_back(o->where);
        age_sum += age_days(*o, date);
    }
    out.observations_used = used.size();
    out.mean_observation_age_days = used.empty() ? 0.0 : age_sum / static_cast<double>(used.size());
    const auto at = projection.forward(where);
    std::vector<Placed> placed;
    for (std::size_t i = 0; i < used.size(); ++i) {
        const double radius_km = std::max(options.min_radius_km, used[i]->uncertainty_km);
        placed.push_back({used[i], at[i], observation_weight(*used[i], side, date, options), radius_km * 1000.0});
    }
    return placed;
}

// Reports of fighting in the last days near the line, a disc around each.
Geometry contested_zone(const geos::Context& ctx, const std::vector<Placed>& placed, const HeldShape& shape,
                        std::chrono::sys_days date, const FieldOptions& options) {
    if (shape.empty(ctx)) return geos::empty_polygon(ctx);
    std::vector<Geometry> discs;
    std::set<std::pair<double, double>> seen;  // one disc per place, however many reports
    for (const auto& p : placed) {
        if (!is_fighting(*p.o) || age_days(*p.o, date) > options.contested_days ||
            p.o->uncertainty_km > options.contested_max_uncertainty_km || !seen.insert({p.at.x, p.at.y}).second)
            continue;
        auto centre = point(ctx, p.at);
        if (distance(ctx, shape.prepared_boundary.get(), centre.get()) > options.contested_reach_km * 1000.0) continue;
        discs.push_back(capsule(ctx, p.at, p.at, options.contested_radius_km * 1000.0));
    }
    return union_all(ctx, std::move(discs));
}

}  // namespace

double observation_weight(const ControlObservation& o, Side side, std::chrono::sys_days date, const FieldOptions& options) {
    if (o.day > date || o.control == ObservedControl::contested) return 0.0;
    const double kind = is_decisive(o.event) ? options.decisive_weight : options.fighting_weight;
    const double w = o.confidence * kind * (o.denied ? options.denied_factor : 1.0) * decay(o, date, options);
    if (w < options.min_weight) return 0.0;
    const bool ours = (o.control == ObservedControl::ru) == (side == Side::ru);
    return ours ? w : -w;
}

ObservedFront observe_front(const std::optional<ControlBaseline>& baseline, std::span<const ControlObservation> observations,
                            std::chrono::sys_days date, Side side, const EqualAreaProjection& projection,
                            const FieldOptions& options) {
    ObservedFront out;
    const auto placed = place_observations(observations, baseline, date, side, projection, options, out);
    if (baseline) out.held = baseline->held;
    if (placed.empty()) return out;  // nothing in play: the baseline, vertex for vertex
    const geos::Context ctx;
    auto start = baseline ? to_geos(ctx, baseline->held, &projection) : geos::empty_polygon(ctx);
    // Baselines and blends are valid already; repairing them anyway costs a tenth of a keyframe.
    if (GEOSisValid_r(ctx.get(), start.get()) != 1) start = geos::polygonal_part(ctx, geos::make_valid(ctx, start.get()).get());
    HeldShape shape(ctx, std::move(start));
    std::vector<Geometry> gains, losses;
    changes_of(ctx, placed, shape, options, gains, losses);
    std::optional<HeldShape> changed;
    if (!gains.empty() || !losses.empty()) {
        // The discs are unioned among themselves first: one overlay with the country-sized
        // held area instead of one per disc.
        auto gained = union_all(ctx, std::move(gains));
        auto removed = union_all(ctx, std::move(losses));
        Geometry held = geos::is_empty(ctx, gained.get())
                            ? geos::clone(ctx, shape.held.get())
                            : geos::polygonal_part(ctx, geos::own(ctx, GEOSUnion_r(ctx.get(), shape.held.get(), gained.get()), "union").get());
        if (!geos::is_empty(ctx, removed.get()))
            held = geos::polygonal_part(ctx, geos::own(ctx, GEOSDifference_r(ctx.get(), held.get(), removed.get()), "difference").get());
        auto moved = geos::own(ctx, GEOSUnion_r(ctx.get(), gained.get(), removed.get()), "union");
        // Only a zone to find the stretches of line near a change: simplified first, it buffers fast.
        const double margin = options.supported_margin_km * 1000.0;
        auto outline = geos::own(ctx, GEOSSimplify_r(ctx.get(), moved.get(), margin / 4), "simplify");
        out.supported = to_multipolygon(ctx, buffer(ctx, outline.get(), margin).get(), &projection);
        changed.emplace(ctx, std::move(held));
        out.held = to_multipolygon(ctx, changed->held.get(), &projection);
        out.held_changed = true;
    }
    out.contested = to_multipolygon(ctx, contested_zone(ctx, placed, changed ? *changed : shape, date, options).get(), &projection);
    return out;
}

std::vector<FrontLinePart> adjust_confidence_in(const std::vector<FrontLinePart>& parts, const MultiPolygon& zone,
                                                const std::function<double(double)>& adjust,
                                                const EqualAreaProjection& projection) {
    if (zone.empty()) return parts;
    const geos::Context ctx;
    const auto area = to_geos(ctx, zone, &projection);
    const geos::Prepared prepared(GEOSPrepare_r(ctx.get(), area.get()), geos::PreparedDeleter{ctx.get()});
    if (!prepared) throw std::runtime_error("GEOS could not prepare a zone: " + ctx.last_error());
    std::vector<FrontLinePart> out;
    for (const auto& part : parts) {
        const auto line = to_geos(ctx, part.line, &projection);
        if (GEOSPreparedIntersects_r(ctx.get(), prepared.get(), line.get()) != 1) {
            out.push_back(part);
            continue;
        }
        auto inside = geos::own(ctx, GEOSIntersection_r(ctx.get(), line.get(), area.get()), "intersection");
        auto outside = geos::own(ctx, GEOSDifference_r(ctx.get(), line.get(), area.get()), "difference");
        for (auto& l : to_lines(ctx, geos::own(ctx, GEOSLineMerge_r(ctx.get(), outside.get()), "line merge").get(), &projection))
            out.push_back({std::move(l), part.confidence});
        for (auto& l : to_lines(ctx, geos::own(ctx, GEOSLineMerge_r(ctx.get(), inside.get()), "line merge").get(), &projection))
            out.push_back({std::move(l), std::clamp(adjust(part.confidence), 0.0, 1.0)});
    }
    return out;
}

}  // namespace frontmap::geo
