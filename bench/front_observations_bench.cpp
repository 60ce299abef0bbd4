// One keyframe with many control observations: the DeepState map of 2025-11-01 as baseline and
// N synthetic reports (default 10,000) about S places (default 2,000; 0: every report a place of
// its own, the worst case) scattered within 15 km of its front line, dated over the 30 days
// after it — captures, liberations, clashes, advances and contested places, some denied — then
// the held area, the contested zone and the front line on 2025-12-01, timed (best of 5 runs).
// Reports name gazetteer places, so a real corpus names the same villages again and again.
//
//   front_observations_bench [N] [--sites S] [FOLDER]
//
// FOLDER defaults to ../shared/data/deepstate next to the repository; exits 77 without it.
//
// Measured 2026-11-21 (RelWithDebInfo, 2 cores, one busy with a build), best of 5: 10,000
// reports about 2,000 places, held area 115,254 → 125,793 km², contested 6,194 km²: 88 ms for
// the observations + 4 ms for the front line = 92 ms (target 100 ms); with --sites 0, 196 ms.
// Before the edge R-tree, hand-built discs and the union order it was 950 ms.
#include <chrono>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "events/date_range.hpp"
#include "geo/area_measures.hpp"
#include "geo/baseline_series.hpp"
#include "geo/basemap.hpp"
#include "geo/control_field.hpp"
#include "geo/front_line.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace frontmap;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

int main(int argc, char** argv) try {
    std::size_t count = 10000, sites = 2000;
    std::string folder = std::string(FRONTMAP_ASSETS_DIR) + "/../../shared/data/deepstate";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sites" && i + 1 < argc) sites = std::strtoul(argv[++i], nullptr, 10);
        else if (!arg.empty() && std::isdigit(static_cast<unsigned char>(arg[0]))) count = std::strtoul(arg.c_str(), nullptr, 10);
        else folder = arg;
    }
    const std::string file = folder + "/deepstatemap_data_20251101.geojson";
    if (!std::filesystem::exists(file)) {
        std::fprintf(stderr, "front_observations_bench: %s not found; skipped\n", file.c_str());
        return 77;
    }
    Diagnostics diagnostics;
    const std::vector<std::string> paths{file};
    const geo::BaselineSeries series = geo::read_baselines(paths, {}, diagnostics);
    const geo::BaselineSnapshot& base = series.snapshots.at(0);
    const geo::EqualAreaProjection projection(series.extent().center());
    const geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    const geo::FrontLineTracer tracer(basemap, projection, series.extent().expanded(1.0));
    const auto lines = tracer.trace(base.held);

    // Reports along the front line, up to about 15 km either side of it.
    std::vector<geo::LonLat> along;
    for (const auto& l : lines) along.insert(along.end(), l.points.begin(), l.points.end());
    std::mt19937 rng(20251101);
    std::uniform_int_distribution<std::size_t> pick(0, along.size() - 1);
    std::normal_distribution<double> offset(0.0, 0.07);  // degrees: about 5–8 km
    std::uniform_int_distribution<int> age(0, 29), kind(0, 9);
    const char* const kinds[] = {"capture", "capture", "liberation", "clash", "clash", "advance", "advance", "shelling", "clash", "advance"};
    auto somewhere = [&] {
        geo::LonLat p = along[pick(rng)];
        p.lon += offset(rng);
        p.lat += offset(rng);
        return p;
    };
    std::vector<geo::LonLat> places;
    for (std::size_t i = 0; i < sites; ++i) places.push_back(somewhere());
    std::uniform_int_distribution<std::size_t> pick_place(0, sites ? sites - 1 : 0);
    std::vector<geo::ControlObservation> observations;
    for (std::size_t i = 0; i < count; ++i) {
        geo::ControlObservation o;
        o.where = sites ? places[pick_place(rng)] : somewhere();
        o.day = o.date_start = o.date_end = base.date + std::chrono::days{1 + age(rng)};
        const int k = kind(rng);
        o.event = kinds[k];
        o.control = o.event == std::string("liberation") ? geo::ObservedControl::ua
                    : (k == 7 || k == 8)                  ? geo::ObservedControl::contested
                                                           : geo::ObservedControl::ru;
        o.confidence = 0.4 + 0.5 * (i % 7) / 6.0;
        o.denied = i % 11 == 0;
        o.uncertainty_km = 1.0 + (i % 5);
        observations.push_back(o);
    }
    const auto day = *events::parse_iso_date("2025-12-01");
    const geo::ControlBaseline baseline{base.held, base.date};
    double field_s = 1e300, trace_s = 1e300;
    geo::ObservedFront front;
    std::vector<geo::LineString> traced;
    for (int run = 0; run < 5; ++run) {
        auto t = Clock::now();
        front = geo::observe_front(baseline, observations, day, geo::Side::ru, projection);
        field_s = std::min(field_s, seconds_since(t));
        t = Clock::now();
        traced = tracer.trace(front.held);
        trace_s = std::min(trace_s, seconds_since(t));
    }
    std::printf("observations %zu about %s places (used %zu, mean age %.1f days)\n", observations.size(),
                sites ? std::to_string(sites).c_str() : "as many", front.observations_used, front.mean_observation_age_days);
    std::printf("held %.1f km2 (baseline %.1f km2), contested %.1f km2, %zu front-line parts\n",
                geo::area_km2(front.held, projection), geo::area_km2(base.held, projection),
                geo::area_km2(front.contested, projection), traced.size());
    std::printf("keyframe: observations %.0f ms + front line %.0f ms = %.0f ms\n", field_s * 1000, trace_s * 1000,
                (field_s + trace_s) * 1000);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "front_observations_bench: %s\n", e.what());
    return 1;
}
