#include "view/front_animator.hpp"

#include <cmath>
#include <limits>

#include "cli/paths.hpp"
#include "geo/basemap.hpp"

namespace frontmap::view {

namespace {

constexpr long steps_per_day = 8;
constexpr std::size_t cached_frames = 512, cached_keyframes = 64;

}  // namespace

FrontAnimator::FrontAnimator(const geo::FrontSources& sources, geo::Side side) : sources_(sources), side_(side) {
    if (sources_.empty()) return;
    const auto area = sources_.extent();
    projection_ = std::make_unique<geo::EqualAreaProjection>(area.center());
    basemap_ = std::make_unique<geo::Basemap>(geo::read_basemap(geo::bundled_basemap_path(cli::find_assets_dir())));
    tracer_ = std::make_unique<geo::FrontLineTracer>(*basemap_, *projection_, area.expanded(1.0));
    model_ = std::make_unique<geo::FrontModel>(sources_, side_, *projection_, *tracer_);
    worker_ = std::thread([this] { work(); });
}

FrontAnimator::~FrontAnimator() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
    if (surveyor_.joinable()) surveyor_.join();
}

std::vector<float> FrontAnimator::held_area_by_day(std::chrono::sys_days first, std::chrono::sys_days last) {
    if (!model_ || last < first) return {};
    std::lock_guard lock(mutex_);
    if (!surveyor_.joinable()) {
        survey_first_ = first;
        held_km2_.assign(static_cast<std::size_t>((last - first).count()) + 1, std::numeric_limits<float>::quiet_NaN());
        surveyor_ = std::thread([this, first, last] { survey(first, last); });
    }
    return held_km2_;
}

void FrontAnimator::survey(std::chrono::sys_days first, std::chrono::sys_days last) {
    try {
        // Its own projection, tracer and model: GEOS and PROJ handles are per thread.
        const auto area = sources_.extent();
        const geo::EqualAreaProjection projection(area.center());
        const geo::FrontLineTracer tracer(*basemap_, projection, area.expanded(1.0));
        geo::FrontModel model(sources_, side_, projection, tracer);
        for (auto day = first; day <= last; day += std::chrono::days{1}) {
            if (std::lock_guard lock(mutex_); stop_) return;
            const auto frame = model.frame_on(day);
            const float km2 = frame ? static_cast<float>(model.statistics_of(*frame, nullptr).held_km2) : 0.0f;
            std::lock_guard lock(mutex_);
            held_km2_[static_cast<std::size_t>((day - first).count())] = km2;
        }
    } catch (const std::exception& e) {
        std::lock_guard lock(mutex_);
        error_ = e.what();
    }
}

long FrontAnimator::key_of(double days) { return static_cast<long>(std::floor(days * steps_per_day)); }

std::shared_ptr<const geo::FrontFrame> FrontAnimator::frame_for(double days) {
    if (!model_) return nullptr;
    const long key = key_of(days);
    std::lock_guard lock(mutex_);
    if (auto hit = cache_.find(key); hit != cache_.end()) return hit->second;
    if (wanted_ != key) {
        wanted_ = key;
        wake_.notify_one();
    }
    if (cache_.empty()) return nullptr;
    auto after = cache_.lower_bound(key);
    if (after == cache_.end()) return std::prev(after)->second;
    if (after == cache_.begin()) return after->second;
    auto before = std::prev(after);
    return key - before->first <= after->first - key ? before->second : after->second;
}

std::shared_ptr<const geo::FrontFrame> FrontAnimator::wait_for(double days) {
    if (!model_) return nullptr;
    const long key = key_of(days);
    std::unique_lock lock(mutex_);
    wanted_ = key;
    wake_.notify_one();
    ready_.wait(lock, [&] { return cache_.count(key) || !error_.empty() || stop_; });
    auto hit = cache_.find(key);
    return hit == cache_.end() ? nullptr : hit->second;
}

std::string FrontAnimator::error() const {
    std::lock_guard lock(mutex_);
    return error_;
}

std::shared_ptr<const geo::FrontFrame> FrontAnimator::compute(long key) {
    const auto day = std::chrono::sys_days{std::chrono::days{key >= 0 ? key / steps_per_day : -((-key + steps_per_day - 1) / steps_per_day)}};
    const long step = key - day.time_since_epoch().count() * steps_per_day;
    auto keyframe = [&](std::chrono::sys_days d) -> const geo::FrontFrame* {
        auto hit = keyframes_.find(d);
        if (hit == keyframes_.end()) {
            auto frame = model_->frame_on(d);
            if (!frame) return nullptr;
            if (keyframes_.size() >= cached_keyframes) keyframes_.erase(keyframes_.begin());
            hit = keyframes_.emplace(d, std::move(*frame)).first;
        }
        return &hit->second;
    };
    const geo::FrontFrame* a = keyframe(day);
    if (!a) return nullptr;
    if (step == 0) return std::make_shared<const geo::FrontFrame>(*a);
    const geo::FrontFrame first = *a;
    const geo::FrontFrame* b = keyframe(day + std::chrono::days{1});
    if (!b) return std::make_shared<const geo::FrontFrame>(first);
    if (!between_ || between_->first != day)
        between_.emplace(day, std::make_unique<geo::FrameInterpolation>(first, *b, *projection_, *tracer_));
    return std::make_shared<const geo::FrontFrame>(between_->second->at(static_cast<double>(step) / steps_per_day));
}

void FrontAnimator::work() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stop_ || (wanted_ && !cache_.count(*wanted_)); });
        if (stop_) return;
        const long key = *wanted_;
        lock.unlock();
        std::shared_ptr<const geo::FrontFrame> frame;
        std::string failure;
        try {
            frame = compute(key);
        } catch (const std::exception& e) {
            failure = e.what();
        }
        lock.lock();
        if (!failure.empty()) {
            error_ = failure;
            wanted_.reset();
        } else {
            if (cache_.size() >= cached_frames) {
                // Drop the frame farthest from the one just made.
                auto far = std::abs(cache_.begin()->first - key) > std::abs(std::prev(cache_.end())->first - key)
                               ? cache_.begin()
                               : std::prev(cache_.end());
                cache_.erase(far);
            }
            cache_[key] = frame;  // null: no front on that day
        }
        ready_.notify_all();
    }
}

}  // namespace frontmap::view
