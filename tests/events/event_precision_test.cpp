#include <catch2/catch.hpp>

#include <string>

#include "events/event_precision.hpp"

using namespace frontmap;
using namespace frontmap::events;
using namespace std::chrono;

namespace {

gaz::Mention place(char feature_class, const std::string& code, std::int64_t population = 0) {
    gaz::Mention m;
    m.place.feature_class = feature_class;
    m.place.feature_code = code;
    m.place.population = population;
    return m;
}

MentionDate dated(DateRange range, DateSource source) { return MentionDate{range, source}; }

const sys_days nov5 = sys_days{year{2025} / November / 5};

}  // namespace

TEST_CASE("a town is geo precision 1 with a radius that grows with its population", "[precision]") {
    const auto village = precision_of(place('P', "PPL", 300), std::nullopt);
    const auto city = precision_of(place('P', "PPLA", 1'400'000), std::nullopt);
    CHECK(village.geo == 1);
    CHECK(village.uncertainty_km == Approx(1.0));
    CHECK(city.geo == 1);
    CHECK(city.uncertainty_km > 10);
    CHECK(city.uncertainty_km < 20);
}

TEST_CASE("regions and countries are geo precision 3; districts and communities 2", "[precision]") {
    CHECK(precision_of(place('A', "ADM1"), std::nullopt).geo == 3);
    CHECK(precision_of(place('A', "PCLI"), std::nullopt).geo == 3);
    const auto raion = precision_of(place('A', "ADM2"), std::nullopt);
    const auto hromada = precision_of(place('A', "ADM3"), std::nullopt);
    CHECK(raion.geo == 2);
    CHECK(hromada.geo == 2);
    CHECK(hromada.uncertainty_km < raion.uncertainty_km);
}

TEST_CASE("'near X' and 'the X direction' are geo precision 2 and wider than X itself", "[precision]") {
    auto near = place('P', "PPL", 300);
    near.relation = "near";
    auto direction = place('P', "PPL", 300);
    direction.qualifier = "direction";
    const auto in = precision_of(place('P', "PPL", 300), std::nullopt);
    CHECK(precision_of(near, std::nullopt).geo == 2);
    CHECK(precision_of(near, std::nullopt).uncertainty_km > in.uncertainty_km);
    CHECK(precision_of(direction, std::nullopt).uncertainty_km > precision_of(near, std::nullopt).uncertainty_km);
}

TEST_CASE("time precision: a stated day is 1, a week 2, a month or nothing 3", "[precision]") {
    const auto town = place('P', "PPL", 300);
    CHECK(precision_of(town, dated(day_range(nov5), DateSource::explicit_date)).time == 1);
    CHECK(precision_of(town, dated(week_range(nov5), DateSource::relative)).time == 2);
    CHECK(precision_of(town, dated(month_range(year{2025} / November), DateSource::explicit_date)).time == 3);
    CHECK(precision_of(town, std::nullopt).time == 3);
}

TEST_CASE("a mention dated only by its article is within the week, not the day", "[precision]") {
    const auto town = place('P', "PPL", 300);
    CHECK(precision_of(town, dated(day_range(nov5), DateSource::document)).time == 2);
    CHECK(precision_of(town, dated(day_range(nov5), DateSource::inferred)).time == 3);
}
