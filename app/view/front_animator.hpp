#pragma once
// Front frames for the viewer's clock, computed off the UI thread: daily keyframes from the
// front model and moments between them (eighths of a day) from a FrameInterpolation, kept in
// a small cache. The UI asks for a moment and draws the nearest frame ready, so playing never
// waits for geometry.
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "geo/front_model.hpp"

namespace frontmap::view {

class FrontAnimator {
public:
    // `sources` must outlive it. Nothing is computed when there are no sources.
    FrontAnimator(const geo::FrontSources& sources, geo::Side side);
    ~FrontAnimator();
    FrontAnimator(const FrontAnimator&) = delete;
    FrontAnimator& operator=(const FrontAnimator&) = delete;

    // The frame for `days` (days since 1970-01-01, with a fraction) when it is ready, else the
    // nearest one ready; null before the first is. Asks the worker for `days`.
    std::shared_ptr<const geo::FrontFrame> frame_for(double days);
    // Blocks until the frame for `days` is ready (scripted runs and screenshots).
    std::shared_ptr<const geo::FrontFrame> wait_for(double days);
    // Held area (km²) per day from `first` on, filled in by a second worker as it goes, for the
    // plot under the timeline (NaN: not yet computed). Starts the survey on the first call.
    std::vector<float> held_area_by_day(std::chrono::sys_days first, std::chrono::sys_days last);
    // The last error the model raised, empty when none.
    std::string error() const;

private:
    static long key_of(double days);  // eighths of a day
    void work();
    void survey(std::chrono::sys_days first, std::chrono::sys_days last);
    std::shared_ptr<const geo::FrontFrame> compute(long key);

    const geo::FrontSources& sources_;
    geo::Side side_;
    std::unique_ptr<geo::EqualAreaProjection> projection_;
    std::unique_ptr<geo::Basemap> basemap_;
    std::unique_ptr<geo::FrontLineTracer> tracer_;
    std::unique_ptr<geo::FrontModel> model_;  // worker thread only
    std::map<std::chrono::sys_days, geo::FrontFrame> keyframes_;  // worker thread only
    std::optional<std::pair<std::chrono::sys_days, std::unique_ptr<geo::FrameInterpolation>>> between_;

    mutable std::mutex mutex_;
    std::condition_variable wake_, ready_;
    std::map<long, std::shared_ptr<const geo::FrontFrame>> cache_;
    std::optional<long> wanted_;
    std::string error_;
    bool stop_ = false;
    std::vector<float> held_km2_;  // survey results, by day from survey_first_
    std::chrono::sys_days survey_first_{};
    std::thread worker_, surveyor_;
};

}  // namespace frontmap::view
