// Held-out test of the baseline blend on DeepState's daily snapshots: every other day of the
// daily run is removed, the front model blends the remaining neighbours at the removed date,
// and the result is compared with the removed snapshot (symmetric-difference area) next to
// the naive answer, repeating the previous snapshot. Also checks that frames at snapshot dates
// reproduce the snapshots, times the blended keyframes and a year of daily frames with front
// lines (borders and coasts from the bundled Natural Earth basemap left out).
//
//   front_holdout_bench [--from 2025-10-20] [--to 2025-12-31] [--momentum-before] [--momentum-after] [--momentum-distance M] [FOLDER]
//
// FOLDER defaults to ../shared/data/deepstate next to the repository; exits 77 without it.
// Prints one line per held-out day, the totals and one `RESULT {json}` line for scripts.
//
// Measured 2026-11-21 (RelWithDebInfo, 2 busy cores), area-linear blend, no momentum:
//   held out 10-22, 10-24 … (default): blend 552.1 km², previous snapshot 543.5 km², blend
//     better on 15 of 30 changed days (34 days whose neighbours are one day away);
//   held out 10-21, 10-23 … (--from 2025-10-21): blend 559.7 km², previous 604.1 km², 18 of 31.
//   DeepState's day-to-day changes are disjoint chunks, so with two snapshots only, a blend at
//   f = 0.5 errs by about half of (change before + change after); it wins where the change
//   after the day is the smaller one. Momentum scheduling (--momentum-before/--momentum-after)
//   made it worse: 554.7 / 601.3 / 574.4 km² (before / after / both).
//   Snapshot dates reproduce all 96 snapshots exactly (0 km²); 46 ms per blended keyframe
//   including new transitions; 2025 as 365 daily frames with front lines: 8.5 s.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "events/date_range.hpp"
#include "geo/area_measures.hpp"
#include "geo/baseline_series.hpp"
#include "geo/basemap.hpp"
#include "geo/front_blend.hpp"
#include "geo/front_line.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::days;
using std::chrono::sys_days;
using namespace frontmap;

struct Totals {
    double blend_km2 = 0, prev_km2 = 0, next_km2 = 0;
    int changed = 0, won = 0, days = 0;
};

}  // namespace

int main(int argc, char** argv) try {
    std::string folder = std::string(FRONTMAP_ASSETS_DIR) + "/../../shared/data/deepstate";
    sys_days from = *events::parse_iso_date("2025-10-20"), to = *events::parse_iso_date("2025-12-31");
    geo::BlendOptions options;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--from") && i + 1 < argc) from = events::parse_iso_date(argv[++i]).value();
        else if (!std::strcmp(argv[i], "--to") && i + 1 < argc) to = events::parse_iso_date(argv[++i]).value();
        else if (!std::strcmp(argv[i], "--momentum-before")) options.momentum_from_before = true;
        else if (!std::strcmp(argv[i], "--momentum-after")) options.momentum_from_after = true;
        else if (!std::strcmp(argv[i], "--momentum-distance") && i + 1 < argc) options.momentum_distance_m = std::stod(argv[++i]);
        else folder = argv[i];
    }
    if (!std::filesystem::is_directory(folder)) {
        std::fprintf(stderr, "front_holdout_bench: %s not found; skipped\n", folder.c_str());
        return 77;
    }
    Diagnostics diagnostics;
    const std::vector<std::string> paths{folder};
    auto t0 = Clock::now();
    const geo::BaselineSeries all = geo::read_baselines(paths, {}, diagnostics);
    const double read_s = std::chrono::duration<double>(Clock::now() - t0).count();
    for (const auto& d : diagnostics.items()) std::fprintf(stderr, "%s: %s\n", d.where.c_str(), d.message.c_str());
    const geo::EqualAreaProjection projection(all.extent().center());

    // Snapshot dates reproduce the snapshots (blender over the whole series).
    double worst_repro = 0.0;
    {
        geo::FrontBlender blender(all, projection);
        for (const auto& s : all.snapshots)
            worst_repro = std::max(worst_repro, geo::symmetric_difference_km2(*blender.held_at(s.date), s.held, projection));
    }

    // Held out: the days 2, 4, 6… after `from`; the blend sees only the others.
    geo::BaselineSeries train;
    std::set<sys_days> held_out;
    for (const auto& s : all.snapshots) {
        const bool in_run = s.date >= from && s.date <= to;
        if (in_run && (s.date - from).count() % 2 == 0 && s.date != from) held_out.insert(s.date);
        else train.snapshots.push_back(s);
    }
    geo::FrontBlender blender(train, projection, options);
    Totals paired, all_days;
    double blend_seconds = 0;
    int blends = 0;
    std::printf("%-10s %5s %10s %10s %10s\n", "date", "f", "blend_km2", "prev_km2", "next_km2");
    for (sys_days d : held_out) {
        const auto* prev = train.at(d - days{1});
        const auto* next = train.at(d + days{1});
        geo::FrameEvidence evidence;
        t0 = Clock::now();
        auto held = blender.held_at(d, &evidence);
        blend_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
        ++blends;
        const auto& truth = all.at(d)->held;
        const auto* before = train.at(*evidence.baseline_before);
        const auto* after = train.at(*evidence.baseline_after);
        const double eb = geo::symmetric_difference_km2(*held, truth, projection);
        const double ep = geo::symmetric_difference_km2(before->held, truth, projection);
        const double en = geo::symmetric_difference_km2(after->held, truth, projection);
        std::printf("%-10s %5.2f %10.2f %10.2f %10.2f%s\n", events::to_iso(d).c_str(), evidence.blend_fraction, eb, ep,
                    en, prev && next ? "" : "  (neighbour missing: wider gap)");
        for (Totals* t : {&all_days, prev && next ? &paired : nullptr}) {
            if (!t) continue;
            t->blend_km2 += eb;
            t->prev_km2 += ep;
            t->next_km2 += en;
            ++t->days;
            if (ep > 0.01) {
                ++t->changed;
                t->won += eb < ep;
            }
        }
    }
    std::printf("paired days (both neighbours one day away): %d days, blend %.1f km2, prev %.1f km2, next %.1f km2, blend better on %d of %d changed days\n",
                paired.days, paired.blend_km2, paired.prev_km2, paired.next_km2, paired.won, paired.changed);
    std::printf("all held-out days: %d days, blend %.1f km2, prev %.1f km2, blend better on %d of %d changed days\n",
                all_days.days, all_days.blend_km2, all_days.prev_km2, all_days.won, all_days.changed);
    std::printf("snapshot reproduction: worst symmetric difference %.6f km2 over %zu snapshots\n", worst_repro,
                all.snapshots.size());
    std::printf("read %zu snapshots in %.2f s; %.1f ms per blended keyframe (including new transitions)\n",
                all.snapshots.size(), read_s, blends ? 1000 * blend_seconds / blends : 0.0);
    // A year of daily frames with front lines, as `frontmap front --step 1d` will make them.
    const auto basemap = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    const geo::FrontLineTracer tracer(basemap, projection, all.extent());
    geo::FrontBlender year_blender(all, projection);
    const sys_days year_start = *events::parse_iso_date("2025-01-01");
    t0 = Clock::now();
    double front_km_sum = 0.0, front_km_min = 1e300, front_km_max = 0.0;
    int frames = 0;
    for (sys_days d = year_start; d < year_start + days{365}; d += days{1}, ++frames) {
        const auto frame = year_blender.frame_at(d, geo::Side::ru, &tracer);
        double km = 0.0;
        for (const auto& part : frame->front_lines) km += geo::length_km(part.line, projection);
        front_km_sum += km;
        front_km_min = std::min(front_km_min, km);
        front_km_max = std::max(front_km_max, km);
    }
    const double year_s = std::chrono::duration<double>(Clock::now() - t0).count();
    std::printf("2025, %d daily frames with front lines: %.1f s (%.0f ms per frame); front length %.0f–%.0f km, mean %.0f km\n",
                frames, year_s, 1000 * year_s / frames, front_km_min, front_km_max, front_km_sum / frames);
    std::printf("RESULT {\"paired_days\":%d,\"blend_km2\":%.2f,\"prev_km2\":%.2f,\"won\":%d,\"changed\":%d,"
                "\"all_days\":%d,\"all_blend_km2\":%.2f,\"all_prev_km2\":%.2f,\"all_won\":%d,\"all_changed\":%d,"
                "\"worst_reproduction_km2\":%.6f,\"ms_per_keyframe\":%.1f,\"year_of_daily_frames_s\":%.1f}\n",
                paired.days, paired.blend_km2, paired.prev_km2, paired.won, paired.changed, all_days.days,
                all_days.blend_km2, all_days.prev_km2, all_days.won, all_days.changed, worst_repro,
                blends ? 1000 * blend_seconds / blends : 0.0, year_s);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "front_holdout_bench: %s\n", e.what());
    return 2;
}
