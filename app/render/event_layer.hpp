#pragma once
// Event markers on the GPU, one instance each, uploaded once for the whole series; the frame's
// date (a uniform) decides which are drawn and how faded (shaders/event_point.*).
#include <span>
#include <vector>

#include "render/instanced_quads.hpp"

namespace frontmap::render {

struct EventInstance {
    float x, y;        // projected metres relative to the renderer's origin
    float day;         // days since 1970-01-01
    float kind;        // palette index (render/map_style.hpp)
    float confidence;  // 0..1
};

class EventLayer {
public:
    EventLayer();
    // `events` sorted by day: older ones are drawn first, so newer ones lie on top, and a
    // frame draws only the days it shows.
    void upload(std::span<const EventInstance> events);
    std::size_t size() const { return quads_.size(); }
    // The events of days [first_day, last_day] (days since 1970-01-01).
    void draw_days(float first_day, float last_day) const;

private:
    InstancedQuads quads_;
    std::vector<float> days_;
};

}  // namespace frontmap::render
