#pragma once
// `frontmap view`: the interactive map. Opens an event store (or an exported file) and
// baseline control maps, and shows the events and the front through time with the same
// renderer as `frontmap render`, under Dear ImGui panels: layers, filters, the event list, an
// event's details, place search, the timeline with its histogram and the held area over time.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace frontmap::view {

struct ViewerOptions {
    std::string open;                    // event store, PG:…, or an exported file; empty: the last one
    std::vector<std::string> baselines;  // control maps (files or folders)
    std::string date_pattern, date_field = "date";
    bool side_ua = false;
    std::string script;                  // run these commands, then stay open unless it quits
    std::size_t bench_events = 0;        // --bench N: synthetic events, timed frames, exit
    int bench_frames = 300;
    int width = 1400, height = 900;
    std::optional<std::string> date;     // start here
};

// Returns the exit code: 0, 1 when something given was skipped (see messages), 2 for input
// that cannot be opened. Throws NoDisplayError without a display.
int run_viewer(const ViewerOptions& options, std::ostream& out, std::ostream& err);

}  // namespace frontmap::view
