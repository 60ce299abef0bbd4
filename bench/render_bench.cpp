// Frames per second of the headless renderer: a 1600×1000 series over the bundled Natural
// Earth 1:10m borders, N synthetic events (default 100,000) dated over 120 days around
// Donbas, and the DeepState front of 2025-11-01 (held area and front line) — the map drawn and
// read back per frame, then also written as PNG, as `frontmap render` does. The front is
// fixed, so the figures are the renderer's own, not the front model's.
//
//   render_bench [N] [--frames F] [--size WxH] [--samples S] [--keep FILE.png] [FOLDER]
//
// --keep writes the last frame, to see what was measured.
//
// FOLDER defaults to ../shared/data/deepstate next to the repository; without it a synthetic
// held square stands in for the front.
#include <chrono>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "geo/baseline_series.hpp"
#include "geo/basemap.hpp"
#include "geo/front_line.hpp"
#include "geo/raster_output.hpp"
#include "render/headless_map_renderer.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace frontmap;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::vector<geo::EventPoint> synthetic_events(std::size_t count, std::chrono::sys_days first) {
    std::mt19937 random(42);
    std::uniform_real_distribution<double> lon(35.0, 40.0), lat(46.5, 50.0), confidence(0.2, 1.0);
    std::uniform_int_distribution<int> day(0, 119), kind(0, static_cast<int>(render::event_kinds.size()) - 1);
    std::vector<geo::EventPoint> events;
    for (std::size_t i = 0; i < count; ++i)
        events.push_back({{lon(random), lat(random)}, first + std::chrono::days{day(random)},
                          std::string(render::event_kinds[static_cast<std::size_t>(kind(random))].type), confidence(random)});
    return events;
}

geo::FrontFrame front_from(const std::string& folder, const geo::Basemap& basemap) {
    geo::FrontFrame frame;
    const std::string file = folder + "/deepstatemap_data_20251101.geojson";
    if (!std::filesystem::exists(file)) {
        std::fprintf(stderr, "render_bench: %s not found; a synthetic held square stands in\n", file.c_str());
        geo::LineString ring{{{37, 47}, {39, 47}, {39, 49}, {37, 49}, {37, 47}}};
        frame.held.polygons.push_back({{ring}});
        frame.front_lines.push_back({ring, 0.7});
        return frame;
    }
    Diagnostics diagnostics;
    const std::vector<std::string> paths{file};
    const auto series = geo::read_baselines(paths, {}, diagnostics);
    frame.held = series.snapshots.at(0).held;
    const geo::EqualAreaProjection projection(series.extent().center());
    const geo::FrontLineTracer tracer(basemap, projection, series.extent().expanded(1.0));
    for (auto& line : tracer.trace(frame.held)) frame.front_lines.push_back({std::move(line), 0.8});
    return frame;
}

}  // namespace

int main(int argc, char** argv) try {
    std::size_t count = 100000;
    int frames = 30, width = 1600, height = 1000, samples = 4;
    std::string folder = std::string(FRONTMAP_ASSETS_DIR) + "/../../shared/data/deepstate", keep;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--frames" && i + 1 < argc) frames = std::atoi(argv[++i]);
        else if (arg == "--samples" && i + 1 < argc) samples = std::atoi(argv[++i]);
        else if (arg == "--keep" && i + 1 < argc) keep = argv[++i];
        else if (arg == "--size" && i + 1 < argc) std::sscanf(argv[++i], "%dx%d", &width, &height);
        else if (!arg.empty() && std::isdigit(static_cast<unsigned char>(arg[0]))) count = std::strtoul(arg.c_str(), nullptr, 10);
        else folder = arg;
    }
    const auto first_day = std::chrono::sys_days{std::chrono::year{2025} / 8 / 1};
    const geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(FRONTMAP_ASSETS_DIR));
    geo::FrontFrame front = front_from(folder, basemap);
    const auto events = synthetic_events(count, first_day);
    const auto projection = render::MapProjection::web_mercator();
    const auto view = render::fit_view(projection, {33.0, 45.5, 41.0, 51.0}, width, height);

    auto t = Clock::now();
    render::HeadlessMapRenderer renderer(projection, view, {}, samples);
    const double context_s = seconds_since(t);
    t = Clock::now();
    renderer.map().set_basemap(basemap);
    renderer.map().set_events(events);
    const double upload_s = seconds_since(t);

    const auto draw_series = [&](bool write) {
        const auto start = Clock::now();
        for (int f = 0; f < frames; ++f) {
            front.date = first_day + std::chrono::days{30 + f};
            renderer.map().set_front(&front);  // as `frontmap render` does: a new front every date
            const auto image = renderer.render({front.date, "Places: GeoNames · Borders: Natural Earth · Front: DeepStateMap"});
            if (write) geo::write_image("render_bench_frame.png", image, std::nullopt, true);
        }
        return seconds_since(start) / frames;
    };
    draw_series(false);  // warm-up: shader compilation, first uploads
    const double draw_s = draw_series(false);
    const double png_s = draw_series(true);
    if (keep.empty()) std::filesystem::remove("render_bench_frame.png");
    else std::filesystem::rename("render_bench_frame.png", keep);
    std::printf("render_bench: %s; %dx%d, %d samples, %zu events, %zu held polygons, %zu front line parts, %d frames\n",
                renderer.renderer_name().c_str(), width, height, samples, events.size(), front.held.polygons.size(),
                front.front_lines.size(), frames);
    std::printf("  context %.0f ms, upload %.0f ms\n", context_s * 1e3, upload_s * 1e3);
    std::printf("  draw + read back: %.1f ms/frame (%.1f frames/s)\n", draw_s * 1e3, 1 / draw_s);
    std::printf("  draw + read back + PNG: %.1f ms/frame (%.1f frames/s)\n", png_s * 1e3, 1 / png_s);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "render_bench: %s\n", e.what());
    return 2;
}
