// frontmap view: the CLI side of the interactive map — options, and what to say without a display.
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "events/date_range.hpp"
#include "view/view_script.hpp"
#include "view/viewer.hpp"
#include "view/viewer_window.hpp"

namespace frontmap::cli {

const char* const view_help = R"(usage: frontmap view [STORE | FILE] [--baseline PATH...] [options]

The interactive map: the events of an event store (or of a GeoJSON, KML, GeoPackage or
FlatGeobuf file written by 'frontmap export') and the front from baseline control maps and the
store's reports, through time, drawn by the same renderer as 'frontmap render'.

  drag: pan    wheel: zoom around the pointer    + / -: zoom    F: fit the data
  left / right: a day back or on (shift: a week)    space: play or pause
  click an event: its details (source sentence with the place, dates and cues marked, the
  document, the other place the resolver considered)
  drop files or folders of articles (or an ACLED CSV) on the window: ingested into the open
  store in the background; drop a .gpkg, .geojson, .kml or .fgb: opened

Inputs:
  STORE | FILE          an event store (.gpkg or PG:…) or an exported file (default: the one
                        opened last)
  --baseline PATH       control maps (a file or a folder; repeat for more), as for 'frontmap front'
  --date-pattern P, --date-field NAME, --side ru|ua    as for 'frontmap front'
  --date YYYY-MM-DD     start on this day (default: the last day of the data)
Window:
  --size WxH            window size in pixels (default: 1400x900)
  --script FILE         run the commands in FILE, one a frame (see below), e.g. for tests and
                        demos: date 2025-11-05 / center 48.28 37.18 10 / layer events off /
                        select 1 / screenshot out.png / quit
  --bench N             N synthetic events, the clock playing, frames timed without vsync;
                        prints the frame times and exits (--bench-frames F, default 300)
Script commands: date D, play, pause, speed S, window N, pan DX DY, zoom STEPS [X Y],
  center LAT LON [ZOOM], fit, layer NAME on|off, filter type|actor|claimant|origin|text|score
  VALUE, select N, search NAME, open PATH, drop PATH, resize W H, wait N, screenshot FILE.png,
  quit (after a running ingest has finished).
The window layout and the last file opened are kept in $XDG_CONFIG_HOME/frontmap.

Without a display it says so and exits 2: run it on a desktop, over ssh -X, or under
'xvfb-run -a frontmap view …'; for images without a display use 'frontmap render'.
Exit status: 0 ok, 1 something was skipped (see messages), 2 usage or input error.
)";

namespace {

int parse_int(const std::string& value, const char* option, int lowest) {
    const auto number = leading_number(value);
    if (!number || !number->second.empty() || number->first < lowest)
        throw UsageError(std::string(option) + " needs a whole number of at least " + std::to_string(lowest) + ", not " + value);
    return number->first;
}

}  // namespace

int run_view(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args, {"--baseline", "--date-pattern", "--date-field", "--side", "--date", "--size", "--script", "--bench", "--bench-frames"},
                {"--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << view_help;
        return 0;
    }
    view::ViewerOptions o;
    if (a.positionals().size() > 1) throw UsageError("view opens one store or file, not " + std::to_string(a.positionals().size()));
    if (!a.positionals().empty()) o.open = a.positionals().front();
    o.baselines = a.values("--baseline");
    o.date_pattern = a.value_or("--date-pattern", "");
    o.date_field = a.value_or("--date-field", "date");
    const std::string side = a.value_or("--side", "ru");
    if (side != "ru" && side != "ua") throw UsageError("--side must be ru or ua, not " + side);
    o.side_ua = side == "ua";
    if (auto d = a.value("--date")) {
        if (!events::parse_iso_date(*d) || d->size() != 10) throw UsageError("--date must be YYYY-MM-DD, not " + *d);
        o.date = *d;
    }
    if (auto size = a.value("--size")) {
        const auto x = size->find('x');
        if (x == std::string::npos) throw UsageError("--size must be WxH (1400x900), not " + *size);
        o.width = parse_int(size->substr(0, x), "--size", 1);
        o.height = parse_int(size->substr(x + 1), "--size", 1);
    }
    o.script = a.value_or("--script", "");
    if (auto n = a.value("--bench")) o.bench_events = static_cast<std::size_t>(parse_int(*n, "--bench", 1));
    if (auto n = a.value("--bench-frames")) o.bench_frames = parse_int(*n, "--bench-frames", 1);
    try {
        return view::run_viewer(o, out, err);
    } catch (const view::ScriptError& e) {
        throw UsageError(e.what());
    } catch (const view::NoDisplayError& e) {
        err << "frontmap view: " << e.what() << "\n";
        return 2;
    }
}

}  // namespace frontmap::cli
