#include "render/event_layer.hpp"

#include <algorithm>
#include <cstddef>

namespace frontmap::render {

namespace {
const float marker_corners[8] = {-1, -1, 1, -1, -1, 1, 1, 1};
}

EventLayer::EventLayer() : quads_(marker_corners) {
    quads_.add_instance_attribute(1, 2, sizeof(EventInstance), offsetof(EventInstance, x));
    quads_.add_instance_attribute(2, 1, sizeof(EventInstance), offsetof(EventInstance, day));
    quads_.add_instance_attribute(3, 1, sizeof(EventInstance), offsetof(EventInstance, kind));
    quads_.add_instance_attribute(4, 1, sizeof(EventInstance), offsetof(EventInstance, confidence));
}

void EventLayer::upload(std::span<const EventInstance> events) {
    quads_.upload(events, GL_STATIC_DRAW);
    days_.clear();
    for (const auto& e : events) days_.push_back(e.day);
}

void EventLayer::draw_days(float first_day, float last_day) const {
    // The vertex shader would discard the others too, but on a software renderer vertex work
    // for events outside the window costs as much as drawing the visible ones.
    const auto first = std::lower_bound(days_.begin(), days_.end(), first_day);
    const auto end = std::upper_bound(first, days_.end(), last_day);
    quads_.draw_range(static_cast<std::size_t>(first - days_.begin()), static_cast<std::size_t>(end - first));
}

}  // namespace frontmap::render
