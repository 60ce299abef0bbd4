#include "render/map_renderer.hpp"

#include <algorithm>
#include <array>

#include "render/event_layer.hpp"
#include "render/map_overlay.hpp"
#include "render/overlay_batch.hpp"
#include "render/polygon_layer.hpp"
#include "render/segment_layer.hpp"
#include "render/shader_program.hpp"
#include "render/view_uniforms.hpp"

namespace frontmap::render {

struct MapRenderer::Gpu {
    ShaderProgram stencil{"map_position.vert", "stencil_only.frag"};
    ShaderProgram cover{"cover.vert", "cover.frag"};
    ShaderProgram segments{"segment.vert", "segment.frag"};
    ShaderProgram events{"event_point.vert", "event_point.frag"};
    ShaderProgram overlay{"overlay.vert", "overlay.frag"};
    GlVertexArray empty_vertex_array = make_vertex_array();  // the cover quad needs no buffer, core GL a VAO
    PolygonLayer land, held, contested;
    SegmentLayer borders, coasts, front;
    EventLayer event_markers;
    OverlayLayer furniture;
    TextAtlas atlas;

    Gpu(const std::string& font_path, const MapStyle& style, float scale)
        : atlas(font_path, style.text_px * scale, style.title_px * scale) {}
};

namespace {

void set_colour(const ShaderProgram& p, const char* name, Rgba c) { glUniform4f(p.uniform(name), c.r, c.g, c.b, c.a); }

// Projected and made relative to `origin`, as x,y pairs.
std::vector<float> local_xy(const MapProjection& projection, PlanarXY origin, const geo::LineString& line) {
    std::vector<float> xy;
    xy.reserve(line.points.size() * 2);
    for (const auto& p : projection.forward(line.points)) {
        xy.push_back(static_cast<float>(p.x - origin.x));
        xy.push_back(static_cast<float>(p.y - origin.y));
    }
    return xy;
}

std::vector<LocalRing> local_rings(const MapProjection& projection, PlanarXY origin, const geo::MultiPolygon& mp) {
    std::vector<LocalRing> rings;
    for (const auto& polygon : mp.polygons)
        for (const auto& ring : polygon.rings) rings.push_back(local_xy(projection, origin, ring));
    return rings;
}

// The bundled basemap is clipped to a region: its polygons have edges along the clipping box
// that are neither borders nor coasts. Segments lying on one side of `clip` are left out.
void append_outline(const MapProjection& projection, PlanarXY origin, const geo::MultiPolygon& shape,
                    const geo::LonLatBox& clip, std::vector<LocalSegment>& out) {
    const auto on_clip_edge = [&](geo::LonLat a, geo::LonLat b) {
        return (a.lon == b.lon && (a.lon == clip.min_lon || a.lon == clip.max_lon)) ||
               (a.lat == b.lat && (a.lat == clip.min_lat || a.lat == clip.max_lat));
    };
    for (const auto& polygon : shape.polygons)
        for (const auto& ring : polygon.rings) {
            const auto xy = local_xy(projection, origin, ring);
            for (std::size_t i = 0; i + 1 < ring.points.size(); ++i)
                if (!on_clip_edge(ring.points[i], ring.points[i + 1]))
                    out.push_back({xy[2 * i], xy[2 * i + 1], xy[2 * i + 2], xy[2 * i + 3], 1.0f});
        }
}

geo::LonLatBox outer_bounds(const geo::Basemap& basemap) {
    geo::LonLatBox box = geo::bounds(basemap.land);
    for (const auto& c : basemap.countries) box.extend(geo::bounds(c.shape));
    return box;
}

}  // namespace

MapRenderer::MapRenderer(MapProjection projection, PlanarXY origin, MapStyle style, float scale, const std::string& font_path)
    : projection_(std::move(projection)), origin_(origin), style_(style), scale_(scale),
      gpu_(std::make_unique<Gpu>(font_path, style, scale)) {}

MapRenderer::~MapRenderer() = default;

void MapRenderer::set_basemap(const geo::Basemap& basemap) {
    gpu_->land.upload(local_rings(projection_, origin_, basemap.land), GL_STATIC_DRAW);
    const geo::LonLatBox clip = outer_bounds(basemap);
    std::vector<LocalSegment> coast, borders;
    append_outline(projection_, origin_, basemap.land, clip, coast);
    for (const auto& country : basemap.countries) append_outline(projection_, origin_, country.shape, clip, borders);
    gpu_->coasts.upload(coast, GL_STATIC_DRAW);
    gpu_->borders.upload(borders, GL_STATIC_DRAW);
}

void MapRenderer::set_events(std::span<const geo::EventPoint> events) {
    std::vector<geo::LonLat> places;
    places.reserve(events.size());
    for (const auto& e : events) places.push_back(e.where);
    const auto projected = projection_.forward(places);
    std::vector<EventInstance> instances;
    instances.reserve(events.size());
    std::array<std::size_t, event_kinds.size()> counts{};
    for (std::size_t i = 0; i < events.size(); ++i) {
        const int kind = event_kind_index(events[i].type);
        ++counts[static_cast<std::size_t>(kind)];
        instances.push_back({static_cast<float>(projected[i].x - origin_.x), static_cast<float>(projected[i].y - origin_.y),
                             static_cast<float>(events[i].day.time_since_epoch().count()), static_cast<float>(kind),
                             static_cast<float>(events[i].confidence)});
    }
    // Older first, so the newest events lie on top.
    std::stable_sort(instances.begin(), instances.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
    gpu_->event_markers.upload(instances);
    event_kinds_.clear();
    for (std::size_t k = 0; k < counts.size(); ++k)
        if (counts[k]) event_kinds_.push_back(static_cast<int>(k));
    std::stable_sort(event_kinds_.begin(), event_kinds_.end(),
                     [&](int a, int b) { return counts[static_cast<std::size_t>(a)] > counts[static_cast<std::size_t>(b)]; });
}

void MapRenderer::set_front(const geo::FrontFrame* front) {
    Gpu& g = *gpu_;
    std::vector<LocalSegment> front_segments;
    if (front) {
        g.held.upload(local_rings(projection_, origin_, front->held), GL_DYNAMIC_DRAW);
        g.contested.upload(local_rings(projection_, origin_, front->contested), GL_DYNAMIC_DRAW);
        for (const auto& part : front->front_lines)
            append_segments(local_xy(projection_, origin_, part.line), static_cast<float>(part.confidence), front_segments);
    } else {
        g.held.upload({}, GL_DYNAMIC_DRAW);
        g.contested.upload({}, GL_DYNAMIC_DRAW);
    }
    g.front.upload(front_segments, GL_DYNAMIC_DRAW);
    held_label_.clear();
    if (front && !front->held.empty()) held_label_ = front->side == geo::Side::ru ? "Held by Russia" : "Held by Ukraine";
    contested_ = front && !front->contested.empty();
    front_line_ = !front_segments.empty();
}

void MapRenderer::set_labels(std::vector<PlaceLabel> labels) {
    labels_ = std::move(labels);
    labels_placed_for_.reset();
}

namespace {

bool same_view(const MapView& a, const MapView& b) {
    return a.centre.x == b.centre.x && a.centre.y == b.centre.y && a.metres_per_pixel == b.metres_per_pixel &&
           a.width == b.width && a.height == b.height;
}

// Stencil then cover: the fans mark the polygons' inside in stencil bit 0; the cover quad
// paints the marked pixels (per sample, so edges are anti-aliased by the multisampling) and
// clears the marks for the next layer.
void fill(const PolygonLayer& layer, const ShaderProgram& stencil, const ShaderProgram& cover, GLuint empty_vao,
          const ViewUniforms& view, Rgba colour, float hatch_spacing = 0, float hatch_width = 0) {
    if (layer.empty()) return;
    glEnable(GL_STENCIL_TEST);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    glStencilMask(1);
    glStencilFunc(GL_ALWAYS, 0, 1);
    glStencilOp(GL_KEEP, GL_KEEP, GL_INVERT);
    stencil.use();
    view.apply_to(stencil);
    layer.draw_fans();
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glStencilFunc(GL_NOTEQUAL, 0, 1);
    glStencilOp(GL_ZERO, GL_ZERO, GL_ZERO);
    cover.use();
    view.apply_to(cover);
    const auto& b = layer.bounds();
    glUniform4f(cover.uniform("u_bounds"), b[0], b[1], b[2], b[3]);
    set_colour(cover, "u_colour", colour);
    glUniform1f(cover.uniform("u_hatch_spacing"), hatch_spacing);
    glUniform1f(cover.uniform("u_hatch_width"), hatch_width);
    glBindVertexArray(empty_vao);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    glDisable(GL_STENCIL_TEST);
}

void stroke(const SegmentLayer& layer, const ShaderProgram& program, const ViewUniforms& view, float width, Rgba colour,
            Rgba low_colour) {
    if (layer.size() == 0) return;
    program.use();
    view.apply_to(program);
    glUniform1f(program.uniform("u_half_width"), width / 2);
    set_colour(program, "u_colour", colour);
    set_colour(program, "u_low_colour", low_colour);
    layer.draw();
}

}  // namespace

void MapRenderer::draw(const MapFrame& frame, const MapView& view) {
    Gpu& g = *gpu_;
    const float s = scale_;
    const ViewUniforms uniforms{static_cast<float>(view.centre.x - origin_.x), static_cast<float>(view.centre.y - origin_.y),
                                static_cast<float>(1.0 / view.metres_per_pixel), static_cast<float>(view.width),
                                static_cast<float>(view.height)};
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glClearColor(style_.sea.r, style_.sea.g, style_.sea.b, 1.0f);
    glClearStencil(0);
    glStencilMask(0xFF);
    glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);

    const GLuint vao = g.empty_vertex_array.get();
    fill(g.land, g.stencil, g.cover, vao, uniforms, style_.land);
    fill(g.held, g.stencil, g.cover, vao, uniforms, style_.held);
    fill(g.contested, g.stencil, g.cover, vao, uniforms, style_.contested, style_.hatch_spacing * s, style_.hatch_width * s);
    stroke(g.borders, g.segments, uniforms, style_.border_width * s, style_.border, style_.border);
    stroke(g.coasts, g.segments, uniforms, style_.coast_width * s, style_.coast, style_.coast);
    stroke(g.front, g.segments, uniforms, style_.front_width * s, style_.front, style_.front_uncertain);

    g.events.use();
    uniforms.apply_to(g.events);
    glUniform1f(g.events.uniform("u_day"), static_cast<float>(frame.date.time_since_epoch().count()));
    glUniform1f(g.events.uniform("u_fade_days"), style_.event_fade_days);
    glUniform1f(g.events.uniform("u_min_radius"), style_.event_min_radius * s);
    glUniform1f(g.events.uniform("u_max_radius"), style_.event_max_radius * s);
    std::array<float, 16 * 3> palette{};
    for (std::size_t k = 0; k < event_kinds.size(); ++k) {
        palette[3 * k] = event_kinds[k].colour.r;
        palette[3 * k + 1] = event_kinds[k].colour.g;
        palette[3 * k + 2] = event_kinds[k].colour.b;
    }
    glUniform3fv(g.events.uniform("u_palette"), 16, palette.data());
    const auto today = static_cast<float>(frame.date.time_since_epoch().count());
    g.event_markers.draw_days(today - style_.event_fade_days, today);

    OverlayContent content;
    content.date = frame.date;
    content.held_label = held_label_;
    content.contested = contested_;
    content.front_line = front_line_;
    content.event_kinds = event_kinds_;
    content.event_fade_days = style_.event_fade_days;
    content.ground_metres_per_pixel = ground_metres_per_pixel(projection_, view);
    content.attribution = frame.attribution;
    OverlayBatch furniture(g.atlas), names(g.atlas);
    compose_overlay(content, style_, s, view.width, view.height, furniture);
    if (!labels_placed_for_ || !same_view(*labels_placed_for_, view)) {
        placed_labels_ = place_labels(labels_, projection_, view, g.atlas, s, 60, furniture.panels());
        labels_placed_for_ = view;
    }
    draw_labels(placed_labels_, labels_, style_.ink, style_.halo, s, names);
    g.overlay.use();
    glUniform2f(g.overlay.uniform("u_viewport"), static_cast<float>(view.width), static_cast<float>(view.height));
    glUniform1i(g.overlay.uniform("u_atlas"), 0);
    g.furniture.draw(names);
    g.furniture.draw(furniture);
}

}  // namespace frontmap::render
