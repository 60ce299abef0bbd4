// The viewer's panels (Dear ImGui): layers, filters, the event list, an event's details with
// its sentence highlighted, place search, opening files, messages, and the timeline with the
// events-per-day histogram and the held area over time; and what is drawn over the map (the
// selected event, the baseline's outline).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "cli/place_search.hpp"
#include "events/date_range.hpp"
#include "view/sentence_highlights.hpp"
#include "view/viewer_app.hpp"

namespace frontmap::view {

namespace {

ImU32 colour_of(const render::Rgba& c, float alpha = 1.0f) { return ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, c.a * alpha)); }

std::string iso(const std::optional<std::chrono::sys_days>& d) { return d ? events::to_iso(*d) : "undated"; }

// Words of `text` in turn, wrapped at the window's edge, coloured where a highlight covers them.
void highlighted_text(const std::string& text, const std::vector<Highlight>& marks) {
    const ImVec4 colours[] = {ImVec4(0.70f, 0.09f, 0.17f, 1), ImVec4(0.13f, 0.40f, 0.67f, 1), ImVec4(0.11f, 0.47f, 0.22f, 1)};
    const float right = ImGui::GetWindowContentRegionMax().x;
    std::size_t i = 0;
    bool first = true;
    while (i < text.size()) {
        std::size_t end = text.find(' ', i);
        end = end == std::string::npos ? text.size() : end + 1;
        const Highlight* mark = nullptr;
        for (const auto& h : marks)
            if (i < h.end && h.begin < end) mark = &h;
        // A highlight ends mid-word ("Pokrovsk,"): split there.
        if (mark && mark->end < end && mark->end > i) end = mark->end;
        if (mark && mark->begin > i && mark->begin < end) end = mark->begin, mark = nullptr;
        const std::string word = text.substr(i, end - i);
        const float w = ImGui::CalcTextSize(word.c_str()).x;
        if (!first) {
            ImGui::SameLine(0, 0);
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        if (mark) ImGui::TextColored(colours[static_cast<int>(mark->mark)], "%s", word.c_str());
        else ImGui::TextUnformatted(word.c_str());
        first = false;
        i = end;
    }
}

const char* const actor_choices[] = {"any", "ru", "ua", "third", "unknown", "none"};
const char* const claimant_choices[] = {"any", "fact", "ru", "ua", "third", "unknown"};
const char* const origin_choices[] = {"any", "text", "acled"};

void choice(const char* label, std::string& value, const char* const* options, int count) {
    int current = 0;
    for (int i = 0; i < count; ++i)
        if (value == options[i]) current = i;
    if (ImGui::Combo(label, &current, options, count)) value = current == 0 ? "" : options[current];
}

}  // namespace

void ViewerApp::draw_overlays() {
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    // The ImGui draw lists work in window coordinates; the map in framebuffer pixels.
    const float to_ui = 1.0f / std::max(1e-3f, ImGui::GetIO().DisplayFramebufferScale.x);
    if (layers_.baseline && !sources_.series.empty()) {
        const auto day = timeline_->day();
        const geo::BaselineSnapshot* snap = nullptr;
        for (const auto& s : sources_.series.snapshots)
            if (s.date <= day) snap = &s;
        if (snap)
            for (const auto& poly : snap->held.polygons)
                for (const auto& ring : poly.rings) {
                    std::vector<ImVec2> pts;
                    for (const auto& p : ring.points) {
                        const auto px = camera_->pixel_of(p);
                        pts.emplace_back(static_cast<float>(px.x) * to_ui, static_cast<float>(px.y) * to_ui);
                    }
                    draw->AddPolyline(pts.data(), static_cast<int>(pts.size()), IM_COL32(40, 40, 40, 200), ImDrawFlags_Closed, 1.5f);
                }
    }
    if (selected_) {
        const auto px = camera_->pixel_of(catalog_.events[*selected_].where);
        const ImVec2 at(static_cast<float>(px.x) * to_ui, static_cast<float>(px.y) * to_ui);
        const float r = 11.0f * window_->content_scale() * to_ui;
        draw->AddCircle(at, r + 2, IM_COL32(255, 255, 255, 255), 32, 5.0f);
        draw->AddCircle(at, r, IM_COL32(0, 200, 255, 255), 32, 3.0f);
    }
}

void ViewerApp::draw_panels() {
    const float s = window_->content_scale();
    const ImVec2 display = ImGui::GetIO().DisplaySize;

    // Layers and filters.
    // Below the map's date stamp (top left); the legend (top right) is the Layers panel's colours.
    ImGui::SetNextWindowPos(ImVec2(10 * s, 60 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(260 * s, 440 * s), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Layers and filters")) {
        bool changed = false;
        changed |= ImGui::Checkbox("basemap", &layers_.basemap);
        ImGui::SameLine();
        changed |= ImGui::Checkbox("borders", &layers_.borders);
        changed |= ImGui::Checkbox("labels", &layers_.labels);
        ImGui::SameLine();
        changed |= ImGui::Checkbox("events", &layers_.events);
        changed |= ImGui::Checkbox("front", &layers_.front);
        ImGui::SameLine();
        changed |= ImGui::Checkbox("held", &layers_.held);
        changed |= ImGui::Checkbox("contested", &layers_.contested);
        ImGui::SameLine();
        ImGui::Checkbox("baseline", &layers_.baseline);
        if (changed) apply_layers();

        ImGui::Separator();
        ImGui::TextDisabled("event types");
        for (const auto& k : render::event_kinds) {
            const std::string type(k.type);
            bool shown = !query_.hidden_types.count(type);
            ImGui::PushStyleColor(ImGuiCol_CheckMark, ImVec4(k.colour.r, k.colour.g, k.colour.b, 1));
            if (ImGui::Checkbox(std::string(k.label).c_str(), &shown)) {
                if (shown) query_.hidden_types.erase(type);
                else query_.hidden_types.insert(type);
            }
            ImGui::PopStyleColor();
        }
        ImGui::Separator();
        ImGui::TextDisabled("who and how sure");
        choice("actor", query_.actor, actor_choices, 6);
        choice("claimant", query_.claimant, claimant_choices, 6);
        choice("source", query_.origin, origin_choices, 3);
        float min_score = static_cast<float>(query_.min_score);
        if (ImGui::SliderFloat("min score", &min_score, 0.0f, 1.0f, "%.2f")) query_.min_score = min_score;
        char text[256];
        std::snprintf(text, sizeof text, "%s", query_.text.c_str());
        if (ImGui::InputText("text", text, sizeof text)) query_.text = text;
    }
    ImGui::End();

    // The events in the window up to the moment.
    ImGui::SetNextWindowPos(ImVec2(display.x - 470 * s, 10 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(460 * s, 300 * s), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Events")) {
        const auto& list = list_cache_.list;
        ImGui::Text("%zu events in the %d days to %s", list.size(), timeline_->window_days, events::to_iso(timeline_->day()).c_str());
        const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                      ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
        if (ImGui::BeginTable("events", 5, flags)) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn("date", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending);
            ImGui::TableSetupColumn("place");
            ImGui::TableSetupColumn("type");
            ImGui::TableSetupColumn("actor");
            ImGui::TableSetupColumn("score");
            ImGui::TableHeadersRow();
            int column = 0;
            bool ascending = false;
            if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsCount > 0) {
                column = sort->Specs[0].ColumnIndex;
                ascending = sort->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            }
            auto& c = list_cache_;
            if (c.generation != generation_ || c.day != timeline_->day() || c.window != timeline_->window_days ||
                c.column != column || c.ascending != ascending) {
                c = {generation_, timeline_->day(), timeline_->window_days, column, ascending,
                     events_in_window(catalog_, applied_query_, timeline_->day(), timeline_->window_days)};
                // Newest first already; other orders sort on the column's value.
                if (column == 0 && ascending) std::reverse(c.list.begin(), c.list.end());
                else if (column != 0) {
                    auto text = [&](std::size_t i) -> const std::string& {
                        const auto& e = catalog_.events[i];
                        return column == 1 ? e.name : column == 2 ? e.event : e.actor;
                    };
                    auto score = [&](std::size_t i) { return catalog_.events[i].score * catalog_.events[i].event_confidence; };
                    std::stable_sort(c.list.begin(), c.list.end(), [&](std::size_t a, std::size_t b) {
                        if (column == 4) return ascending ? score(a) < score(b) : score(b) < score(a);
                        return ascending ? text(a) < text(b) : text(b) < text(a);
                    });
                }
            }
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(list.size()));
            while (clipper.Step())
                for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                    const std::size_t i = list[static_cast<std::size_t>(row)];
                    const auto& e = catalog_.events[i];
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::PushID(static_cast<int>(i));
                    if (ImGui::Selectable(iso(e.day).c_str(), selected_ == i, ImGuiSelectableFlags_SpanAllColumns)) select(i, true);
                    ImGui::PopID();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(e.name.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colour_of(render::event_kinds[static_cast<std::size_t>(render::event_kind_index(e.event))].colour)),
                                       "%s", e.event.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(e.actor.c_str());
                    ImGui::TableNextColumn();
                    ImGui::Text("%.2f", e.score * e.event_confidence);
                }
            ImGui::EndTable();
        }
    }
    ImGui::End();

    // The selected event, and why it is where and when it is.
    ImGui::SetNextWindowPos(ImVec2(display.x - 470 * s, 320 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(460 * s, 330 * s), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Details")) {
        if (!selected_) {
            ImGui::TextWrapped("Click an event on the map or in the list.");
        } else {
            const auto& e = catalog_.events[*selected_];
            ImGui::Text("%s  (%s)  %s%s%s", e.name.c_str(), e.feature.c_str(), e.admin1.c_str(), e.admin1.empty() ? "" : ", ", e.country.c_str());
            ImGui::Text("%.4f, %.4f  ±%.1f km   place score %.2f", e.where.lat, e.where.lon, e.uncertainty_km, e.score);
            ImGui::Text("%s  (%s … %s, %s, %s)", iso(e.day).c_str(), iso(e.first_day).c_str(), iso(e.last_day).c_str(),
                        e.date_precision.c_str(), e.date_source.c_str());
            ImGui::Text("%s by %s; control %s; %s%s; confidence %.2f", e.event.c_str(), e.actor.c_str(), e.control.c_str(),
                        e.claimant.empty() ? "stated as fact" : ("claimed by " + e.claimant).c_str(), e.denied ? ", denied" : "",
                        e.event_confidence);
            if (!e.cues.empty()) {
                std::string cues;
                for (const auto& c : e.cues) cues += (cues.empty() ? "" : ", ") + c;
                ImGui::TextWrapped("cues: %s", cues.c_str());
            }
            ImGui::Separator();
            if (!e.sentence.empty()) highlighted_text(e.sentence, highlight_sentence(e, *temporal_));
            ImGui::TextDisabled("red: place   blue: cue words   green: dates");
            ImGui::Separator();
            if (auto d = catalog_.documents.find(e.doc); d != catalog_.documents.end()) {
                ImGui::TextWrapped("%s", d->second.title.empty() ? d->second.id.c_str() : d->second.title.c_str());
                ImGui::TextWrapped("%s  %s  %s", d->second.path.c_str(), d->second.url.c_str(), iso(d->second.date).c_str());
            } else if (!e.doc.empty()) {
                ImGui::TextWrapped("document %s", e.doc.c_str());
            }
            if (!e.runner_up_name.empty())
                ImGui::TextWrapped("the resolver also considered %s (%.3f, %.3f), score %.2f", e.runner_up_name.c_str(),
                                   e.runner_up_where ? e.runner_up_where->lat : 0.0, e.runner_up_where ? e.runner_up_where->lon : 0.0,
                                   e.runner_up_score);
            else ImGui::TextDisabled("no other place by that name was close");
        }
    }
    ImGui::End();

    // Places, files, messages.
    ImGui::SetNextWindowPos(ImVec2(10 * s, 510 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(260 * s, 220 * s), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Search and open")) {
        char text[256];
        std::snprintf(text, sizeof text, "%s", search_text_.c_str());
        const bool entered = ImGui::InputText("place", text, sizeof text, ImGuiInputTextFlags_EnterReturnsTrue);
        search_text_ = text;
        if ((entered || ImGui::Button("find")) && finder_) {
            search_results_.clear();
            search_places_.clear();
            for (const auto& hit : cli::search_places(*finder_, search_text_)) {
                if (search_results_.size() >= 20) break;
                search_results_.push_back(hit.place.name + "  " + hit.place.feature_code + "  " + hit.place.admin1 + " " + hit.place.country);
                search_places_.push_back({hit.place.lon, hit.place.lat});
            }
            if (search_results_.empty()) search_results_.push_back("(no place by that name)");
        }
        for (std::size_t i = 0; i < search_results_.size(); ++i)
            if (ImGui::Selectable(search_results_[i].c_str()) && i < search_places_.size()) camera_->fly_to(search_places_[i], 40.0);
        ImGui::Separator();
        std::snprintf(text, sizeof text, "%s", open_text_.c_str());
        const bool go = ImGui::InputText("file", text, sizeof text, ImGuiInputTextFlags_EnterReturnsTrue);
        open_text_ = text;
        if ((go || ImGui::Button("open")) && !open_text_.empty()) open(open_text_);
        ImGui::TextDisabled("or drop a store, articles or a folder on the window");
        ImGui::Separator();
        std::snprintf(text, sizeof text, "%s", export_text_.c_str());
        ImGui::InputText("save as", text, sizeof text);
        export_text_ = text;
        if (ImGui::Button("view")) export_view_ = export_text_;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(".png, or .tif: a GeoTIFF that opens in QGIS in place");
        ImGui::SameLine();
        if (ImGui::Button("events")) export_events(export_text_);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("the listed events: .geojson, .gpkg, .kml, .csv");
        ImGui::SameLine();
        if (ImGui::Button("video")) export_video(export_text_);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("the whole timeline: .mp4, .webm, .gif (ffmpeg)");
        if (video_.running()) ImGui::Text("rendering the video…");
        if (ingest_.running()) ImGui::Text("ingesting… %zu documents read", ingest_.documents_read());
        ImGui::Separator();
        for (auto it = messages_.rbegin(); it != messages_.rend() && it - messages_.rbegin() < 8; ++it) ImGui::TextWrapped("%s", it->c_str());
    }
    ImGui::End();

    // The timeline.
    ImGui::SetNextWindowPos(ImVec2(290 * s, display.y - 190 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(display.x - 780 * s, 180 * s), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Timeline")) {
        if (ImGui::Button(timeline_->playing() ? "pause" : "play")) timeline_->toggle();
        for (const auto& [label, days] : {std::pair{"-7", -7}, {"-1", -1}, {"+1", 1}, {"+7", 7}}) {
            ImGui::SameLine();
            if (ImGui::Button(label)) timeline_->step(days);
        }
        ImGui::SameLine();
        ImGui::Checkbox("loop", &timeline_->loop);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(160 * s);
        float speed = static_cast<float>(timeline_->speed());
        if (ImGui::SliderFloat("days/s", &speed, 1.0f, 365.0f, "%.0f", ImGuiSliderFlags_Logarithmic)) timeline_->set_speed(speed);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(120 * s);
        if (ImGui::SliderInt("window (days)", &timeline_->window_days, 0, 365))
            renderer_->set_event_fade_days(static_cast<float>(timeline_->window_days > 0 ? timeline_->window_days : 36500));
        const float first = static_cast<float>(timeline_->first().time_since_epoch().count());
        const float last = static_cast<float>(timeline_->last().time_since_epoch().count()) + 0.999f;
        float t = static_cast<float>(timeline_->position());
        ImGui::SetNextItemWidth(-1);
        const std::string label = events::to_iso(timeline_->day());
        if (ImGui::SliderFloat("##date", &t, first, last, label.c_str())) timeline_->set_position(t);
        // Events per day and the held area, over the whole range, squeezed to the width.
        auto& h = histogram_cache_;
        if (h.generation != generation_ || h.first != timeline_->first() || h.last != timeline_->last())
            h = {generation_, timeline_->first(), timeline_->last(), events_per_day(catalog_, applied_query_, timeline_->first(), timeline_->last())};
        const auto& counts = h.counts;
        const int bins = std::max(1, std::min(static_cast<int>(counts.size()), static_cast<int>(ImGui::GetContentRegionAvail().x / 2)));
        std::vector<float> histogram(static_cast<std::size_t>(bins), 0.0f);
        for (std::size_t i = 0; i < counts.size(); ++i) histogram[i * static_cast<std::size_t>(bins) / counts.size()] += counts[i];
        const float plot_width = ImGui::GetContentRegionAvail().x;
        ImGui::PlotHistogram("##events", histogram.data(), bins, 0, "events per day", 0.0f, FLT_MAX, ImVec2(plot_width, 40 * s));
        if (animator_) {
            auto held = animator_->held_area_by_day(timeline_->first(), timeline_->last());
            float lo = FLT_MAX, hi = -FLT_MAX;
            for (float v : held)
                if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
            // Days not surveyed yet carry the last known value forward.
            float known = lo == FLT_MAX ? 0 : lo;
            for (float& v : held) {
                if (std::isnan(v)) v = known;
                else known = v;
            }
            char caption[96];
            std::snprintf(caption, sizeof caption, "held area %.0f–%.0f km²", lo == FLT_MAX ? 0 : lo, hi == -FLT_MAX ? 0 : hi);
            ImGui::PlotLines("##held", held.data(), static_cast<int>(held.size()), 0, caption, lo == FLT_MAX ? 0 : lo,
                             hi == -FLT_MAX ? 1 : hi, ImVec2(plot_width, 40 * s));
            if (!animator_->error().empty()) ImGui::TextColored(ImVec4(0.7f, 0, 0, 1), "front: %s", animator_->error().c_str());
        }
    }
    ImGui::End();
}

}  // namespace frontmap::view
