#pragma once
// What `frontmap render` was asked for, parsed from the command line: image size, dates,
// view, projection and where the frames go. Parsing only; nothing is opened here.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "geo/geometry_types.hpp"

namespace frontmap::cli {

enum class RenderOutputKind { image, image_series, video };

struct RenderOptions {
    int width = 1600, height = 1000;
    std::optional<std::chrono::sys_days> date, from, to;  // --date, or --from/--to (either may default)
    int step_days = 1;
    std::optional<geo::LonLatBox> bbox;  // as given: west > east is kept, for the antimeridian message
    std::optional<geo::LonLat> centre;   // with zoom
    double zoom = 0;
    bool equal_area = false;
    bool dark = false;  // --style dark
    std::string output;
    RenderOutputKind kind = RenderOutputKind::image;
    int frames_per_second = 4;
    double fade_days = 30;
    bool force = false;
};

// Throws UsageError naming the option and the expected form.
RenderOptions parse_render_options(const Arguments& a);

// `pattern` with %Y, %m, %d, %F (YYYY-MM-DD), %j (day of year) and %% filled in for `day`.
std::string expand_date_pattern(const std::string& pattern, std::chrono::sys_days day);

// Frame dates from `first` to `last` every `step` days.
std::vector<std::chrono::sys_days> frame_dates(std::chrono::sys_days first, std::chrono::sys_days last, int step);

}  // namespace frontmap::cli
