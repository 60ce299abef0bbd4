// Near-spelling search: unknown names compared with populated places around the document focus.
#include <catch2/catch.hpp>

#include <cmath>

#include "gazetteer/near_spelling.hpp"
#include "gazetteer/normalize.hpp"
#include "tests/gazetteer/bundled_finder.hpp"

using frontmap::gaz::edit_distance;
using frontmap::gaz::find_near_spellings;
using frontmap::gaz::fold_name;
using frontmap::gaz::MatchKind;
using frontmap::test::bundled_finder;

namespace {

// A point between Bakhmut and Kramatorsk: the focus of a Donetsk-region article.
constexpr double kDonbasLat = 48.6, kDonbasLon = 37.8;
// Kyiv, far from the Donbas.
constexpr double kKyivLat = 50.45, kKyivLon = 30.52;

}  // namespace

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[gazetteer][near_spelling]") {
    CHECK(edit_distance("sivirsk", "sivirsk", 3) == 0);
    CHECK(edit_distance("kitten", "sitting", 5) == 3);
    CHECK(edit_distance("", "abc", 5) == 3);
    CHECK(edit_distance("abc", "", 5) == 3);
    CHECK(edit_distance("abcd", "abd", 2) == 1);
    CHECK(edit_distance("abcd", "abcde", 2) == 1);
}

TEST_CASE("edit distance stops at the limit and says limit + 1", "[gazetteer][near_spelling]") {
    CHECK(edit_distance("kitten", "sitting", 2) == 3);
    CHECK(edit_distance("a", "abcdefgh", 2) == 3);
    CHECK(edit_distance("severansk", "kramatorsk", 1) == 2);
}

TEST_CASE("Severansk near the Donbas finds Siversk first", "[gazetteer][near_spelling]") {
    const auto& g = *bundled_finder().gazetteer;
    auto hits = find_near_spellings(g, fold_name("Severansk"), true, kDonbasLat, kDonbasLon, 250);
    REQUIRE_FALSE(hits.empty());
    auto first = g.info(hits.front().place);
    INFO(first.name << " " << first.lat << ", " << first.lon);
    CHECK(std::abs(first.lat - 48.87) < 0.05);
    CHECK(std::abs(first.lon - 38.10) < 0.05);
    CHECK(hits.front().match == MatchKind::fuzzy);
    CHECK(hits.size() <= 5);
}

TEST_CASE("near spellings are only searched around a focus", "[gazetteer][near_spelling]") {
    const auto& g = *bundled_finder().gazetteer;
    CHECK(find_near_spellings(g, fold_name("Severansk"), false, kDonbasLat, kDonbasLon, 250).empty());
}

TEST_CASE("near spellings outside the radius are not offered", "[gazetteer][near_spelling]") {
    const auto& g = *bundled_finder().gazetteer;
    auto hits = find_near_spellings(g, fold_name("Severansk"), true, kKyivLat, kKyivLon, 150);
    for (const auto& h : hits) {
        auto p = g.info(h.place);
        INFO(p.name);
        CHECK(frontmap::gaz::distance_km(kKyivLat, kKyivLon, p.lat, p.lon) <= 150.0);
    }
}

TEST_CASE("every near spelling is a populated place", "[gazetteer][near_spelling]") {
    const auto& g = *bundled_finder().gazetteer;
    auto hits = find_near_spellings(g, fold_name("Kramatorks"), true, kDonbasLat, kDonbasLon, 250);
    REQUIRE_FALSE(hits.empty());
    CHECK(g.info(hits.front().place).name == "Kramatorsk");
    for (const auto& h : hits) CHECK(g.record(h.place).feature_class == 'P');
}

TEST_CASE("short words are never guessed", "[gazetteer][near_spelling]") {
    const auto& g = *bundled_finder().gazetteer;
    CHECK(find_near_spellings(g, "lym", true, kDonbasLat, kDonbasLon, 250).empty());
}

TEST_CASE("distance_km is the great-circle distance", "[gazetteer][near_spelling]") {
    // Kyiv to Moscow is about 756 km.
    CHECK(frontmap::gaz::distance_km(50.4547, 30.5238, 55.7522, 37.6156) == Approx(756).epsilon(0.02));
    CHECK(frontmap::gaz::distance_km(48.0, 37.0, 48.0, 37.0) == Approx(0).margin(1e-9));
}
