#pragma once
// Place labels: the largest places first, each placed only where it overlaps no label placed
// before it, so the map reads at any zoom without a collision pass per frame (placement depends
// on the view only, not on the date).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "geo/geometry_types.hpp"
#include "render/map_projection.hpp"
#include "render/overlay_batch.hpp"

namespace frontmap::render {

struct PlaceLabel {
    geo::LonLat where;
    std::string name;
    std::int64_t population = 0;  // what "largest" means
};

struct PlacedLabel {
    float dot_x, dot_y;     // the place, pixels from the top-left corner
    float text_x, text_top;
    std::size_t label;      // index into the labels given
};

// `labels` in any order; at most `max_labels` are placed, none outside the image, over another
// or over a `blocked` box (the legend and other furniture).
std::vector<PlacedLabel> place_labels(std::span<const PlaceLabel> labels, const MapProjection& projection,
                                      const MapView& view, const TextAtlas& atlas, float scale, std::size_t max_labels,
                                      std::span<const ScreenBox> blocked = {});

// A dot and the name with a light halo, so it reads over fills and lines.
void draw_labels(std::span<const PlacedLabel> placed, std::span<const PlaceLabel> labels, Rgba ink, Rgba halo,
                 float scale, OverlayBatch& batch);

}  // namespace frontmap::render
