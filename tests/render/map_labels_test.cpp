// Place labels: the larger place wins where two would collide, labels stay inside the image and
// clear of the legend.
#include <catch2/catch.hpp>

#include "render/headless_context.hpp"
#include "render/map_labels.hpp"

using namespace frontmap;

namespace {

struct LabelScene {
    render::HeadlessContext context;
    render::TextAtlas atlas{render::default_font_path, 15, 30};
    render::MapProjection projection = render::MapProjection::web_mercator();
    render::MapView view = render::fit_view(projection, {36.0, 47.0, 39.0, 49.0}, 600, 400);
};

}  // namespace

TEST_CASE("of two places at the same spot only the larger is labelled", "[render][labels]") {
    LabelScene scene;
    const std::vector<render::PlaceLabel> labels = {{{37.5, 48.0}, "Smalltown", 1000}, {{37.5, 48.0}, "Bigcity", 900000}};
    const auto placed = render::place_labels(labels, scene.projection, scene.view, scene.atlas, 1, 10);
    REQUIRE(placed.size() == 1);
    CHECK(labels[placed[0].label].name == "Bigcity");
}

TEST_CASE("a label near the right edge goes left of its place, one off the image is left out", "[render][labels]") {
    LabelScene scene;
    // 5 pixels from the right edge.
    const auto east = scene.projection.inverse({scene.view.min_x() + 595 * scene.view.metres_per_pixel, scene.view.centre.y});
    const std::vector<render::PlaceLabel> labels = {{east, "Eastern Town", 1000}, {{45.0, 48.0}, "Outside", 5000}};
    const auto placed = render::place_labels(labels, scene.projection, scene.view, scene.atlas, 1, 10);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].text_x < placed[0].dot_x);
    CHECK(placed[0].text_x >= 0);
}

TEST_CASE("labels keep clear of the legend and of each other", "[render][labels]") {
    LabelScene scene;
    std::vector<render::PlaceLabel> labels;
    for (int i = 0; i < 200; ++i)
        labels.push_back({{36.1 + 0.0145 * i, 47.1 + 0.0095 * i}, "Place " + std::to_string(i), 1000 + i});
    const render::ScreenBox legend{400, 0, 600, 200};
    const auto placed = render::place_labels(labels, scene.projection, scene.view, scene.atlas, 1, 60, {&legend, 1});
    CHECK(placed.size() > 5);
    for (const auto& p : placed) {
        const float width = scene.atlas.text_width(render::FontRole::body, labels[p.label].name);
        const render::ScreenBox text{p.text_x, p.text_top, p.text_x + width, p.text_top + scene.atlas.line_height(render::FontRole::body)};
        CHECK_FALSE(text.overlaps(legend));
        for (const auto& q : placed) {
            if (&p == &q) continue;
            const float w2 = scene.atlas.text_width(render::FontRole::body, labels[q.label].name);
            CHECK_FALSE(text.overlaps({q.text_x, q.text_top, q.text_x + w2, q.text_top + scene.atlas.line_height(render::FontRole::body)}));
        }
    }
    // Largest first: the places come out in falling population (here: falling index).
    for (std::size_t i = 1; i < placed.size(); ++i) CHECK(placed[i].label < placed[i - 1].label);
}

TEST_CASE("names of the region's towns have their own glyphs, not the fallback", "[render][labels]") {
    LabelScene scene;
    const auto fallback = scene.atlas.glyph(render::FontRole::body, U'?');
    for (const char32_t c : {U'Ł', U'ź', U'ș', U'ț', U'ă', U'ї', U'є', U'ґ', U'Ё', U'–', U'«'}) {
        const auto g = scene.atlas.glyph(render::FontRole::body, c);
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK((g.u0 != fallback.u0 || g.v0 != fallback.v0));
    }
    std::size_t i = 0;
    CHECK(render::next_code_point("Łódź", i) == U'Ł');
    CHECK(i == 2);
}
