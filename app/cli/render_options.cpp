#include "cli/render_options.hpp"

#include <cstdio>

#include "cli/video_encoder.hpp"
#include "events/date_range.hpp"
#include "geo/raster_output.hpp"

namespace frontmap::cli {

namespace {

std::chrono::sys_days parse_day(const std::string& value, const char* option) {
    auto d = events::parse_iso_date(value);
    if (!d || value.size() != 10) throw UsageError(std::string(option) + " must be YYYY-MM-DD, not " + value);
    return *d;
}

std::pair<int, int> parse_size(const std::string& value) {
    int w = 0, h = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 16 || h < 16 || w > 16384 || h > 16384)
        throw UsageError("--size must be WIDTHxHEIGHT in pixels, each 16 to 16384 (1600x1000), not " + value);
    return {w, h};
}

int parse_step(const std::string& value) {
    int n = 0;
    char unit = 'd', tail = 0;
    const int got = std::sscanf(value.c_str(), "%d%c%c", &n, &unit, &tail);
    if (got < 1 || got > 2 || n <= 0 || (unit != 'd' && unit != 'w'))
        throw UsageError("--step must be a number of days or weeks (1d, 7d, 2w), not " + value);
    return unit == 'w' ? 7 * n : n;
}

// Any four numbers: the view checks them (zero area, antimeridian) with its own messages.
geo::LonLatBox parse_bbox(const std::string& value) {
    double w = 0, s = 0, e = 0, n = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%lf,%lf,%lf,%lf%c", &w, &s, &e, &n, &tail) != 4)
        throw UsageError("--bbox must be WEST,SOUTH,EAST,NORTH in degrees (36.5,47.5,39.0,49.0), not " + value);
    return {w, s, e, n};
}

geo::LonLat parse_centre(const std::string& value) {
    double lat = 0, lon = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%lf,%lf%c", &lat, &lon, &tail) != 2)
        throw UsageError("--center must be LAT,LON in degrees (48.6,38.0), not " + value);
    return {lon, lat};
}

double parse_number(const std::string& value, const char* option, double low, double high) {
    double x = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%lf%c", &x, &tail) != 1 || !(x >= low && x <= high))
        throw UsageError(std::string(option) + " must be a number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", not " + value);
    return x;
}

RenderOutputKind output_kind(const std::string& output) {
    if (names_video(output)) return RenderOutputKind::video;
    if (!geo::image_format_of(output))
        throw UsageError("-o must end in .png or .tif (one image, or a series with %Y-%m-%d in the name), or .mp4, "
                         ".webm or .gif (a video), not " + output);
    return output.find('%') != std::string::npos ? RenderOutputKind::image_series : RenderOutputKind::image;
}

}  // namespace

RenderOptions parse_render_options(const Arguments& a) {
    RenderOptions o;
    if (!a.positionals().empty())
        throw UsageError("render takes no INPUT (" + a.positionals().front() + "); events come from --db, the front from --baseline/--db");
    if (auto v = a.value("--size")) std::tie(o.width, o.height) = parse_size(*v);
    if (auto v = a.value("--date")) o.date = parse_day(*v, "--date");
    if (auto v = a.value("--from")) o.from = parse_day(*v, "--from");
    if (auto v = a.value("--to")) o.to = parse_day(*v, "--to");
    if (o.date && (o.from || o.to)) throw UsageError("give either --date D or --from D --to D, not both");
    if (o.from && o.to && *o.to < *o.from) throw UsageError("--to is before --from");
    if (auto v = a.value("--step")) o.step_days = parse_step(*v);
    if (auto v = a.value("--bbox")) o.bbox = parse_bbox(*v);
    if (auto v = a.value("--center")) o.centre = parse_centre(*v);
    if (o.bbox && o.centre) throw UsageError("give either --bbox or --center with --zoom, not both");
    if (o.centre != std::nullopt) {
        const auto z = a.value("--zoom");
        if (!z) throw UsageError("--center needs --zoom Z (0 the world … 12 a town; 7 shows Donbas)");
        o.zoom = parse_number(*z, "--zoom", 0, 22);
    } else if (a.value("--zoom")) {
        throw UsageError("--zoom needs --center LAT,LON");
    }
    const std::string projection = a.value_or("--projection", "mercator");
    if (projection != "mercator" && projection != "equal-area")
        throw UsageError("--projection must be mercator or equal-area, not " + projection);
    o.equal_area = projection == "equal-area";
    const std::string style = a.value_or("--style", "light");
    if (style != "light" && style != "dark") throw UsageError("--style must be light or dark, not " + style);
    o.dark = style == "dark";
    o.output = a.value("-o") ? *a.value("-o") : a.value_or("--output", "");
    if (o.output.empty()) throw UsageError("render needs -o OUT (.png, .tif, frames/%Y-%m-%d.png, .mp4, .webm or .gif)");
    o.kind = output_kind(o.output);
    if (o.kind == RenderOutputKind::image && !o.date && (o.from || o.to) && o.from != o.to)
        throw UsageError("a date range makes several frames: give -o a pattern such as frames/%Y-%m-%d.png, or a video "
                         "(.mp4, .webm, .gif)");
    if (auto v = a.value("--fps")) o.frames_per_second = static_cast<int>(parse_number(*v, "--fps", 1, 60));
    if (auto v = a.value("--fade")) o.fade_days = parse_number(*v, "--fade", 1, 3650);
    o.force = a.flag("--force");
    return o;
}

std::string expand_date_pattern(const std::string& pattern, std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
    const auto day_of_year = (day - std::chrono::sys_days{ymd.year() / 1 / 1}).count() + 1;
    std::string out;
    char buffer[16];
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%' || i + 1 == pattern.size()) {
            out += pattern[i];
            continue;
        }
        switch (pattern[++i]) {
            case 'Y': std::snprintf(buffer, sizeof buffer, "%04d", y); break;
            case 'm': std::snprintf(buffer, sizeof buffer, "%02u", m); break;
            case 'd': std::snprintf(buffer, sizeof buffer, "%02u", d); break;
            case 'F': std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d); break;
            case 'j': std::snprintf(buffer, sizeof buffer, "%03d", static_cast<int>(day_of_year)); break;
            case '%': std::snprintf(buffer, sizeof buffer, "%%"); break;
            default:
                throw UsageError(std::string("-o: %") + pattern[i] + " is not a date field; use %Y, %m, %d, %F, %j or %%");
        }
        out += buffer;
    }
    return out;
}

std::vector<std::chrono::sys_days> frame_dates(std::chrono::sys_days first, std::chrono::sys_days last, int step) {
    std::vector<std::chrono::sys_days> dates;
    for (auto d = first; d <= last; d += std::chrono::days{step}) dates.push_back(d);
    return dates;
}

}  // namespace frontmap::cli
