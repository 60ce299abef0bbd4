// frontmap render: the map on a date, or the timeline as images or a video, drawn without a
// display (EGL): land, borders, the held area, the contested zone, the front line and the
// reported events, with legend, date stamp, scale bar and attribution.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/map_attribution.hpp"
#include "cli/load_finder.hpp"
#include "cli/paths.hpp"
#include "cli/place_labels.hpp"
#include "cli/render_options.hpp"
#include "cli/video_encoder.hpp"
#include "geo/basemap.hpp"
#include "geo/event_points.hpp"
#include "geo/front_model.hpp"
#include "geo/raster_output.hpp"
#include "render/headless_map_renderer.hpp"
#include "render/map_overlay.hpp"

namespace frontmap::cli {

const char* const render_help = R"(usage: frontmap render [--db STORE] [--baseline PATH...] (--date D | --from D --to D) [view] -o OUT

Draws the map without a display (OpenGL through EGL: the GPU's driver where there is one,
else Mesa's software renderer): sea, land, borders and coasts (Natural Earth), place names
(largest first, never overlapping), the held area (translucent), the contested zone
(hatched), the front line (paler where it is less certain), the reported events (colour by
type, size by confidence, fading over --fade days), a legend, the date, a scale bar and the
attribution. The front comes from the same model as 'frontmap front'.

Inputs (at least one):
  --db STORE            an event store filled by 'frontmap ingest' (.gpkg or PG:…): its events
                        are drawn, its control observations move the front
  --baseline PATH       control maps (a file or a folder; repeat for more), dated by file name,
                        as for 'frontmap front'
  --date-pattern P      how dates are written in the baselines' file names (front_DD.MM.YYYY)
  --date-field NAME     the attribute that dates baseline features (default: date)
  --side ru|ua          whose territory the baselines show (default: ru)
Dates:
  --date YYYY-MM-DD     one frame
  --from D --to D       a frame every --step (default 1d; 7d, 2w) from D to D; either end
                        defaults to the data's first or last date, and so does a render with
                        no dates at all
View:
  --bbox W,S,E,N        degrees; the image shows at least this box (default: all the data)
  --center LAT,LON --zoom Z
                        centre and web-map zoom level (7 shows Donbas, 10 a town)
  --size WxH            pixels (default: 1600x1000)
  --projection P        mercator (Web Mercator, EPSG:3857; default) or equal-area (Lambert
                        azimuthal equal-area around the view: areas compare truly)
  --style S             light (default) or dark
  --fade D              days an event stays on the map, fading (default: 30)
  --no-labels           no place names (by default the largest places of the bundled
                        gazetteer that fit without overlapping, GeoNames populations)
Output:
  -o, --output OUT      one date: OUT.png, or OUT.tif (a GeoTIFF with its CRS and geotransform:
                        it opens in QGIS in the right place);
                        several dates: a name with %Y, %m, %d or %F (frames/%Y-%m-%d.png), or a
                        video: .mp4 (H.264), .webm (VP9), .gif — needs ffmpeg; one frame per
                        date, the same frames as the PNG series
  --fps N               video frames per second (default: 4)
  --force               replace existing files
Examples:
  frontmap render --db events.gpkg --baseline deepstate/ --date 2025-11-01 -o map.png
  frontmap render --db events.gpkg --from 2025-08-01 --to 2025-11-30 -o timeline.mp4
  frontmap render --db events.gpkg --center 48.3,37.2 --zoom 9 --from 2025-09-01 \
                  --to 2025-09-30 -o frames/%Y-%m-%d.png
Exit status: 0 ok, 1 some baseline was skipped (see messages), 2 usage or input error (no
EGL device, nothing to draw, a date outside the data, a bad box, a missing folder); files are
written whole or not at all.
)";

namespace {

struct RenderInputs {
    geo::FrontSources sources;
    std::vector<geo::EventPoint> events;
    std::vector<std::string> baseline_paths;
};

RenderInputs read_inputs(const Arguments& a, Diagnostics& diags, std::ostream& err) {
    RenderInputs in;
    in.baseline_paths = a.values("--baseline");
    in.sources.store = a.value_or("--db", "");
    if (in.baseline_paths.empty() && in.sources.store.empty())
        throw UsageError("render needs --db STORE (an event store filled by 'frontmap ingest'), --baseline PATH "
                         "(control maps), or both");
    if (!in.baseline_paths.empty()) {
        geo::BaselineOptions options;
        options.date_pattern = a.value_or("--date-pattern", "");
        options.date_field = a.value_or("--date-field", "date");
        try {
            in.sources.series = geo::read_baselines(in.baseline_paths, options, diags);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        print_diagnostics(diags.take(), err);
        if (in.sources.series.empty()) throw UsageError("no usable baseline among the inputs (see the messages above)");
    }
    if (!in.sources.store.empty()) {
        const auto& snaps = in.sources.series.snapshots;
        std::optional<std::chrono::sys_days> after_baselines;
        if (!snaps.empty()) after_baselines = snaps.back().date + std::chrono::days{1};
        try {
            in.events = geo::read_event_points(in.sources.store);
            in.sources.observations = geo::read_control_observations(
                in.sources.store, after_baselines, std::chrono::sys_days{std::chrono::year{9999} / 12 / 31});
        } catch (const std::runtime_error& e) {
            throw UsageError(e.what());
        }
        if (in.events.empty() && in.sources.series.empty())
            throw UsageError(in.sources.store + " has no dated events at a place to draw; fill it with 'frontmap ingest "
                             "INPUT... --db " + in.sources.store + "' first, or give --baseline maps");
    }
    return in;
}

std::pair<std::chrono::sys_days, std::chrono::sys_days> data_span(const RenderInputs& in) {
    std::optional<std::pair<std::chrono::sys_days, std::chrono::sys_days>> span;
    if (!in.sources.empty()) span = in.sources.date_span();
    if (!in.events.empty()) {
        const auto first = in.events.front().day, last = in.events.back().day;
        span = span ? std::pair{std::min(span->first, first), std::max(span->second, last)} : std::pair{first, last};
    }
    return *span;  // read_inputs made sure there is something
}

std::vector<std::chrono::sys_days> chosen_dates(const RenderOptions& o, const RenderInputs& in) {
    const auto [first_data, last_data] = data_span(in);
    const std::string data = "the data runs from " + render::iso_date(first_data) + " to " + render::iso_date(last_data);
    if (o.date) {
        if (*o.date < first_data || *o.date > last_data)
            throw UsageError("--date " + render::iso_date(*o.date) + " is outside the data: " + data);
        return {*o.date};
    }
    const auto first = o.from.value_or(first_data), last = o.to.value_or(last_data);
    if (last < first) throw UsageError("--from " + render::iso_date(first) + " is after the last date " + render::iso_date(last) + "; " + data);
    if (last < first_data || first > last_data)
        throw UsageError(render::iso_date(first) + " to " + render::iso_date(last) + " is outside the data: " + data);
    auto dates = frame_dates(first, last, o.step_days);
    if (o.kind == RenderOutputKind::image && dates.size() > 1)
        throw UsageError("the data spans several dates (" + data + "): give --date D for one image, or -o a pattern "
                         "such as frames/%Y-%m-%d.png or a video (.mp4, .webm, .gif)");
    return dates;
}

// The front's extent and where most events are: a stray event geocoded to another continent
// should not shrink the war to a dot (the outer 5% of events on each side are left out).
geo::LonLatBox data_extent(const RenderInputs& in) {
    geo::LonLatBox box = in.sources.empty() ? geo::LonLatBox{} : in.sources.extent();
    if (!in.events.empty()) {
        std::vector<double> lons, lats;
        for (const auto& e : in.events) lons.push_back(e.where.lon), lats.push_back(e.where.lat);
        std::sort(lons.begin(), lons.end());
        std::sort(lats.begin(), lats.end());
        const std::size_t cut = lons.size() / 20, last = lons.size() - 1 - cut;
        box.extend(geo::LonLatBox{lons[cut], lats[cut], lons[last], lats[last]});
    }
    const double margin = std::max(0.3, 0.08 * std::max(box.max_lon - box.min_lon, box.max_lat - box.min_lat));
    return box.expanded(margin);
}

geo::LonLatBox basemap_region(const geo::Basemap& basemap) {
    geo::LonLatBox region = geo::bounds(basemap.land);
    for (const auto& c : basemap.countries) region.extend(geo::bounds(c.shape));
    return region;
}

// The bundled basemap covers one region: a default view reaching beyond it would show blank
// sea where land is, so the data's box is cut to the region and the view, once widened to the
// image's aspect, is slid back inside it where it fits (a --bbox or --center is drawn as asked).
geo::LonLatBox within_region(const geo::LonLatBox& box, const geo::LonLatBox& region) {
    if (!region.intersects(box)) return box;
    return {std::max(box.min_lon, region.min_lon), std::max(box.min_lat, region.min_lat),
            std::min(box.max_lon, region.max_lon), std::min(box.max_lat, region.max_lat)};
}

render::MapView slid_into(render::MapView view, const render::MapProjection& projection, const geo::LonLatBox& region) {
    const auto corner0 = projection.forward(geo::LonLat{region.min_lon, region.min_lat});
    const auto corner1 = projection.forward(geo::LonLat{region.max_lon, region.max_lat});
    const double half_w = view.metres_per_pixel * view.width / 2, half_h = view.metres_per_pixel * view.height / 2;
    const auto slide = [](double centre, double half, double lo, double hi) {
        if (hi - lo <= 2 * half) return (lo + hi) / 2;  // wider than the region: centre it
        return std::clamp(centre, lo + half, hi - half);
    };
    view.centre.x = slide(view.centre.x, half_w, std::min(corner0.x, corner1.x), std::max(corner0.x, corner1.x));
    view.centre.y = slide(view.centre.y, half_h, std::min(corner0.y, corner1.y), std::max(corner0.y, corner1.y));
    return view;
}

render::MapView choose_view(const RenderOptions& o, const render::MapProjection& projection, const geo::LonLatBox& extent) {
    try {
        if (o.bbox) return render::fit_view(projection, *o.bbox, o.width, o.height);
        if (o.centre) return render::zoom_view(projection, *o.centre, o.zoom, o.width, o.height);
        return render::fit_view(projection, extent, o.width, o.height);
    } catch (const render::ViewError& e) {
        throw UsageError(std::string(o.bbox ? "--bbox: " : o.centre ? "--center/--zoom: " : "the data's extent: ") + e.what());
    }
}

// Before drawing anything: every image's folder exists and nothing is overwritten unasked.
void check_image_outputs(const RenderOptions& o, const std::vector<std::chrono::sys_days>& dates) {
    namespace fs = std::filesystem;
    std::set<std::string> seen;
    for (const auto day : dates) {
        const std::string path = o.kind == RenderOutputKind::image ? o.output : expand_date_pattern(o.output, day);
        if (!seen.insert(path).second)
            throw UsageError("-o " + o.output + " gives the same name to several dates; put the day in it (%F or %Y-%m-%d)");
        const fs::path folder = fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
        if (!fs::is_directory(folder))
            throw UsageError("cannot write " + path + ": the folder " + folder.string() + " does not exist; create it first");
        if (fs::exists(path) && !o.force) throw UsageError(path + " already exists; use --force to replace it");
    }
}

}  // namespace

int run_render(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args,
                {"--db", "--baseline", "--date-pattern", "--date-field", "--side", "--date", "--from", "--to", "--step",
                 "--bbox", "--center", "--zoom", "--size", "--projection", "--style", "--fade", "-o", "--output", "--fps"},
                {"--force", "--no-labels", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << render_help;
        return 0;
    }
    const RenderOptions o = parse_render_options(a);
    const std::string side_name = a.value_or("--side", "ru");
    if (side_name != "ru" && side_name != "ua") throw UsageError("--side must be ru or ua, not " + side_name);
    Diagnostics diags;
    const RenderInputs in = read_inputs(a, diags, err);
    const auto dates = chosen_dates(o, in);
    const geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(find_assets_dir()));
    const geo::LonLatBox region = basemap_region(basemap);
    const geo::LonLatBox extent = within_region(data_extent(in), region);
    const geo::LonLat view_centre = o.centre ? *o.centre : (o.bbox ? o.bbox->center() : extent.center());
    const auto projection = o.equal_area ? render::MapProjection::equal_area(view_centre) : render::MapProjection::web_mercator();
    render::MapView view = choose_view(o, projection, extent);
    if (!o.bbox && !o.centre && projection.is_web_mercator()) view = slid_into(view, projection, region);
    if (o.kind != RenderOutputKind::video) check_image_outputs(o, dates);
    std::optional<VideoEncoder> video;
    if (o.kind == RenderOutputKind::video) video.emplace(o.output, o.width, o.height, o.frames_per_second, o.force);

    std::optional<geo::EqualAreaProjection> model_projection;
    std::optional<geo::FrontLineTracer> tracer;
    std::optional<geo::FrontModel> model;
    if (!in.sources.empty()) {
        const geo::LonLatBox area = in.sources.extent();
        model_projection.emplace(area.center());
        tracer.emplace(basemap, *model_projection, area.expanded(1.0));
        model.emplace(in.sources, side_name == "ru" ? geo::Side::ru : geo::Side::ua, *model_projection, *tracer);
    }
    render::MapStyle style = o.dark ? render::dark_map_style() : render::MapStyle{};
    style.event_fade_days = static_cast<float>(o.fade_days);
    render::HeadlessMapRenderer renderer(projection, view, style);
    renderer.map().set_basemap(basemap);
    renderer.map().set_events(in.events);
    if (!a.flag("--no-labels")) {
        // Names are a help, not the map: without a gazetteer the map is still drawn.
        try {
            const auto finder = load_mention_finder(std::nullopt, diags, err);
            renderer.map().set_labels(largest_places(*finder.gazetteer, render::view_bounds(projection, view), 2000));
        } catch (const std::runtime_error& e) {
            err << "frontmap: warning: drawing without place names: " << e.what() << "\n";
        }
    }
    const std::string credits = map_attribution(in.sources.series, in.baseline_paths);

    for (const auto day : dates) {
        const auto front = model ? model->frame_on(day) : std::nullopt;
        renderer.map().set_front(front ? &*front : nullptr);
        const geo::RgbaImage image = renderer.render({day, credits});
        if (video) {
            video->add_frame(image);
            continue;
        }
        const std::string path = o.kind == RenderOutputKind::image ? o.output : expand_date_pattern(o.output, day);
        try {
            geo::write_image(path, image, renderer.georeference(), o.force);
        } catch (const std::runtime_error& e) {
            throw UsageError(e.what());
        }
    }
    if (video) video->finish();
    err << "frontmap: " << dates.size() << (dates.size() == 1 ? " frame" : " frames") << " of " << o.width << "x"
        << o.height << " (" << in.events.size() << " events, " << in.sources.series.snapshots.size() << " baselines, "
        << renderer.renderer_name() << ") written to " << o.output << "\n";
    return diags.skipped_count() > 0 ? 1 : 0;
}

}  // namespace frontmap::cli
