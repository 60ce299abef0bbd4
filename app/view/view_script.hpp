#pragma once
// Scripted viewer runs, for tests and demos: one command a line, run in order by the real
// window, one command per frame (after `wait N`, N frames later). '#' starts a comment.
//
//   date 2025-11-05          set the timeline to a day
//   play | pause             start or stop the clock
//   speed 30                 days per second
//   window 14                show the events of the last 14 days (0: all before the date)
//   pan DX DY                move the map by pixels
//   zoom STEPS [X Y]         wheel notches (positive: in) around a pixel (default: the centre)
//   center LAT LON [ZOOM]    glide to a place (web-map zoom level)
//   fit                      show all the data
//   layer NAME on|off        basemap, borders, labels, events, front, held, contested, baseline
//   filter FIELD VALUE       type (a type to hide, or "all"), actor, claimant, score, origin, text
//   select N                 select the N-th event of the list (1 = newest)
//   search NAME              look a place up in the gazetteer and glide to it
//   open PATH                open an event store or an exported file
//   drop PATH                as if PATH were dropped on the window (a store opens, articles are
//                            ingested); waits for an ingest that is still running
//   resize W H               resize the window
//   wait N                   let N frames pass
//   screenshot PATH          save the window as PNG
//   export-view PATH         save the map alone, PNG or GeoTIFF (.tif: georeferenced, EPSG:3857)
//   export-events PATH       save the listed events (filters, window) as GeoJSON, GeoPackage, KML, CSV
//   export-video PATH        render the whole timeline as a video (.mp4, .webm, .gif) or frames
//   quit
#include <stdexcept>
#include <string>
#include <vector>

namespace frontmap::view {

struct ScriptCommand {
    std::string name;               // as written: "date", "pan"…
    std::vector<std::string> args;  // the words after it ("search" and "open" take the rest of the line)
    int line = 0;
};

// A script that cannot run: "FILE:LINE: what is wrong".
struct ScriptError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Checks every line before anything runs: unknown commands, wrong argument counts, numbers
// and dates that do not parse. Throws ScriptError.
std::vector<ScriptCommand> parse_view_script(const std::string& text, const std::string& source_name);
std::vector<ScriptCommand> read_view_script(const std::string& path);

}  // namespace frontmap::view
