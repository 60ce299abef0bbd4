#include "view/viewer_app.hpp"

#include "render/gl.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <random>

#include "cli/load_finder.hpp"
#include "cli/map_attribution.hpp"
#include "cli/paths.hpp"
#include "cli/place_labels.hpp"
#include "cli/place_search.hpp"
#include "events/date_range.hpp"
#include "geo/baseline_series.hpp"
#include "geo/control_observations.hpp"
#include "geo/event_records_output.hpp"
#include "geo/raster_output.hpp"

namespace frontmap::view {

namespace {

using Clock = std::chrono::steady_clock;


constexpr std::size_t kept_messages = 200;

// Where the viewer opens when there is nothing to show: Donbas.
const geo::LonLatBox donbas{36.0, 47.0, 39.5, 49.5};

bool names_store(const std::string& path) {
    if (path.rfind("PG:", 0) == 0) return true;
    const auto ext = std::filesystem::path(path).extension().string();
    return ext == ".gpkg" || ext == ".GPKG";
}

bool names_map_file(const std::string& path) {
    const auto ext = std::filesystem::path(path).extension().string();
    return names_store(path) || ext == ".geojson" || ext == ".json" || ext == ".geojsonl" || ext == ".geojsons" ||
           ext == ".kml" || ext == ".fgb";
}

}  // namespace

bool* Layers::find(const std::string& name) {
    if (name == "basemap") return &basemap;
    if (name == "borders") return &borders;
    if (name == "labels") return &labels;
    if (name == "events") return &events;
    if (name == "front") return &front;
    if (name == "held") return &held;
    if (name == "contested") return &contested;
    if (name == "baseline") return &baseline;
    return nullptr;
}

ViewerApp::ViewerApp(const ViewerOptions& options, std::ostream& out, std::ostream& err)
    : options_(options), out_(out), err_(err), settings_(ViewerSettings::from_environment()) {
    if (!options_.script.empty()) script_ = read_view_script(options_.script);  // refuse a bad script before any window
    Diagnostics diags;
    temporal_.emplace(events::TemporalLexicon::load(cli::find_assets_dir() + "/lang/temporal.tsv", diags));
    basemap_ = geo::read_basemap(geo::bundled_basemap_path(cli::find_assets_dir()));
    read_baselines();
    attribution_ = cli::map_attribution(sources_.series, options_.baselines);
    std::string first = options_.open;
    if (first.empty() && options_.bench_events == 0) first = settings_.last_opened().value_or("");
    if (!first.empty()) {
        open(first);
        if (opened_.empty() && !ingest_.running())
            throw std::runtime_error(messages_.empty() ? "cannot open " + first : messages_.back());
    }
    if (options_.bench_events) make_synthetic_events(options_.bench_events);

    // The window last: bad input is refused before a window flashes up.
    window_ = std::make_unique<ViewerWindow>(options_.width, options_.height, "frontmap", settings_.layout_path(),
                                             options_.bench_events == 0);
    try {
        finder_.emplace(cli::load_mention_finder(std::nullopt, diags, err_));
    } catch (const std::exception& e) {
        say(std::string("no gazetteer: place names and search are off (") + e.what() + ")");
    }
    for (const auto& d : diags.take()) say(d.where + ": " + d.message);

    // The view: all the data, else Donbas.
    geo::LonLatBox box = sources_.empty() ? geo::LonLatBox{} : sources_.extent();
    for (std::size_t i : mapped_) box.extend(catalog_.events[i].where);
    if (box.empty() || box.max_lon - box.min_lon > 60) box = donbas;
    const auto projection = render::MapProjection::web_mercator();
    const auto view = render::fit_view(projection, box.expanded(0.2), window_->framebuffer_width(), window_->framebuffer_height());
    camera_.emplace(projection, view);
    render::MapStyle style;
    renderer_ = std::make_unique<render::MapRenderer>(projection, view.centre, style, window_->content_scale());
    apply_layers();

    auto first_day = std::chrono::sys_days{std::chrono::days{0}}, last_day = first_day;
    bool any = false;
    auto extend = [&](std::chrono::sys_days d) {
        if (!any) first_day = last_day = d, any = true;
        first_day = std::min(first_day, d), last_day = std::max(last_day, d);
    };
    if (!sources_.empty()) extend(sources_.date_span().first), extend(sources_.date_span().second);
    for (const auto& e : catalog_.events)
        if (e.day) extend(*e.day);
    if (!any) {
        const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        first_day = today - std::chrono::days{30}, last_day = today;
    }
    timeline_.emplace(first_day, last_day);
    timeline_->set_day(last_day);
    if (options_.date) timeline_->set_day(*events::parse_iso_date(*options_.date));
    if (options_.bench_events) {
        timeline_->set_day(first_day);
        timeline_->set_speed(30);
        timeline_->play();
    }
    renderer_->set_event_fade_days(static_cast<float>(timeline_->window_days));
}

ViewerApp::~ViewerApp() {
    animator_.reset();  // its threads read sources_
}

void ViewerApp::say(std::string message) {
    err_ << "frontmap view: " << message << "\n";
    messages_.push_back(std::move(message));
    while (messages_.size() > kept_messages) messages_.pop_front();
}

void ViewerApp::read_baselines() {
    if (options_.baselines.empty()) return;
    Diagnostics diags;
    geo::BaselineOptions o;
    o.date_pattern = options_.date_pattern;
    o.date_field = options_.date_field;
    sources_.series = geo::read_baselines(options_.baselines, o, diags);
    skipped_ += static_cast<int>(diags.skipped_count());
    for (const auto& d : diags.take()) say(d.where + ": " + d.message);
}

void ViewerApp::open(const std::string& path) {
    if (is_acled_export(path)) {
        // An ACLED export is imported into a store of its own, opened when the import is done.
        const std::string folder = settings_.folder.empty() ? std::filesystem::temp_directory_path().string() : settings_.folder;
        const std::string store = folder + "/" + std::filesystem::path(path).stem().string() + ".gpkg";
        if (ingest_.start(store, {path})) {
            ingest_store_ = store;
            say("importing the ACLED export " + path + " into " + store + "…");
        } else {
            say("an ingest is running; open " + path + " again when it has finished");
        }
        return;
    }
    try {
        auto catalog = geo::read_event_catalog(path);
        std::vector<geo::ControlObservation> observations;
        const bool store = names_store(path);
        if (store) {
            std::optional<std::chrono::sys_days> after;
            if (!sources_.series.empty()) after = sources_.series.snapshots.back().date + std::chrono::days{1};
            observations = geo::read_control_observations(path, after, std::chrono::sys_days{std::chrono::year{9999} / 12 / 31});
        }
        animator_.reset();  // before its sources change
        catalog_ = std::move(catalog);
        sources_.observations = std::move(observations);
        sources_.store = store ? path : "";
        opened_ = path;
        opened_is_store_ = store;
        selected_.reset();
        settings_.remember_opened(path);
        say("opened " + catalog_.source + ": " + std::to_string(catalog_.events.size()) + " events, " +
            std::to_string(sources_.observations.size()) + " control observations");
        if (window_) window_->set_title("frontmap — " + catalog_.source);
        if (renderer_) refresh_events();
        if (timeline_) {
            for (const auto& e : catalog_.events)
                if (e.day) timeline_->set_range(std::min(timeline_->first(), *e.day), std::max(timeline_->last(), *e.day));
        }
    } catch (const std::exception& e) {
        say(e.what());
    }
    reset_front();
}

void ViewerApp::reset_front() {
    animator_.reset();
    shown_front_.reset();
    if (!sources_.empty()) animator_ = std::make_unique<FrontAnimator>(sources_, options_.side_ua ? geo::Side::ua : geo::Side::ru);
}

void ViewerApp::refresh_events() {
    mapped_.clear();
    std::vector<geo::EventPoint> points;
    for (std::size_t i = 0; i < catalog_.events.size(); ++i) {
        const auto& e = catalog_.events[i];
        if (!geo::is_mappable(e) || !matches(e, query_)) continue;
        mapped_.push_back(i);
        points.push_back({e.where, *e.day, e.event.empty() ? "none" : e.event,
                          std::clamp(e.event_confidence * (e.score > 0 ? e.score : 1.0), 0.0, 1.0)});
    }
    applied_query_ = query_;
    ++generation_;
    if (renderer_) renderer_->set_events(layers_.events ? points : std::vector<geo::EventPoint>{});
}

void ViewerApp::apply_layers() {
    apply_basemap_layers();
    refresh_events();
    shown_front_.reset();  // set again with the front's layers on the next frame
    std::vector<render::PlaceLabel> labels;
    if (layers_.labels && finder_) {
        geo::LonLatBox box = sources_.empty() ? geo::LonLatBox{} : sources_.extent();
        for (std::size_t i : mapped_) box.extend(catalog_.events[i].where);
        if (box.empty()) box = donbas;
        labels = cli::largest_places(*finder_->gazetteer, box.expanded(3.0), 3000);
    }
    renderer_->set_labels(std::move(labels));
}

void ViewerApp::apply_basemap_layers() {
    geo::Basemap shown;
    if (layers_.basemap) {
        shown.land = basemap_.land;
        if (layers_.borders) shown.countries = basemap_.countries;
    }
    renderer_->set_basemap(shown);
}

void ViewerApp::make_synthetic_events(std::size_t count) {
    // Reproducible: places around Donbas, a year of days, every type.
    std::mt19937 rng(20251101);
    std::uniform_real_distribution<double> lon(donbas.min_lon, donbas.max_lon), lat(donbas.min_lat, donbas.max_lat), unit(0, 1);
    const auto start = std::chrono::sys_days{std::chrono::year{2025} / 1 / 1};
    std::uniform_int_distribution<int> day(0, 364), kind(0, static_cast<int>(render::event_kinds.size()) - 1);
    catalog_ = {};
    catalog_.source = "synthetic benchmark events";
    for (std::size_t i = 0; i < count; ++i) {
        geo::EventRecord e;
        e.id = "bench#" + std::to_string(i);
        e.where = {lon(rng), lat(rng)};
        e.day = start + std::chrono::days{day(rng)};
        e.event = std::string(render::event_kinds[static_cast<std::size_t>(kind(rng))].type);
        e.score = 1.0;
        e.event_confidence = unit(rng);
        e.role = "location";
        catalog_.events.push_back(std::move(e));
    }
    std::sort(catalog_.events.begin(), catalog_.events.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
    opened_ = catalog_.source;
}

void ViewerApp::select(std::size_t event_index, bool fly) {
    if (event_index >= catalog_.events.size()) return;
    selected_ = event_index;
    if (fly) camera_->fly_to(catalog_.events[event_index].where, std::min(camera_->view().metres_per_pixel, 150.0));
}

void ViewerApp::handle_pointer() {
    const auto p = window_->take_pointer_events();
    if (p.drag_dx != 0 || p.drag_dy != 0) camera_->pan(p.drag_dx, p.drag_dy);
    if (p.scroll != 0) camera_->zoom_at(p.scroll, {p.x, p.y});
    if (p.clicked) {
        // The nearest drawn event within 12 pixels of the click.
        const auto day = timeline_->day();
        double best = 12.0 * window_->content_scale();
        std::optional<std::size_t> hit;
        for (std::size_t i : mapped_) {
            const auto& e = catalog_.events[i];
            if (*e.day > day || (timeline_->window_days > 0 && *e.day <= day - std::chrono::days{timeline_->window_days})) continue;
            const auto px = camera_->pixel_of(e.where);
            const double d = std::hypot(px.x - p.x, px.y - p.y);
            if (d < best) best = d, hit = i;
        }
        if (hit) select(*hit, false);
    }
    // Keyboard: arrows step the day (shift: a week), space plays, +/- zoom, F fits.
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantCaptureKeyboard) return;
    const int week = io.KeyShift ? 7 : 1;
    // Dear ImGui 1.86 indexes keys by the window system's codes (GLFW's are ASCII for these).
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) timeline_->step(week);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) timeline_->step(-week);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space))) timeline_->toggle();
    const render::PlanarXY centre{camera_->view().width / 2.0, camera_->view().height / 2.0};
    if (ImGui::IsKeyPressed('=')) camera_->zoom_at(2, centre);
    if (ImGui::IsKeyPressed('-')) camera_->zoom_at(-2, centre);
    if (ImGui::IsKeyPressed('F')) {
        geo::LonLatBox box = sources_.empty() ? geo::LonLatBox{} : sources_.extent();
        for (std::size_t i : mapped_) box.extend(catalog_.events[i].where);
        if (!box.empty()) camera_->fit(box.expanded(0.1));
    }
}

void ViewerApp::handle_drops() {
    auto paths = window_->take_dropped_paths();
    if (paths.empty()) return;
    // One map file alone is opened; anything else is ingested into the open store.
    if (paths.size() == 1 && names_map_file(paths[0]) && !std::filesystem::is_directory(paths[0])) {
        open(paths[0]);
        refresh_events();
        return;
    }
    std::string store = opened_is_store_ ? opened_ : "";
    if (store.empty()) {
        store = (settings_.folder.empty() ? std::filesystem::temp_directory_path().string() : settings_.folder) + "/dropped.gpkg";
        say("no event store open: ingesting into " + store);
    }
    if (!ingest_.start(store, paths)) {
        say("an ingest is running; drop the files again when it has finished");
    } else {
        ingest_store_ = store;
        say("ingesting " + std::to_string(paths.size()) + " dropped item(s) into " + store + "…");
    }
}

void ViewerApp::run_script() {
    if (quit_) return;
    if (wait_frames_ > 0) {
        --wait_frames_;
        return;
    }
    while (script_next_ < script_.size()) {
        if (!run_command(script_[script_next_])) return;
        ++script_next_;
        if (wait_frames_ > 0 || screenshot_ || quit_) return;  // let a frame pass
    }
}

bool ViewerApp::run_command(const ScriptCommand& c) {
    auto number = [&](std::size_t i) { return std::stod(c.args.at(i)); };
    const render::PlanarXY centre{camera_->view().width / 2.0, camera_->view().height / 2.0};
    if (c.name == "date") timeline_->set_day(*events::parse_iso_date(c.args[0]));
    else if (c.name == "play") timeline_->play();
    else if (c.name == "pause") timeline_->pause();
    else if (c.name == "speed") timeline_->set_speed(number(0));
    else if (c.name == "window") {
        timeline_->window_days = std::max(0, static_cast<int>(number(0)));
        renderer_->set_event_fade_days(static_cast<float>(timeline_->window_days > 0 ? timeline_->window_days : 36500));
    } else if (c.name == "pan") camera_->pan(number(0), number(1));
    else if (c.name == "zoom") camera_->zoom_at(number(0), c.args.size() == 3 ? render::PlanarXY{number(1), number(2)} : centre);
    else if (c.name == "center") {
        std::optional<double> scale;
        if (c.args.size() == 3) scale = render::zoom_view(camera_->projection(), {number(1), number(0)}, number(2), 256, 256).metres_per_pixel;
        camera_->fly_to({number(1), number(0)}, scale);
    } else if (c.name == "fit") {
        geo::LonLatBox box = sources_.empty() ? geo::LonLatBox{} : sources_.extent();
        for (std::size_t i : mapped_) box.extend(catalog_.events[i].where);
        if (!box.empty()) camera_->fit(box.expanded(0.1));
    } else if (c.name == "layer") {
        bool* layer = layers_.find(c.args[0]);
        if (!layer) {
            say(options_.script + ":" + std::to_string(c.line) + ": no layer '" + c.args[0] + "'");
            return true;
        }
        *layer = c.args[1] == "on";
        apply_layers();
    } else if (c.name == "filter") {
        const std::string& field = c.args[0];
        const std::string& value = c.args[1];
        if (field == "type") {
            query_.hidden_types.clear();
            if (value != "all")
                for (const auto& k : render::event_kinds)
                    if (("," + value + ",").find("," + std::string(k.type) + ",") == std::string::npos)
                        query_.hidden_types.insert(std::string(k.type));
        } else if (field == "actor") query_.actor = value == "any" ? "" : value;
        else if (field == "claimant") query_.claimant = value == "any" ? "" : value;
        else if (field == "origin") query_.origin = value == "any" ? "" : value;
        else if (field == "text") query_.text = value;
        else if (field == "score") query_.min_score = std::stod(value);
        else say(options_.script + ":" + std::to_string(c.line) + ": no filter '" + field + "'");
        refresh_events();
    } else if (c.name == "select") {
        const auto list = events_in_window(catalog_, query_, timeline_->day(), timeline_->window_days);
        const auto n = static_cast<std::size_t>(std::max(1.0, number(0)));
        if (n <= list.size()) select(list[n - 1], true);
        else say(options_.script + ":" + std::to_string(c.line) + ": the list has " + std::to_string(list.size()) + " events");
    } else if (c.name == "search") {
        search_text_ = c.args[0];
        if (finder_) {
            const auto hits = cli::search_places(*finder_, search_text_);
            if (hits.empty()) say("no place called " + search_text_);
            else camera_->fly_to({hits.front().place.lon, hits.front().place.lat}, 40.0);
        }
    } else if (c.name == "open") {
        open(c.args[0]);
    } else if (c.name == "drop") {
        if (ingest_.running()) return false;  // scripted drops queue behind a running ingest
        window_->add_dropped_path(c.args[0]);
    } else if (c.name == "resize") {
        window_->resize(static_cast<int>(number(0)), static_cast<int>(number(1)));
        wait_frames_ = 2;  // the window manager answers a frame later
    } else if (c.name == "wait") {
        wait_frames_ = static_cast<int>(number(0));
    } else if (c.name == "screenshot") {
        screenshot_ = c.args[0];
    } else if (c.name == "export-view") {
        export_view_ = c.args[0];
        screenshot_ = "";  // wait for the front like a screenshot does; no window capture
    } else if (c.name == "export-events") {
        export_events(c.args[0]);
    } else if (c.name == "export-video") {
        export_video(c.args[0]);
    } else if (c.name == "quit") {
        if (ingest_.running() || video_.running()) return false;  // a script's last words wait for its work
        quit_ = true;
    }
    return true;
}

void ViewerApp::draw_map() {
    camera_->resize(window_->framebuffer_width(), window_->framebuffer_height());
    const double t = timeline_->position();
    std::shared_ptr<const geo::FrontFrame> front;
    if (animator_) front = screenshot_ ? animator_->wait_for(t) : animator_->frame_for(t);
    if (front != shown_front_) {
        shown_front_ = front;
        if (front && layers_.front) {
            layered_front_ = *front;
            if (!layers_.held) layered_front_.held = {};
            if (!layers_.contested) layered_front_.contested = {};
            renderer_->set_front(&layered_front_);
        } else {
            renderer_->set_front(nullptr);
        }
    }
    render::MapFrame frame;
    frame.date = timeline_->day();
    frame.attribution = attribution_;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, camera_->view().width, camera_->view().height);
    renderer_->draw(frame, camera_->view());
}

void ViewerApp::take_screenshot(const std::string& path) {
    geo::RgbaImage image;
    image.width = window_->framebuffer_width();
    image.height = window_->framebuffer_height();
    image.pixels = window_->read_pixels();
    try {
        geo::write_image(path, image, std::nullopt, true);
        say("screenshot " + path);
    } catch (const std::exception& e) {
        say(std::string("screenshot failed: ") + e.what());
        ++skipped_;
    }
}

void ViewerApp::export_view(const std::string& path) {
    const auto format = geo::image_format_of(path);
    if (!format) {
        say(path + ": save the view as .png or .tif");
        return;
    }
    geo::RgbaImage image;
    image.width = window_->framebuffer_width();
    image.height = window_->framebuffer_height();
    image.pixels = window_->read_pixels();
    const auto& v = camera_->view();
    std::optional<geo::GeoReference> where;
    if (*format == geo::ImageFormat::geotiff) where = geo::GeoReference{v.min_x(), v.max_y(), v.metres_per_pixel, camera_->projection().crs_definition()};
    try {
        geo::write_image(path, image, where, true);
        say("view saved: " + path);
    } catch (const std::exception& e) {
        say(std::string("cannot save the view: ") + e.what());
    }
}

void ViewerApp::export_events(const std::string& path) {
    std::vector<const geo::EventRecord*> rows;
    for (std::size_t i : events_in_window(catalog_, applied_query_, timeline_->day(), timeline_->window_days))
        rows.push_back(&catalog_.events[i]);
    try {
        geo::write_event_records(path, rows, true);
        say(std::to_string(rows.size()) + " events saved: " + path);
    } catch (const std::exception& e) {
        say(std::string("cannot save the events: ") + e.what());
    }
}

void ViewerApp::export_video(const std::string& path) {
    if (!opened_is_store_ && sources_.series.empty()) {
        say("a video needs an event store or baseline maps open");
        return;
    }
    std::vector<std::string> args;
    if (opened_is_store_) args.insert(args.end(), {"--db", opened_});
    for (const auto& b : options_.baselines) args.insert(args.end(), {"--baseline", b});
    const auto box = render::view_bounds(camera_->projection(), camera_->view());
    char bbox[160];
    std::snprintf(bbox, sizeof bbox, "%.6f,%.6f,%.6f,%.6f", box.min_lon, box.min_lat, box.max_lon, box.max_lat);
    args.insert(args.end(), {"--from", events::to_iso(timeline_->first()), "--to", events::to_iso(timeline_->last()), "--bbox", bbox,
                             "--size", std::to_string(camera_->view().width) + "x" + std::to_string(camera_->view().height),
                             "--fade", std::to_string(std::max(1, timeline_->window_days)), "--force", "-o", path});
    if (video_.start(args)) say("rendering the timeline to " + path + "…");
    else say("a video is being rendered already");
}

int ViewerApp::run() {
    auto last = Clock::now();
    std::size_t frames = 0;
    while (!window_->should_close() && !quit_) {
        const auto now = Clock::now();
        const double dt = std::chrono::duration<double>(now - last).count();
        last = now;
        window_->begin_frame();
        run_script();
        handle_pointer();
        handle_drops();
        for (auto& m : ingest_.take_messages()) say(std::move(m));
        if (!ingest_.running() && ingest_.take_finished()) open(ingest_store_);  // in this order: the flag is set first
        if (!(query_ == applied_query_)) refresh_events();
        timeline_->advance(std::min(dt, 0.25));
        camera_->update(dt);
        if (screenshot_) camera_->finish();
        draw_map();
        if (export_view_) {
            export_view(*export_view_);
            export_view_.reset();
        }
        draw_overlays();
        draw_panels();
        window_->render_ui();
        if (screenshot_) {
            if (!screenshot_->empty()) take_screenshot(*screenshot_);
            screenshot_.reset();
        }
        if (auto outcome = video_.take_outcome(); !outcome.empty()) say(outcome);
        window_->present();
        if (options_.bench_events) {
            frame_ms_.push_back(1000.0 * std::chrono::duration<double>(Clock::now() - now).count());
            if (++frames >= static_cast<std::size_t>(options_.bench_frames) + 30) break;
        }
    }
    if (options_.bench_events) {
        std::vector<double> ms(frame_ms_.begin() + std::min<std::ptrdiff_t>(30, static_cast<std::ptrdiff_t>(frame_ms_.size())), frame_ms_.end());
        std::sort(ms.begin(), ms.end());
        double sum = 0;
        for (double v : ms) sum += v;
        const double mean = ms.empty() ? 0 : sum / static_cast<double>(ms.size());
        const auto at = [&](double q) { return ms.empty() ? 0.0 : ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))]; };
        const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
        out_ << "view bench: " << options_.bench_events << " events, " << ms.size() << " frames at "
             << window_->framebuffer_width() << "x" << window_->framebuffer_height() << " on " << (renderer ? renderer : "?")
             << ": mean " << mean << " ms, median " << at(0.5) << " ms, p95 " << at(0.95) << " ms, " << (mean > 0 ? 1000.0 / mean : 0)
             << " fps\n";
    }
    return skipped_ > 0 || ingest_.skipped() > 0 ? 1 : 0;
}

int run_viewer(const ViewerOptions& options, std::ostream& out, std::ostream& err) {
    ViewerApp app(options, out, err);
    return app.run();
}

}  // namespace frontmap::view
