#include "geo/acled_csv.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "geo/event_schema.hpp"
#include "tests/support/temp_folder.hpp"

using namespace frontmap;
namespace s = frontmap::geo::schema;

namespace {

const std::string data_dir = std::string(FRONTMAP_SOURCE_DIR) + "/tests/geo/data/";

geo::AcledActorSides bundled_actor_sides(Diagnostics& diags) {
    return geo::AcledActorSides::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/acled_actors.tsv", diags);
}

const events::Event& by_id(const geo::DocumentBatchItem& item, const std::string& id) {
    for (const auto& e : item.events)
        if (e.id == id) return e;
    FAIL("no event " << id);
    throw std::logic_error("unreachable");
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("an ACLED export becomes one document with one event per row, values as ACLED gives them", "[geo][acled]") {
    Diagnostics diags;
    const auto item = geo::read_acled_csv(data_dir + "acled_sample.csv", events::AcledTypeMap{}, bundled_actor_sides(diags), diags);
    CHECK(diags.skipped_count() == 0);
    CHECK(item.document.id == "acled:acled_sample.csv");
    CHECK(item.document.source == "ACLED");
    CHECK(item.document.format == "acled-csv");
    CHECK(item.document.content_hash == geo::sha256_hex(slurp(data_dir + "acled_sample.csv")));
    REQUIRE(item.events.size() == 5);

    const auto& clash = by_id(item, "acled:UKR900001");
    CHECK(clash.origin == "acled");
    CHECK(clash.mention.surface == "Pokrovsk");
    CHECK(clash.mention.place.name == "Pokrovsk");
    CHECK(clash.mention.place.lat == Approx(48.2820));
    CHECK(clash.mention.place.lon == Approx(37.1758));
    CHECK(clash.mention.place.country == "Ukraine");
    CHECK(clash.mention.place.admin1 == "Donetsk");
    CHECK(clash.mention.place.geonameid == 0);
    REQUIRE(clash.date);
    CHECK(events::to_iso(clash.date->range.best()) == "2025-11-03");
    CHECK(clash.date->range.precision == events::DatePrecision::day);
    CHECK(clash.precision.geo == 1);
    CHECK(clash.precision.time == 1);
    CHECK(clash.acled_event_type == "Battles");
    CHECK(clash.acled_sub_event_type == "Armed clash");
    CHECK(clash.actor_name == "Military Forces of Russia (2000-)");
    CHECK(clash.label.actor == events::Side::ru);
    CHECK(clash.sentence.rfind("On 3 November 2025, invented test row", 0) == 0);

    // "17 November 2025", time precision 2 (within the week)
    const auto& shelling = by_id(item, "acled:UKR900002");
    REQUIRE(shelling.date);
    CHECK(shelling.date->range.precision == events::DatePrecision::week);
    CHECK(events::to_iso(shelling.date->range.first) == "2025-11-17");
    CHECK(events::to_iso(shelling.date->range.last) == "2025-11-23");
    CHECK(shelling.precision.geo == 2);
    CHECK(shelling.sentence.find("shelling hit \"residential\" areas near Kupiansk, damaging a school") != std::string::npos);

    const auto& strike = by_id(item, "acled:UKR900003");
    CHECK(strike.sentence.find("overnight.\nSecond line of the same note") != std::string::npos);

    const auto& regain = by_id(item, "acled:UKR900004");
    CHECK(regain.label.actor == events::Side::ua);
    REQUIRE(regain.date);
    CHECK(regain.date->range.precision == events::DatePrecision::month);
    CHECK(events::to_iso(regain.date->range.first) == "2025-12-01");

    CHECK(by_id(item, "acled:UKR900005").label.actor == events::Side::unknown);
}

TEST_CASE("bad ACLED rows are reported with their line and skipped, the others kept", "[geo][acled]") {
    Diagnostics diags;
    const auto item = geo::read_acled_csv(data_dir + "acled_bad_rows.csv", events::AcledTypeMap{}, bundled_actor_sides(diags), diags);
    REQUIRE(item.events.size() == 2);
    CHECK(item.events[0].id == "acled:UKR910001");
    CHECK(item.events[1].id == "acled:UKR910005");
    CHECK(diags.skipped_count() == 3);
    std::string messages;
    for (const auto& d : diags.items()) messages += d.where + ": " + d.message + "\n";
    CHECK_THAT(messages, Catch::Contains("acled_bad_rows.csv:3: bad coordinates latitude \"48.28x\""));
    CHECK_THAT(messages, Catch::Contains("acled_bad_rows.csv:4: event_date \"2025-13-45\" is not a date"));
    CHECK_THAT(messages, Catch::Contains("acled_bad_rows.csv:5: only 10 of the header's 31 columns"));
}

TEST_CASE("line numbers count the lines of multi-line notes", "[geo][acled]") {
    test::TempFolder tmp;
    std::string csv = slurp(data_dir + "acled_sample.csv");
    csv += "UKR900006,yesterday,2025,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,State forces,,,,,,"
           "804,Europe,Ukraine,Donetsk,,,Pokrovsk,48.2820,37.1758,1,Invented Wire,National,Invented row.,0,,1762300000\n";
    Diagnostics diags;
    const auto item = geo::read_acled_csv(tmp.write("more.csv", csv), events::AcledTypeMap{}, bundled_actor_sides(diags), diags);
    CHECK(item.events.size() == 5);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].where.ends_with("more.csv:8"));  // 6 rows + header, one note on two lines
}

TEST_CASE("a CSV without ACLED's columns is refused as a whole, naming the missing ones", "[geo][acled]") {
    test::TempFolder tmp;
    Diagnostics diags;
    const auto path = tmp.write("other.csv", "id,date,lat,lon\n1,2024-01-01,48.1,37.2\n");
    CHECK_THROWS_WITH(geo::read_acled_csv(path, events::AcledTypeMap{}, geo::AcledActorSides{}, diags),
                      Catch::Contains("not an ACLED export: no column event_id_cnty, event_date, event_type"));
    CHECK_THROWS_AS(geo::read_acled_csv(tmp / "missing.csv", events::AcledTypeMap{}, geo::AcledActorSides{}, diags),
                    geo::AcledFileError);
}

TEST_CASE("ACLED actor names map to sides through the data file, first match wins", "[geo][acled]") {
    Diagnostics diags;
    const auto sides = geo::AcledActorSides::parse(
        "# comment\nprefix\tMilitary Forces of Russia\tru\ncontains\tof Ukraine\tua\nexact\tWagner Group\tru\n"
        "prefix\tbroken\tnobody\n",
        diags, "actors.tsv");
    CHECK(sides.side_of("Military Forces of Russia (2000-)") == events::Side::ru);
    CHECK(sides.side_of("Police Forces of Ukraine (2019-)") == events::Side::ua);
    CHECK(sides.side_of("Wagner Group") == events::Side::ru);
    CHECK(sides.side_of("Wagner Group (Russia)") == events::Side::unknown);
    CHECK(sides.side_of("") == events::Side::unknown);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].where == "actors.tsv:5");
}

TEST_CASE("an imported ACLED file is stored and importing it again changes nothing", "[geo][acled][store]") {
    test::TempFolder tmp;
    Diagnostics diags;
    const auto item = geo::read_acled_csv(data_dir + "acled_sample.csv", events::AcledTypeMap{}, bundled_actor_sides(diags), diags);
    auto store = geo::EventStore::open(tmp / "events.gpkg");
    store.write_batch(std::span(&item, 1));
    CHECK(store.state_of(item.document.id, item.document.content_hash) == geo::DocumentState::unchanged);
    store.write_batch(std::span(&item, 1));
    CHECK(store.count(s::events_layer) == 5);
    const auto rows = store.rows(s::events_layer, "event_id = 'acled:UKR900002'");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][s::origin] == "acled");
    CHECK(rows[0][s::date] == "2025-11-17");
    CHECK(rows[0][s::date_precision] == "week");
    CHECK(rows[0][s::time_precision] == "2");
    CHECK(rows[0][s::geo_precision] == "2");
    CHECK(rows[0][s::acled_sub_event_type] == "Shelling/artillery/missile attack");
    CHECK(rows[0][s::actor] == "ru");
    CHECK(rows[0][s::actor_name] == "Military Forces of Russia (2000-)");
    CHECK(!rows[0][s::geonameid]);
    CHECK(rows[0][s::place_key] == "ll:49.71060,37.61570:Kupiansk");
    CHECK(store.count(s::places_layer) == 5);
}
