#pragma once
// Draws the map into the bound framebuffer: sea and land, borders and coasts, the held area,
// the contested zone, the front line, event markers and the legend, date stamp, scale bar and
// attribution. Shared by the headless renderer and the viewer: only where the pixels go
// differs. The basemap and the events are uploaded once, the front when it changes; a frame
// then only sets the date (which events show, how faded) and draws.
#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "geo/basemap.hpp"
#include "geo/event_points.hpp"
#include "geo/front_frame.hpp"
#include "render/map_labels.hpp"
#include "render/map_projection.hpp"
#include "render/map_style.hpp"
#include "render/text_atlas.hpp"

namespace frontmap::render {

struct MapFrame {
    std::chrono::sys_days date{};
    std::string attribution;                 // "Places: GeoNames · Borders: Natural Earth · …"
};

class MapRenderer {
public:
    // Needs a current GL 3.3 context. `origin`: a projected point near the map (coordinates go
    // to the GPU relative to it, keeping float precision). `scale`: pixel sizes relative to a
    // 1000-pixel-high image. Throws std::runtime_error when the font cannot be read.
    MapRenderer(MapProjection projection, PlanarXY origin, MapStyle style = {}, float scale = 1.0f,
                const std::string& font_path = default_font_path);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    const MapProjection& projection() const { return projection_; }
    void set_basemap(const geo::Basemap& basemap);
    void set_events(std::span<const geo::EventPoint> events);
    // How many days an event stays on the map, fading (the viewer's time window).
    void set_event_fade_days(float days) { style_.event_fade_days = days; }
    // The held area, contested zone and front line to draw until the next call; null: none.
    void set_front(const geo::FrontFrame* front);
    // Candidate place labels; the largest that fit without overlapping are drawn.
    void set_labels(std::vector<PlaceLabel> labels);
    // Draws into the bound framebuffer, whose size must be view.width × view.height.
    void draw(const MapFrame& frame, const MapView& view);

private:
    struct Gpu;
    MapProjection projection_;
    PlanarXY origin_;
    MapStyle style_;
    float scale_;
    std::vector<int> event_kinds_;  // palette indices present, most frequent first
    std::string held_label_;  // legend facts of the front set last
    bool contested_ = false, front_line_ = false;
    std::vector<PlaceLabel> labels_;
    std::vector<PlacedLabel> placed_labels_;  // for the view below: placement depends on it only
    std::optional<MapView> labels_placed_for_;
    std::unique_ptr<Gpu> gpu_;
};

}  // namespace frontmap::render
