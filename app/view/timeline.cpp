#include "view/timeline.hpp"

#include <algorithm>
#include <cmath>

namespace frontmap::view {

namespace {

double days_of(std::chrono::sys_days d) { return static_cast<double>(d.time_since_epoch().count()); }

}  // namespace

Timeline::Timeline(std::chrono::sys_days first, std::chrono::sys_days last) : first_(first), last_(last) {
    set_range(first, last);
    t_ = days_of(first_);
}

void Timeline::set_range(std::chrono::sys_days first, std::chrono::sys_days last) {
    first_ = std::min(first, last);
    last_ = std::max(first, last);
    set_position(t_);
}

std::chrono::sys_days Timeline::day() const {
    return std::chrono::sys_days{std::chrono::days{static_cast<long>(std::floor(t_))}};
}

double Timeline::fraction() const { return t_ - std::floor(t_); }

void Timeline::set_position(double days_since_epoch) { t_ = std::clamp(days_since_epoch, days_of(first_), days_of(last_)); }

void Timeline::step(int days) { set_position(std::floor(t_) + days); }

void Timeline::set_speed(double days_per_second) { speed_ = std::clamp(days_per_second, slowest, fastest); }

void Timeline::advance(double seconds) {
    if (!playing_) return;
    const double end = days_of(last_);
    t_ += speed_ * std::max(0.0, seconds);
    if (t_ < end) return;
    if (loop && last_ > first_) t_ = days_of(first_) + std::fmod(t_ - end, end - days_of(first_));
    else {
        t_ = end;
        playing_ = false;
    }
}

}  // namespace frontmap::view
