// What the viewer lists: filters by type, actor, claimant, score, source and text (Cyrillic
// too), the time window up to the moment, newest first, and counts per day for the histogram.
#include <catch2/catch.hpp>

#include "view/event_query.hpp"
#include "tests/support/calendar_day.hpp"

using namespace frontmap;
using std::chrono::sys_days;

namespace {

using test::day;

geo::EventRecord event(const char* name, const char* type, sys_days when, const char* actor = "ru", const char* claimant = "") {
    geo::EventRecord e;
    e.name = name;
    e.text = name;
    e.event = type;
    e.day = when;
    e.actor = actor;
    e.claimant = claimant;
    e.score = 0.8;
    e.event_confidence = 0.5;
    e.origin = "text";
    e.sentence = std::string("Fighting near ") + name + ".";
    return e;
}

geo::EventCatalog catalog() {
    geo::EventCatalog c;
    c.events = {event("Pokrovsk", "capture", day(2025, 11, 1), "ru", "ru"), event("Myrnohrad", "clash", day(2025, 11, 5)),
                event("Покровськ", "shelling", day(2025, 11, 9), "ru"), event("Kupiansk", "liberation", day(2025, 11, 12), "ua")};
    return c;
}

std::vector<std::string> names(const geo::EventCatalog& c, const std::vector<std::size_t>& list) {
    std::vector<std::string> out;
    for (auto i : list) out.push_back(c.events[i].name);
    return out;
}

}  // namespace

TEST_CASE("the event list holds the window's matching events, newest first", "[view][query]") {
    const auto c = catalog();
    view::EventQuery q;
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 10), 7)) == std::vector<std::string>{"Покровськ", "Myrnohrad"});
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 10), 0)).size() == 3);  // everything before the moment
    q.hidden_types = {"clash"};
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 10), 7)) == std::vector<std::string>{"Покровськ"});
    q = {};
    q.actor = "ua";
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 30), 0)) == std::vector<std::string>{"Kupiansk"});
    q = {};
    q.claimant = "fact";
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 30), 0)).size() == 3);
    q.claimant = "ru";
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 30), 0)) == std::vector<std::string>{"Pokrovsk"});
    q = {};
    q.min_score = 0.5;  // 0.8 × 0.5 = 0.4 for all
    CHECK(view::events_in_window(c, q, day(2025, 11, 30), 0).empty());
}

TEST_CASE("text search ignores case and finds Cyrillic names", "[view][query]") {
    const auto c = catalog();
    view::EventQuery q;
    q.text = "ПОКРОВСЬК";
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 30), 0)) == std::vector<std::string>{"Покровськ"});
    q.text = "myrno";
    CHECK(names(c, view::events_in_window(c, q, day(2025, 11, 30), 0)) == std::vector<std::string>{"Myrnohrad"});
}

TEST_CASE("events are counted per day for the histogram", "[view][query]") {
    const auto c = catalog();
    const auto counts = view::events_per_day(c, {}, day(2025, 11, 1), day(2025, 11, 12));
    REQUIRE(counts.size() == 12);
    CHECK(counts[0] == 1);
    CHECK(counts[4] == 1);
    CHECK(counts[1] == 0);
    CHECK(counts[11] == 1);
}
