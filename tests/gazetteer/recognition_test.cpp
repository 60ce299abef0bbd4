// Which spans of war reporting are place names, against the real bundled gazetteer.
#include <catch2/catch.hpp>

#include <cmath>

#include "tests/gazetteer/bundled_finder.hpp"

using frontmap::gaz::MatchKind;
using frontmap::gaz::Mention;
using frontmap::gaz::MentionRole;
using frontmap::test::describe;
using frontmap::test::mention_over;
using frontmap::test::mentions_in;

namespace {

bool near_point(const Mention& m, double lat, double lon, double tolerance_deg = 0.05) {
    return std::abs(m.place.lat - lat) < tolerance_deg && std::abs(m.place.lon - lon) < tolerance_deg;
}

// Checks that `needle` is recognised with exactly that span and resolves near (lat, lon).
void require_place(std::string_view text, std::string_view needle, double lat, double lon,
                   int occurrence = 0) {
    auto mentions = mentions_in(text);
    INFO("text: " << text << "\nmentions:\n" << describe(mentions));
    INFO("looking for: " << needle);
    const Mention* m = mention_over(mentions, text, needle, occurrence);
    REQUIRE(m != nullptr);
    CHECK(m->surface == needle);
    CHECK(near_point(*m, lat, lon));
}

constexpr double kKupianskLat = 49.7100, kKupianskLon = 37.6158;
constexpr double kPokrovskLat = 48.2820, kPokrovskLon = 37.1758;
constexpr double kBakhmutLat = 48.5944, kBakhmutLon = 37.9998;

}  // namespace

TEST_CASE("Kupiansk spelt with an apostrophe, i or y resolves to the same town",
          "[gazetteer][recognition]") {
    for (std::string_view spelling : {"Kupiansk", "Kup'yansk", "Kup’yansk", "Kupyansk", "KUPIANSK"}) {
        std::string text = "Russian troops attacked Ukrainian positions near " + std::string(spelling) +
                           " in Kharkiv oblast on Tuesday.";
        require_place(text, spelling, kKupianskLat, kKupianskLon);
    }
}

TEST_CASE("Chasiv Yar with a space or a hyphen is one name for one town", "[gazetteer][recognition]") {
    const std::string text = "Fighting continued in Chasiv Yar. Later, shelling hit Chasiv-Yar again.";
    require_place(text, "Chasiv Yar", 48.5935, 37.8572);
    require_place(text, "Chasiv-Yar", 48.5935, 37.8572);
}

TEST_CASE("Ukrainian and Russian Cyrillic names meet their Latin places", "[gazetteer][recognition]") {
    require_place("Місто Покровськ знову опинилося під обстрілом.", "Покровськ", kPokrovskLat, kPokrovskLon);
    require_place("Бої тривають у місті Куп’янськ.", "Куп’янськ", kKupianskLat, kKupianskLon);
    require_place("Город Купянск снова под обстрелом.", "Купянск", kKupianskLat, kKupianskLon);
    require_place("Российские войска вошли в Бахмут.", "Бахмут", kBakhmutLat, kBakhmutLon);
}

TEST_CASE("historical names resolve to the current place", "[gazetteer][recognition]") {
    require_place("Heavy fighting was reported in Artemivsk on Monday.", "Artemivsk", kBakhmutLat,
                  kBakhmutLon);
    require_place("Russian forces approached Krasnoarmiisk from the south.", "Krasnoarmiisk",
                  kPokrovskLat, kPokrovskLon);
    // Krasnoarmeysk is also a current town in Saratov oblast; a Donbas neighbour decides.
    require_place("Российские войска вошли в Красноармейск, недалеко от Мирнограда.", "Красноармейск",
                  kPokrovskLat, kPokrovskLon);
}

TEST_CASE("Cyrillic case endings resolve to the base place", "[gazetteer][recognition]") {
    const std::string text = "Бои идут в Покровске и у Авдеевки, а также в Бахмуте.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* pokrovsk = mention_over(mentions, text, "Покровске");
    const Mention* avdiivka = mention_over(mentions, text, "Авдеевки");
    const Mention* bakhmut = mention_over(mentions, text, "Бахмуте");
    REQUIRE(pokrovsk);
    REQUIRE(avdiivka);
    REQUIRE(bakhmut);
    CHECK(pokrovsk->surface == "Покровске");
    CHECK(near_point(*pokrovsk, kPokrovskLat, kPokrovskLon));
    CHECK(near_point(*avdiivka, 48.1399, 37.7426));
    CHECK(near_point(*bakhmut, kBakhmutLat, kBakhmutLon));
    CHECK(pokrovsk->match == MatchKind::inflected);
}

TEST_CASE("a sentence-initial 'Police said' is not a place", "[gazetteer][recognition]") {
    const std::string text = "Police said two people were hurt in Kramatorsk.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "Police") == nullptr);
    CHECK(mention_over(mentions, text, "Kramatorsk") != nullptr);
}

TEST_CASE("a sentence-initial month is not a place", "[gazetteer][recognition]") {
    const std::string text = "March brought heavy rain to Sloviansk. In March, roads turned to mud.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "March", 0) == nullptr);
    CHECK(mention_over(mentions, text, "March", 1) == nullptr);
    CHECK(mention_over(mentions, text, "Sloviansk") != nullptr);
}

TEST_CASE("Mobile is a place only with evidence like a following state", "[gazetteer][recognition]") {
    SECTION("'in Mobile, Alabama' is the city") {
        require_place("The conference was held in Mobile, Alabama last week.", "Mobile", 30.6944, -88.0430);
    }
    SECTION("'mobile' as an adjective is not") {
        const std::string text = "Mobile air defence groups moved to Dnipro overnight.";
        auto mentions = mentions_in(text);
        INFO(describe(mentions));
        CHECK(mention_over(mentions, text, "Mobile") == nullptr);
    }
}

TEST_CASE("place names inside organisation names are not places", "[gazetteer][recognition]") {
    const std::string text =
        "The Institute for the Study of War said the Armed Forces of Ukraine still held Pokrovsk, "
        "the Kyiv Independent reported.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "Ukraine") == nullptr);
    CHECK(mention_over(mentions, text, "Kyiv") == nullptr);
    CHECK(mention_over(mentions, text, "Institute") == nullptr);
    CHECK(mention_over(mentions, text, "War") == nullptr);
    CHECK(mention_over(mentions, text, "Pokrovsk") != nullptr);
}

TEST_CASE("demonyms are not places", "[gazetteer][recognition]") {
    const std::string text = "Russian forces and Ukrainian drones clashed near Myrnohrad.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "Russian") == nullptr);
    CHECK(mention_over(mentions, text, "Ukrainian") == nullptr);
    CHECK(mention_over(mentions, text, "Myrnohrad") != nullptr);
}

TEST_CASE("site boilerplate is not a place", "[gazetteer][recognition]") {
    const std::string text =
        "Caliber.Az reports that drones struck Kharkiv. Follow us on twitter and youtube for updates.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "Caliber") == nullptr);
    CHECK(mention_over(mentions, text, "Az") == nullptr);
    CHECK(mention_over(mentions, text, "twitter") == nullptr);
    CHECK(mention_over(mentions, text, "youtube") == nullptr);
    CHECK(mention_over(mentions, text, "Kharkiv") != nullptr);
}

TEST_CASE("compound adjectives like Kyiv-controlled are not places", "[gazetteer][recognition]") {
    const std::string text = "The Kyiv-controlled part of the region and Russia-backed units near Siversk.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "Kyiv") == nullptr);
    CHECK(mention_over(mentions, text, "Russia") == nullptr);
    CHECK(mention_over(mentions, text, "Siversk") != nullptr);
}

TEST_CASE("'Donetsk region' is the oblast and the span includes 'region'", "[gazetteer][recognition]") {
    for (std::string_view surface : {"Donetsk region", "Donetsk oblast", "Donetsk Oblast"}) {
        const std::string text = "Shelling was reported across the " + std::string(surface) + " on Sunday.";
        auto mentions = mentions_in(text);
        INFO(describe(mentions));
        const Mention* m = mention_over(mentions, text, surface);
        REQUIRE(m);
        CHECK(m->surface == surface);
        CHECK(m->place.feature_class == 'A');
        CHECK(m->place.feature_code == "ADM1");
        CHECK(m->place.country == "UA");
    }
}

TEST_CASE("'the Dnipro river' is the river, not the city", "[gazetteer][recognition]") {
    const std::string text = "Troops crossed the Dnipro river at night. Missiles later hit the city of Dnipro.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* river = mention_over(mentions, text, "Dnipro river");
    REQUIRE(river);
    CHECK(river->surface == "Dnipro river");
    CHECK(river->place.feature_class == 'H');
    const Mention* city = mention_over(mentions, text, "Dnipro", 1);
    REQUIRE(city);
    CHECK(city->place.feature_class == 'P');
    CHECK(near_point(*city, 48.45, 34.98, 0.2));
}

TEST_CASE("'Sea of Azov' is one water body", "[gazetteer][recognition]") {
    const std::string text = "Drones were launched over the Sea of Azov.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* m = mention_over(mentions, text, "Sea of Azov");
    REQUIRE(m);
    CHECK(m->surface == "Sea of Azov");
    CHECK(m->place.feature_class == 'H');
}

TEST_CASE("'Kupiansk direction' is the town", "[gazetteer][recognition]") {
    const std::string text = "Assaults continued on the Kupiansk direction overnight.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* m = mention_over(mentions, text, "Kupiansk");
    REQUIRE(m);
    CHECK(m->place.feature_class == 'P');
    CHECK(near_point(*m, kKupianskLat, kKupianskLon));
}

TEST_CASE("'outskirts of X' and 'north of X' give X with the relation", "[gazetteer][recognition]") {
    const std::string text = "Fighting raged on the outskirts of Pokrovsk. Troops dug in north of Myrnohrad.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* pokrovsk = mention_over(mentions, text, "Pokrovsk");
    const Mention* myrnohrad = mention_over(mentions, text, "Myrnohrad");
    REQUIRE(pokrovsk);
    REQUIRE(myrnohrad);
    CHECK(pokrovsk->surface == "Pokrovsk");
    CHECK(pokrovsk->relation == "outskirts of");
    CHECK(near_point(*pokrovsk, kPokrovskLat, kPokrovskLon));
    CHECK(myrnohrad->surface == "Myrnohrad");
    CHECK(myrnohrad->relation == "north of");
    CHECK(near_point(*myrnohrad, 48.3099, 37.2651));
}

TEST_CASE("capitals that speak are actors, capitals where things happen are locations",
          "[gazetteer][recognition]") {
    const std::string text =
        "Drones hit Odesa. Kyiv said the attack failed. Moscow denies the claim. Russia's defence ministry said "
        "otherwise. A meeting in Kyiv was held on Friday.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* kyiv_said = mention_over(mentions, text, "Kyiv", 0);
    const Mention* moscow = mention_over(mentions, text, "Moscow");
    const Mention* russia = mention_over(mentions, text, "Russia");
    const Mention* in_kyiv = mention_over(mentions, text, "Kyiv", 1);
    REQUIRE(kyiv_said);
    REQUIRE(moscow);
    REQUIRE(russia);
    REQUIRE(in_kyiv);
    CHECK(kyiv_said->role == MentionRole::actor);
    CHECK(moscow->role == MentionRole::actor);
    CHECK(russia->role == MentionRole::actor);
    CHECK(russia->surface == "Russia");  // the possessive "'s" is not part of the name
    CHECK(in_kyiv->role == MentionRole::location);
}

TEST_CASE("mention offsets are byte offsets that cut out the surface", "[gazetteer][recognition]") {
    const std::string text = "Українські сили відбили атаки біля Покровська та Мирнограда.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    REQUIRE(mentions.size() >= 2);
    for (const auto& m : mentions) {
        REQUIRE(m.byte_end <= text.size());
        CHECK(text.substr(m.byte_begin, m.byte_end - m.byte_begin) == m.surface);
        CHECK(m.doc_id == "test");
    }
}

// A name that opens a document (a dateline "KYIV —", a headline "Pokrovsk came under fire")
// is looked up like any other.
TEST_CASE("a place name that opens the document is recognised", "[gazetteer][recognition]") {
    for (std::string_view text : {"Pokrovsk came under fire overnight.", "Kyiv said the attack failed.",
                                  "KYIV, Aug 6 - Drones hit Odesa.", "Донецьк обстріляли вночі."}) {
        auto mentions = mentions_in(text);
        INFO("text: " << text << "\nmentions:\n" << describe(mentions));
        REQUIRE_FALSE(mentions.empty());
        CHECK(mentions.front().byte_begin == 0);
    }
}

// "Тим" (Tim, Kursk oblast), "Тем" (Tema, Ghana) and "Если" (Eslohe, via the skeleton) are also
// place names; capitalisation at a sentence start is no evidence for them.
TEST_CASE("sentence-initial Cyrillic function words are not places", "[gazetteer][recognition]") {
    const std::string text =
        "Бої біля Покровська тривають. Тим часом росіяни обстріляли Харків. "
        "Тем временем дроны атаковали Харьков. Если это так, город окружён.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    CHECK(mention_over(mentions, text, "Тим") == nullptr);
    CHECK(mention_over(mentions, text, "Тем") == nullptr);
    CHECK(mention_over(mentions, text, "Если") == nullptr);
    CHECK(mention_over(mentions, text, "Харків") != nullptr);
    CHECK(mention_over(mentions, text, "Харьков") != nullptr);
}

// The genitive "Покровська" is also an adjective form in the dictionary ("покровський"), so
// adjective lemmas must not flag the town's stem as an ordinary word.
TEST_CASE("Ukrainian genitive forms after prepositions resolve to the town", "[gazetteer][recognition]") {
    const std::string text =
        "Бої тривають на південь від Покровська. Сили оборони утримують позиції навколо Покровська "
        "та біля Мирнограда.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    for (int occurrence : {0, 1}) {
        const Mention* m = mention_over(mentions, text, "Покровська", occurrence);
        REQUIRE(m);
        CHECK(m->surface == "Покровська");
        CHECK(near_point(*m, kPokrovskLat, kPokrovskLon));
        CHECK(m->match == MatchKind::inflected);
    }
}

// "в районе X" ("in the area of X") is the commonest Russian frontline phrase: the town, not a
// raion.
TEST_CASE("Russian 'в районе X' is the town X", "[gazetteer][recognition]") {
    const std::string text = "Бои продолжаются в районе Купянска и в районе Покровска.";
    auto mentions = mentions_in(text);
    INFO(describe(mentions));
    const Mention* kupiansk = mention_over(mentions, text, "Купянска");
    const Mention* pokrovsk = mention_over(mentions, text, "Покровска");
    REQUIRE(kupiansk);
    REQUIRE(pokrovsk);
    CHECK(kupiansk->place.feature_class == 'P');
    CHECK(near_point(*kupiansk, kKupianskLat, kKupianskLon));
    CHECK(near_point(*pokrovsk, kPokrovskLat, kPokrovskLon));
}
