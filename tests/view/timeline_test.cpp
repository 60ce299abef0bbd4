// The viewer's clock: plays at its speed, loops or stops at the end, steps by days, keeps its
// speed within a day to a year per second and its moment within the data.
#include <catch2/catch.hpp>

#include "view/timeline.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::sys_days;

namespace {

using test::day;

}  // namespace

TEST_CASE("the timeline plays at its speed and loops or stops at the end", "[view][timeline]") {
    view::Timeline t(day(2025, 11, 1), day(2025, 11, 30));
    CHECK(t.day() == day(2025, 11, 1));
    t.advance(10);  // paused: nothing moves
    CHECK(t.day() == day(2025, 11, 1));
    t.set_speed(4);
    t.play();
    t.advance(0.5);
    CHECK(t.day() == day(2025, 11, 3));
    CHECK(t.fraction() == Approx(0.0).margin(1e-9));
    t.advance(0.125);
    CHECK(t.fraction() == Approx(0.5));
    t.advance(10);  // 40 days on: past the end, round again
    CHECK(t.playing());
    CHECK(t.day() >= day(2025, 11, 1));
    CHECK(t.day() <= day(2025, 11, 30));
    t.loop = false;
    t.advance(100);
    CHECK_FALSE(t.playing());
    CHECK(t.day() == day(2025, 11, 30));
}

TEST_CASE("the timeline steps by days within the data and keeps its speed in range", "[view][timeline]") {
    view::Timeline t(day(2025, 11, 1), day(2025, 11, 30));
    t.set_day(day(2025, 11, 10));
    t.step(7);
    CHECK(t.day() == day(2025, 11, 17));
    t.step(-30);
    CHECK(t.day() == day(2025, 11, 1));
    t.set_day(day(2026, 1, 1));
    CHECK(t.day() == day(2025, 11, 30));
    t.set_speed(0.01);
    CHECK(t.speed() == view::Timeline::slowest);
    t.set_speed(10000);
    CHECK(t.speed() == view::Timeline::fastest);
}
