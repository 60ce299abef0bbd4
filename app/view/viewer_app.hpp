#pragma once
// The viewer's state and frame loop (private to app/view): what is open, the camera, the
// clock, filters, layers, the selection, the panels and the scripted commands.
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "events/temporal_lexicon.hpp"
#include "gazetteer/find_mentions.hpp"
#include "geo/basemap.hpp"
#include "geo/event_catalog.hpp"
#include "geo/event_points.hpp"
#include "geo/front_model.hpp"
#include "render/map_renderer.hpp"
#include "view/background_ingest.hpp"
#include "view/event_query.hpp"
#include "view/front_animator.hpp"
#include "view/map_camera.hpp"
#include "view/timeline.hpp"
#include "view/video_export.hpp"
#include "view/view_script.hpp"
#include "view/viewer.hpp"
#include "view/viewer_settings.hpp"
#include "view/viewer_window.hpp"

namespace frontmap::view {

struct Layers {
    bool basemap = true, borders = true, labels = true, events = true, front = true, held = true, contested = true,
         baseline = false;
    bool* find(const std::string& name);
};

class ViewerApp {
public:
    ViewerApp(const ViewerOptions& options, std::ostream& out, std::ostream& err);
    ~ViewerApp();
    int run();

private:
    // Data
    void open(const std::string& path);  // keeps what was open when it fails (message shown)
    void read_baselines();
    void reset_front();
    void refresh_events();                // the filter changed or the data did
    void apply_layers();  // after a layer was switched: what the renderer draws
    void apply_basemap_layers();
    void make_synthetic_events(std::size_t count);  // --bench
    // Frame steps
    void handle_pointer();
    void handle_drops();
    void run_script();
    bool run_command(const ScriptCommand& c);  // false: not done yet, run it again next frame
    void draw_map();
    void draw_overlays();  // selection ring, baseline outline
    void draw_panels();
    void take_screenshot(const std::string& path);
    void export_view(const std::string& path);    // the map alone, PNG or GeoTIFF (georeferenced)
    void export_events(const std::string& path);  // the listed events (filters and window)
    void export_video(const std::string& path);   // the whole timeline through `frontmap render`
    void say(std::string message);
    void select(std::size_t event_index, bool fly);

    const ViewerOptions options_;
    std::ostream& out_;
    std::ostream& err_;
    ViewerSettings settings_;
    std::unique_ptr<ViewerWindow> window_;
    geo::Basemap basemap_;
    std::string attribution_;  // the map's credit line
    std::unique_ptr<render::MapRenderer> renderer_;
    std::optional<MapCamera> camera_;
    std::optional<Timeline> timeline_;

    // What is open.
    std::string opened_;  // path or connection; empty: nothing
    bool opened_is_store_ = false;
    geo::EventCatalog catalog_;
    geo::FrontSources sources_;
    std::unique_ptr<FrontAnimator> animator_;
    std::shared_ptr<const geo::FrontFrame> shown_front_;
    geo::FrontFrame layered_front_;  // shown_front_ with the layers switched off removed
    std::vector<std::size_t> mapped_;  // catalog indices drawn on the map (filter applied)

    // Helpers loaded once.
    std::optional<gaz::MentionFinder> finder_;
    std::optional<events::TemporalLexicon> temporal_;
    BackgroundIngest ingest_;
    std::string ingest_store_;  // the store the running ingest writes, opened when it is done
    VideoExport video_;
    std::optional<std::string> export_view_;  // taken after the map is drawn, before the panels

    // The analyst's choices.
    Layers layers_;
    EventQuery query_, applied_query_;
    std::optional<std::size_t> selected_;
    std::string search_text_, open_text_, export_text_ = "frontmap-view.png";
    std::vector<std::string> search_results_;
    std::vector<geo::LonLat> search_places_;
    std::deque<std::string> messages_;
    int skipped_ = 0;

    // Recomputed only when what they depend on changes: with a million events, per frame
    // they would cost more than drawing.
    std::size_t generation_ = 0;  // bumped whenever the events or the filter change
    struct ListCache {
        std::size_t generation = static_cast<std::size_t>(-1);
        std::chrono::sys_days day{};
        int window = -1, column = -1;
        bool ascending = false;
        std::vector<std::size_t> list;
    } list_cache_;
    struct HistogramCache {
        std::size_t generation = static_cast<std::size_t>(-1);
        std::chrono::sys_days first{}, last{};
        std::vector<float> counts;
    } histogram_cache_;

    // Scripted runs and benchmarks.
    std::vector<ScriptCommand> script_;
    std::size_t script_next_ = 0;
    int wait_frames_ = 0;
    std::optional<std::string> screenshot_;
    bool quit_ = false;
    std::vector<double> frame_ms_;
};

}  // namespace frontmap::view
