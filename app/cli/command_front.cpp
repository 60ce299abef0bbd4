// frontmap front: where the front runs on each date of a range, from baseline control maps and
// control observations in an event store — held area, contested zone, front line and per-date
// statistics, written for GIS tools.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "events/date_range.hpp"
#include "geo/baseline_series.hpp"
#include "geo/basemap.hpp"
#include "geo/front_line.hpp"
#include "geo/front_model.hpp"
#include "geo/front_output.hpp"

namespace frontmap::cli {

const char* const front_help = R"(usage: frontmap front [--baseline PATH...] [--db STORE] --from D --to D [options] -o FILE

Estimates the front on each date from baseline control maps (a time series of polygons of
the territory one side holds, e.g. DeepStateMap snapshots): at a snapshot's date the held area
is the snapshot itself; between two snapshots only the pieces that changed hands move, and
they move continuously, so an animation never jumps. From the last snapshot on (or without
snapshots) control observations from an event store move it: a reported capture of a village
near the line adds it to the held area, a reported liberation takes it away; captures and
liberations outweigh reports of fighting, denied claims count less, old reports fade (and the
change they made shrinks away over days). Recent fighting near the line is the contested zone.
The front line is the held area's boundary without the stretches along international borders
and coasts (Natural Earth); each part has a confidence: 1 at a snapshot, lower between two and
falling with the days since the last one, 0.8 where a report in play placed it, halved where
fighting is reported.

Inputs:
  --baseline PATH       a vector file (any GDAL format) or a folder of them; repeat for more.
                        Each file is dated by its name (deepstatemap_data_20251101.geojson,
                        front-2025-11-01.gpkg) or, failing that, by a "date" attribute per feature
  --date-pattern P      how dates are written in the file names: YYYY, MM, DD for the digits,
                        * for any text (front_DD.MM.YYYY)
  --date-field NAME     the attribute that dates features (default: date)
  --db STORE            an event store filled by 'frontmap ingest' (.gpkg or PG:…): its dated
                        control observations move the front after the last baseline; without
                        --baseline the held area is drawn from them alone. At least one of
                        --baseline and --db is needed
  --half-life D         days after which an observation counts half (default: 14)
  --side ru|ua          whose territory the baselines show and the held area is (default: ru)
  --bbox W,S,E,N        area of interest in degrees (default: the extent of the baselines and
                        observations); baselines far outside it are reported and skipped,
                        observations outside it are not used
Dates:
  --from YYYY-MM-DD     first frame (default: the first baseline's date, else the first
                        observation's)
  --to YYYY-MM-DD       last frame (default: the last baseline's or observation's date)
  --step N[d|w]         days between frames (default: 1d)
Output:
  -o, --output FILE     frames by extension: .geojson (RFC 7946), .geojsonseq, .gpkg, .fgb, .kml;
                        per date a "held" MultiPolygon, a "front" MultiLineString (confidence per
                        part) and a "contested" zone where there is one, with date, kind and side
  --stats FILE          per-date figures as CSV (default: FILE with .stats.csv): held_km2,
                        change_km2, front_length_km, front_confidence (the line's mean
                        confidence by length), observations_used (reports dated after the last
                        baseline, up to the frame, not yet faded), mean_observation_age_days
  --force               replace existing output files
Exit status: 0 ok, 1 some baseline was skipped (see messages), 2 usage or input error.
)";

namespace {

std::chrono::sys_days parse_day(const std::string& value, const char* option) {
    auto d = events::parse_iso_date(value);
    if (!d || value.size() != 10) throw UsageError(std::string(option) + " must be YYYY-MM-DD, not " + value);
    return *d;
}

int parse_step_days(const std::string& value) {
    const auto number = leading_number(value);
    if (!number || number->first <= 0 || (number->second != "" && number->second != "d" && number->second != "w"))
        throw UsageError("--step must be a number of days or weeks (1d, 7d, 2w), not " + value);
    return number->second == "w" ? number->first * 7 : number->first;
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

// Observations the front model may use: up to the last frame, after the last baseline (the
// snapshots decide before it), inside --bbox when one is given.
std::vector<geo::ControlObservation> read_observations(const std::string& store, const geo::BaselineSeries& series,
                                                       std::optional<std::chrono::sys_days> to,
                                                       const std::optional<geo::LonLatBox>& bbox) {
    using namespace std::chrono;
    std::optional<sys_days> from;
    if (!series.empty()) from = series.snapshots.back().date + days{1};
    std::vector<geo::ControlObservation> all;
    try {
        all = geo::read_control_observations(store, from, to.value_or(sys_days{year{9999} / 12 / 31}));
    } catch (const std::runtime_error& e) {
        throw UsageError(e.what());
    }
    if (!bbox) return all;
    std::vector<geo::ControlObservation> inside;
    for (auto& o : all)
        if (bbox->intersects(geo::LonLatBox{o.where.lon, o.where.lat, o.where.lon, o.where.lat})) inside.push_back(std::move(o));
    return inside;
}

double parse_half_life(const std::string& value) {
    char* end = nullptr;
    const double d = std::strtod(value.c_str(), &end);
    if (end == value.c_str() || (*end != '\0' && std::string(end) != "d") || !(d > 0) || d > 3650)
        throw UsageError("--half-life must be a number of days above 0 (14, 7.5, 30d), not " + value);
    return d;
}

geo::FrontSources read_sources(const Arguments& a, const geo::BaselineOptions& options, Diagnostics& diags, std::ostream& err) {
    geo::FrontSources sources;
    std::vector<std::string> baselines = a.values("--baseline");
    baselines.insert(baselines.end(), a.positionals().begin(), a.positionals().end());
    sources.store = a.value_or("--db", "");
    if (baselines.empty() && sources.store.empty())
        throw UsageError("front needs --baseline PATH (a file or a folder of control maps), --db STORE (an event store "
                         "filled by 'frontmap ingest'), or both");
    if (!baselines.empty()) {
        try {
            sources.series = geo::read_baselines(baselines, options, diags);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        print_diagnostics(diags.take(), err);
        if (sources.series.empty()) throw UsageError("no usable baseline among the inputs (see the messages above)");
    }
    if (!sources.store.empty()) {
        const auto to = a.value("--to") ? std::optional(parse_day(*a.value("--to"), "--to")) : std::nullopt;
        sources.observations = read_observations(sources.store, sources.series, to, options.area_of_interest);
        if (sources.series.empty() && sources.observations.empty())
            throw UsageError("the event store (--db) has no dated control observations (captures, liberations, "
                             "fighting at a place) to draw a front from; ingest reports first or give --baseline maps");
    }
    return sources;
}

}  // namespace

int run_front(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args,
                {"--baseline", "--date-pattern", "--date-field", "--side", "--bbox", "--from", "--to", "--step", "-o",
                 "--output", "--stats", "--db", "--half-life"},
                {"--force", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << front_help;
        return 0;
    }
    const std::string output = a.value("-o") ? *a.value("-o") : a.value_or("--output", "");
    if (output.empty()) throw UsageError("front needs -o FILE (.geojson, .gpkg, .fgb, .kml…)");
    const std::string stats = a.value_or("--stats", statistics_path(output));
    const std::string side_name = a.value_or("--side", "ru");
    if (side_name != "ru" && side_name != "ua") throw UsageError("--side must be ru or ua, not " + side_name);
    const geo::Side side = side_name == "ru" ? geo::Side::ru : geo::Side::ua;
    const int step = parse_step_days(a.value_or("--step", "1d"));
    const bool force = a.flag("--force");
    geo::FieldOptions field;
    if (auto h = a.value("--half-life")) field.half_life_days = parse_half_life(*h);

    geo::BaselineOptions options;
    options.date_pattern = a.value_or("--date-pattern", "");
    options.date_field = a.value_or("--date-field", "date");
    if (auto b = a.value("--bbox")) options.area_of_interest = parse_bbox(*b);

    Diagnostics diags;
    const geo::FrontSources sources = read_sources(a, options, diags, err);
    const auto [default_first, default_last] = sources.date_span();
    const auto first = a.value("--from") ? parse_day(*a.value("--from"), "--from") : default_first;
    const auto last = a.value("--to") ? parse_day(*a.value("--to"), "--to") : default_last;
    if (last < first) throw UsageError("--to is before --from");
    const geo::LonLatBox area = options.area_of_interest ? *options.area_of_interest : sources.extent();

    const geo::EqualAreaProjection projection(area.center());
    const geo::Basemap basemap = geo::read_basemap(geo::bundled_basemap_path(find_assets_dir()));
    const geo::FrontLineTracer tracer(basemap, projection, area.expanded(1.0));
    geo::FrontModel model(sources, side, projection, tracer, field);

    std::vector<geo::FrontFrame> frames;
    std::vector<geo::FrontStatistics> rows;
    for (auto day = first; day <= last; day += std::chrono::days{step}) {
        auto frame = model.frame_on(day);
        if (!frame) continue;
        const auto row = model.statistics_of(*frame, rows.empty() ? nullptr : &rows.back());
        rows.push_back(row);
        frames.push_back(std::move(*frame));
    }
    try {
        geo::write_front_frames(output, frames, force);
        geo::write_front_statistics(stats, rows, force);
    } catch (const std::runtime_error& e) {
        throw UsageError(e.what());
    }
    err << "frontmap: " << frames.size() << " frames from " << sources.series.snapshots.size() << " baselines and "
        << sources.observations.size() << " control observations written to " << output << " and " << stats << "\n";
    return diags.skipped_count() > 0 ? 1 : 0;
}

}  // namespace frontmap::cli
