#pragma once
// The viewer's clock: a moment in the data's date range (days, with a fraction, so the front
// can glide between daily frames), play/pause, speed from a day to a year per second, loop,
// steps by day or week, and the window of days whose events are shown.
#include <chrono>

namespace frontmap::view {

class Timeline {
public:
    static constexpr double slowest = 1.0, fastest = 365.0;  // days per second

    Timeline(std::chrono::sys_days first, std::chrono::sys_days last);

    std::chrono::sys_days first() const { return first_; }
    std::chrono::sys_days last() const { return last_; }
    void set_range(std::chrono::sys_days first, std::chrono::sys_days last);

    // The current moment: its day and how far into it (0..1).
    std::chrono::sys_days day() const;
    double fraction() const;
    double position() const { return t_; }  // days since 1970-01-01
    void set_position(double days_since_epoch);
    void set_day(std::chrono::sys_days day) { set_position(static_cast<double>(day.time_since_epoch().count())); }
    void step(int days);  // to the start of the day `days` away

    bool playing() const { return playing_; }
    void play() { playing_ = true; }
    void pause() { playing_ = false; }
    void toggle() { playing_ = !playing_; }
    bool loop = true;
    double speed() const { return speed_; }
    void set_speed(double days_per_second);
    int window_days = 30;  // events of this many days up to the moment are shown; 0: all before it

    // Moves on by `seconds` of wall time when playing; at the end it loops or stops.
    void advance(double seconds);

private:
    std::chrono::sys_days first_, last_;
    double t_ = 0;
    bool playing_ = false;
    double speed_ = 7.0;
};

}  // namespace frontmap::view
