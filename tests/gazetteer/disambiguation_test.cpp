// Which of several same-named places a document means, and how sure the resolver is.
#include <catch2/catch.hpp>

#include <cmath>

#include "tests/gazetteer/bundled_finder.hpp"

using frontmap::gaz::MatchKind;
using frontmap::gaz::Mention;
using frontmap::test::bundled_finder;
using frontmap::test::describe;
using frontmap::test::mention_over;
using frontmap::test::mentions_in;

namespace {

bool near_point(const frontmap::gaz::PlaceInfo& p, double lat, double lon, double tolerance_deg = 0.05) {
    return std::abs(p.lat - lat) < tolerance_deg && std::abs(p.lon - lon) < tolerance_deg;
}

}  // namespace

TEST_CASE("resolves Pokrovsk in Donetsk oblast when Donbas towns are near", "[gazetteer][disambiguation]") {
    const std::string text =
        "Russian units pushed toward Pokrovsk after taking villages between Myrnohrad and Selydove, "
        "while Kramatorsk came under drone attack.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* m = mention_over(mentions, text, "Pokrovsk");
    REQUIRE(m);
    CHECK(m->place.country == "UA");
    CHECK(m->place.admin1 == "Donetsk");
    CHECK(near_point(m->place, 48.2820, 37.1758));
}

TEST_CASE("Pokrovsk has a runner-up elsewhere, scored below the chosen place",
          "[gazetteer][disambiguation]") {
    // Several Pokrovsks exist (Donetsk oblast, Yakutia, Dnipropetrovsk oblast…).
    const std::string text = "Fighting continued near Pokrovsk and Myrnohrad in the Donetsk region.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* m = mention_over(mentions, text, "Pokrovsk");
    REQUIRE(m);
    REQUIRE(m->runner_up.has_value());
    CHECK(m->runner_up->score <= m->score);
    CHECK_FALSE(near_point(m->runner_up->place, m->place.lat, m->place.lon, 0.001));
}

TEST_CASE("resolves Avdiivka to the town near Donetsk, not the Chernihiv oblast village",
          "[gazetteer][disambiguation]") {
    const std::string text =
        "Moscow's biggest gain since it took Avdiivka, near Donetsk, came as fighting moved west "
        "toward Pokrovsk.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* m = mention_over(mentions, text, "Avdiivka");
    REQUIRE(m);
    CHECK(near_point(m->place, 48.14, 37.74));
    CHECK(m->place.admin1 == "Donetsk");
}

TEST_CASE("every mention has a score above 0 and at most 1 and a runner-up never beats it",
          "[gazetteer][disambiguation]") {
    const std::string text =
        "Russia's defence ministry said its troops entered Pokrovsk, Myrnohrad and Kupiansk. "
        "Kyiv denied it. Drones hit Dnipro, Kharkiv and Odesa, and the Dnipro river crossing "
        "near Kherson. В Покровске и Красноармейске продолжаются бои.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    REQUIRE(mentions.size() >= 8);
    const double min_score = bundled_finder().resolve.min_score;
    for (const auto& m : mentions) {
        INFO(m.surface);
        CHECK(m.score > 0.0);
        CHECK(m.score <= 1.0);
        CHECK(m.score >= min_score);
        if (m.runner_up) {
            CHECK(m.runner_up->score >= 0.0);
            CHECK(m.runner_up->score <= m.score);
        }
    }
}

TEST_CASE("mentions come in document order without overlaps", "[gazetteer][disambiguation]") {
    const std::string text =
        "Ukrainian troops held Chasiv Yar, Siversk and Lyman in the Donetsk region, near the "
        "Sea of Azov coast and along the Oskil river.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    REQUIRE(mentions.size() >= 5);
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        CHECK(mentions[i - 1].byte_end <= mentions[i].byte_begin);
    }
}

TEST_CASE("resolution is deterministic for the same text", "[gazetteer][disambiguation]") {
    const std::string text = "Strikes on Pokrovsk, Kostiantynivka and Druzhkivka continued.";
    auto a = mentions_in(text);
    auto b = mentions_in(text);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].byte_begin == b[i].byte_begin);
        CHECK(a[i].place.geonameid == b[i].place.geonameid);
        CHECK(a[i].place.name == b[i].place.name);
        CHECK(a[i].score == b[i].score);
    }
}

TEST_CASE("a misspelt town in a Donetsk-region article resolves by near spelling",
          "[gazetteer][disambiguation][near_spelling]") {
    const std::string text =
        "Russia's top general reported the capture of Severansk in the Donetsk region, after "
        "months of fighting east of Bakhmut and near Lysychansk.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* m = mention_over(mentions, text, "Severansk");
    REQUIRE(m);
    CHECK(m->surface == "Severansk");
    CHECK(m->match == MatchKind::fuzzy);
    CHECK(near_point(m->place, 48.87, 38.10));
    const Mention* bakhmut = mention_over(mentions, text, "Bakhmut");
    REQUIRE(bakhmut);
    CHECK(m->score < bakhmut->score);  // a guessed spelling is less certain than an exact name
}

TEST_CASE("an unknown word without place context and without a focus is not guessed",
          "[gazetteer][disambiguation][near_spelling]") {
    const std::string text = "The capture of Severansk was announced.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    // No other place gives the document a focus, so there is nothing to search near.
    CHECK(mention_over(mentions, text, "Severansk") == nullptr);
}
