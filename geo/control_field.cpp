#include "geo/control_field.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "geo/geos_handles.hpp"
#include "geo/planar_geometry.hpp"

namespace frontmap::geo {

namespace {

using geos::Geometry;

constexpr int quadrant_segments = 8;

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
    double radius_m;  // the disc it changes hands with
};

Geometry point(const geos::Context& ctx, PlanarPoint p) {
    return geos::own(ctx, GEOSGeom_createPointFromXY_r(ctx.get(), p.x, p.y), "make point");
}

Geometry buffer(const geos::Context& ctx, const GEOSGeometry* g, double r) {
    return geos::own(ctx, GEOSBuffer_r(ctx.get(), g, r, quadrant_segments), "buffer");
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
// A sweep along x keeps it near-linear for thousands of reports spread along a front.
std::vector<double> net_weights(const std::vector<Placed>& placed) {
    std::vector<std::size_t> by_x(placed.size());
    for (std::size_t i = 0; i < by_x.size(); ++i) by_x[i] = i;
    std::sort(by_x.begin(), by_x.end(), [&](std::size_t a, std::size_t b) { return placed[a].at.x < placed[b].at.x; });
    double widest = 0.0;
    for (const auto& p : placed) widest = std::max(widest, p.radius_m);
    std::vector<double> net(placed.size(), 0.0);
    std::size_t first = 0;  // the first report in x order that can still reach the current one
    for (const std::size_t i : by_x) {
        const Placed& here = placed[i];
        while (placed[by_x[first]].at.x < here.at.x - widest) ++first;
        for (std::size_t k = first; k < by_x.size() && placed[by_x[k]].at.x <= here.at.x + widest; ++k) {
            const Placed& other = placed[by_x[k]];
            const double reach = std::max(here.radius_m, other.radius_m);
            if (std::hypot(here.at.x - other.at.x, here.at.y - other.at.y) <= reach) net[i] += other.weight;
        }
    }
    return net;
}

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

// A disc around the place, widened into a corridor to `target` (the held area, or its
// boundary) so that the change joins the line as a bulge or a dent instead of an island or a hole.
Geometry joined_disc(const geos::Context& ctx, const Placed& p, const GEOSGeometry* centre, const GEOSPreparedGeometry* target) {
    if (distance(ctx, target, centre) < 1.0) return buffer(ctx, centre, p.radius_m);
    GEOSCoordSequence* nearest = GEOSPreparedNearestPoints_r(ctx.get(), target, centre);
    if (!nearest) throw std::runtime_error("GEOS nearest points failed: " + ctx.last_error());
    auto corridor = geos::own(ctx, GEOSGeom_createLineString_r(ctx.get(), nearest), "make corridor");  // owns `nearest`
    return buffer(ctx, corridor.get(), p.radius_m);
}

// Where the observations strong enough to change hands add to (gains) or cut from (losses) the
// held area. Changes farther than `reach_km` from the line are left out: a capture far behind
// the line is more likely a misplaced name than an enclave.
void changes_of(const geos::Context& ctx, const std::vector<Placed>& placed, const HeldShape& shape,
                const FieldOptions& options, std::vector<Geometry>& gains, std::vector<Geometry>& losses) {
    const auto net = net_weights(placed);
    const bool has_line = !shape.empty(ctx);
    const double reach = options.reach_km * 1000.0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const Placed& p = placed[i];
        if (p.weight == 0.0 || p.o->uncertainty_km > options.max_uncertainty_km) continue;
        const bool gain = p.weight > 0 && net[i] >= options.threshold;
        const bool loss = p.weight < 0 && net[i] <= -options.threshold;
        if (!gain && !loss) continue;
        auto centre = point(ctx, p.at);
        if (!has_line) {
            if (gain) gains.push_back(buffer(ctx, centre.get(), p.radius_m));  // no line yet: the place itself
            continue;
        }
        const bool inside = GEOSPreparedContains_r(ctx.get(), shape.prepared_held.get(), centre.get()) == 1;
        if (gain && !inside && distance(ctx, shape.prepared_held.get(), centre.get()) <= reach)
            gains.push_back(joined_disc(ctx, p, centre.get(), shape.prepared_held.get()));
        else if (loss && inside && distance(ctx, shape.prepared_boundary.get(), centre.get()) <= reach)
            losses.push_back(joined_disc(ctx, p, centre.get(), shape.prepared_boundary.get()));
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

// Reports of fighting in the last days near the line, within a band around it.
Geometry contested_zone(const geos::Context& ctx, const std::vector<Placed>& placed, const HeldShape& shape,
                        std::chrono::sys_days date, const FieldOptions& options) {
    if (shape.empty(ctx)) return geos::empty_polygon(ctx);
    std::vector<Geometry> discs;
    for (const auto& p : placed) {
        if (!is_fighting(*p.o) || age_days(*p.o, date) > options.contested_days ||
            p.o->uncertainty_km > options.contested_max_uncertainty_km)
            continue;
        auto centre = point(ctx, p.at);
        if (distance(ctx, shape.prepared_boundary.get(), centre.get()) > options.contested_reach_km * 1000.0) continue;
        discs.push_back(buffer(ctx, centre.get(), options.contested_radius_km * 1000.0));
    }
    if (discs.empty()) return geos::empty_polygon(ctx);
    auto zone = union_all(ctx, std::move(discs));
    // The band is what lies within band_m of the held area's edge: its outer buffer minus its
    // inner one. (GEOS 3.11 leaves a spurious hole when it buffers a closed line, such as the
    // edge of a small held area, by more than its radius.) Only the held area near the zone is
    // buffered: the cut edges of that piece lie 2 × band_m from the zone, beyond its reach.
    const double band_m = options.contested_band_km * 1000.0;
    auto near = geos::own(ctx, GEOSIntersection_r(ctx.get(), shape.held.get(), buffer(ctx, zone.get(), 2 * band_m).get()),
                          "intersection");
    auto band = geos::own(ctx, GEOSDifference_r(ctx.get(), buffer(ctx, near.get(), band_m).get(),
                                                buffer(ctx, near.get(), -band_m).get()), "difference");
    return geos::polygonal_part(ctx, geos::own(ctx, GEOSIntersection_r(ctx.get(), zone.get(), band.get()), "intersection").get());
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
    auto start = baseline ? geos::polygonal_part(ctx, geos::make_valid(ctx, to_geos(ctx, baseline->held, &projection).get()).get())
                          : geos::empty_polygon(ctx);
    HeldShape shape(ctx, std::move(start));
    std::vector<Geometry> gains, losses;
    changes_of(ctx, placed, shape, options, gains, losses);
    std::optional<HeldShape> changed;
    if (!gains.empty() || !losses.empty()) {
        Geometry held = geos::clone(ctx, shape.held.get());
        if (!gains.empty()) {
            gains.push_back(std::move(held));
            held = union_all(ctx, std::move(gains));
        }
        if (!losses.empty()) {
            auto removed = union_all(ctx, std::move(losses));
            held = geos::polygonal_part(ctx, geos::own(ctx, GEOSDifference_r(ctx.get(), held.get(), removed.get()), "difference").get());
        }
        changed.emplace(ctx, std::move(held));
        out.held = to_multipolygon(ctx, changed->held.get(), &projection);
        out.held_changed = true;
    }
    out.contested = to_multipolygon(ctx, contested_zone(ctx, placed, changed ? *changed : shape, date, options).get(), &projection);
    return out;
}

std::vector<FrontLinePart> lower_confidence_in(const std::vector<FrontLinePart>& parts, const MultiPolygon& contested,
                                               double factor, const EqualAreaProjection& projection) {
    if (contested.empty()) return parts;
    const geos::Context ctx;
    const auto zone = to_geos(ctx, contested, &projection);
    std::vector<FrontLinePart> out;
    for (const auto& part : parts) {
        const auto line = to_geos(ctx, part.line, &projection);
        auto inside = geos::own(ctx, GEOSIntersection_r(ctx.get(), line.get(), zone.get()), "intersection");
        auto outside = geos::own(ctx, GEOSDifference_r(ctx.get(), line.get(), zone.get()), "difference");
        for (auto& l : to_lines(ctx, geos::own(ctx, GEOSLineMerge_r(ctx.get(), outside.get()), "line merge").get(), &projection))
            out.push_back({std::move(l), part.confidence});
        for (auto& l : to_lines(ctx, geos::own(ctx, GEOSLineMerge_r(ctx.get(), inside.get()), "line merge").get(), &projection))
            out.push_back({std::move(l), part.confidence * factor});
    }
    return out;
}

}  // namespace frontmap::geo
