// frontmap front: where the front runs on each date of a range, from baseline control maps —
// held area, front line and per-date statistics, written for GIS tools.
#include <chrono>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "events/date_range.hpp"
#include "geo/area_measures.hpp"
#include "geo/baseline_series.hpp"
#include "geo/basemap.hpp"
#include "geo/front_blend.hpp"
#include "geo/front_line.hpp"
#include "geo/front_output.hpp"

namespace frontmap::cli {

const char* const front_help = R"(usage: frontmap front --baseline PATH [--baseline PATH...] --from D --to D [options] -o FILE

Estimates the front on each date from baseline control maps (a time series of polygons of
the territory one side holds, e.g. DeepStateMap snapshots): at a snapshot's date the held area
is the snapshot itself; between two snapshots only the pieces that changed hands move, and
they move continuously, so an animation never jumps. The front line is the held area's
boundary without the stretches along international borders and coasts (Natural Earth).

Inputs:
  --baseline PATH       a vector file (any GDAL format) or a folder of them; repeat for more.
                        Each file is dated by its name (deepstatemap_data_20251101.geojson,
                        front-2025-11-01.gpkg) or, failing that, by a "date" attribute per feature
  --date-pattern P      how dates are written in the file names: YYYY, MM, DD for the digits,
                        * for any text (front_DD.MM.YYYY)
  --date-field NAME     the attribute that dates features (default: date)
  --side ru|ua          whose territory the baselines show (default: ru)
  --bbox W,S,E,N        area of interest in degrees (default: the extent of the baselines);
                        baselines far outside it are reported and skipped
Dates:
  --from YYYY-MM-DD     first frame (default: the first baseline's date)
  --to YYYY-MM-DD       last frame (default: the last baseline's date)
  --step N[d|w]         days between frames (default: 1d)
Output:
  -o, --output FILE     frames by extension: .geojson (RFC 7946), .geojsonseq, .gpkg, .fgb, .kml;
                        per date a "held" MultiPolygon, a "front" MultiLineString (confidence per
                        part) and a "contested" zone where there is one, with date, kind and side
  --stats FILE          per-date figures as CSV (default: FILE with .stats.csv): held_km2,
                        change_km2, front_length_km, observations_used
  --force               replace existing output files
Observations from an event store (--db) do not move the front yet.
Exit status: 0 ok, 1 some baseline was skipped (see messages), 2 usage or input error.
)";

namespace {

std::chrono::sys_days parse_day(const std::string& value, const char* option) {
    auto d = events::parse_iso_date(value);
    if (!d || value.size() != 10) throw UsageError(std::string(option) + " must be YYYY-MM-DD, not " + value);
    return *d;
}

int parse_step_days(const std::string& value) {
    std::size_t used = 0;
    int n = 0;
    try {
        n = std::stoi(value, &used);
    } catch (...) {
        used = 0;
    }
    const std::string unit = used ? value.substr(used) : "";
    if (used == 0 || n <= 0 || (unit != "" && unit != "d" && unit != "w"))
        throw UsageError("--step must be a number of days or weeks (1d, 7d, 2w), not " + value);
    return unit == "w" ? n * 7 : n;
}

geo::LonLatBox parse_bbox(const std::string& value) {
    double w = 0, s = 0, e = 0, n = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%lf,%lf,%lf,%lf%c", &w, &s, &e, &n, &tail) != 4 || w >= e || s >= n ||
        s < -90 || n > 90 || w < -180 || e > 180)
        throw UsageError("--bbox must be W,S,E,N in degrees with W < E and S < N, not " + value);
    return {w, s, e, n};
}

std::string statistics_path(const std::string& output) {
    const auto dot = output.find_last_of('.');
    const auto slash = output.find_last_of('/');
    const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (has_extension ? output.substr(0, dot) : output) + ".stats.csv";
}

}  // namespace

int run_front(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args,
                {"--baseline", "--date-pattern", "--date-field", "--side", "--bbox", "--from", "--to", "--step", "-o",
                 "--output", "--stats", "--db"},
                {"--force", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << front_help;
        return 0;
    }
    if (a.value("--db"))
        throw UsageError("observations from an event store do not move the front yet; give --baseline maps");
    std::vector<std::string> baselines = a.values("--baseline");
    baselines.insert(baselines.end(), a.positionals().begin(), a.positionals().end());
    if (baselines.empty()) throw UsageError("front needs --baseline PATH (a file or a folder of control maps)");
    const std::string output = a.value("-o") ? *a.value("-o") : a.value_or("--output", "");
    if (output.empty()) throw UsageError("front needs -o FILE (.geojson, .gpkg, .fgb, .kml…)");
    const std::string stats = a.value_or("--stats", statistics_path(output));
    const std::string side_name = a.value_or("--side", "ru");
    if (side_name != "ru" && side_name != "ua") throw UsageError("--side must be ru or ua, not " + side_name);
    const geo::Side side = side_name == "ru" ? geo::Side::ru : geo::Side::ua;
    const int step = parse_step_days(a.value_or("--step", "1d"));
    const bool force = a.flag("--force");

    geo::BaselineOptions options;
    options.date_pattern = a.value_or("--date-pattern", "");
    options.date_field = a.value_or("--date-field", "date");
    if (auto b = a.value("--bbox")) options.area_of_interest = parse_bbox(*b);

    Diagnostics diags;
    geo::BaselineSeries series;
    try {
        series = geo::read_baselines(baselines, options, diags);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    print_diagnostics(diags.take(), err);
    if (series.empty()) throw UsageError("no usable baseline among the inputs (see the messages above)");

    const auto first = a.value("--from") ? parse_day(*a.value("--from"), "--from") : series.snapshots.front().date;
    const auto last = a.value("--to") ? parse_day(*a.value("--to"), "--to") : series.snapshots.back().date;
    if (last < first) throw UsageError("--to is before --from");
    const geo::LonLatBox area = options.area_of_interest ? *options.area_of_interest : series.extent();

    const geo::EqualAreaProjection projection(area.center());
    const geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(find_assets_dir()));
    const geo::FrontLineTracer tracer(basemap, projection, area.expanded(1.0));
    geo::FrontBlender blender(series, projection);

    std::vector<geo::FrontFrame> frames;
    std::vector<geo::FrontStatistics> rows;
    for (auto day = first; day <= last; day += std::chrono::days{step}) {
        auto frame = blender.frame_at(day, side, &tracer);
        if (!frame) continue;
        geo::FrontStatistics row;
        row.date = day;
        row.held_km2 = geo::area_km2(frame->held, projection);
        row.change_km2 = rows.empty() ? 0.0 : row.held_km2 - rows.back().held_km2;
        for (const auto& part : frame->front_lines) row.front_length_km += geo::length_km(part.line, projection);
        row.observations_used = frame->evidence.observations_used;
        rows.push_back(row);
        frames.push_back(std::move(*frame));
    }
    try {
        geo::write_front_frames(output, frames, force);
        geo::write_front_statistics(stats, rows, force);
    } catch (const std::runtime_error& e) {
        throw UsageError(e.what());
    }
    err << "frontmap: " << frames.size() << " frames from " << series.snapshots.size() << " baselines written to "
        << output << " and " << stats << "\n";
    return diags.skipped_count() > 0 ? 1 : 0;
}

}  // namespace frontmap::cli
