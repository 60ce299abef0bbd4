#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "events/acled_types.hpp"

using namespace frontmap;
using namespace frontmap::events;

namespace {

const AcledTypeMap& table() {
    static const AcledTypeMap loaded = [] {
        Diagnostics diags;
        auto map = AcledTypeMap::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/acled_types.tsv", diags);
        REQUIRE(diags.items().empty());
        return map;
    }();
    return loaded;
}

EventLabel label(EventType type, Side actor = Side::unknown) {
    EventLabel l;
    l.type = type;
    l.actor = actor;
    return l;
}

// Every event type / sub-event type pair of ACLED's codebook.
const std::vector<std::pair<std::string, std::string>> codebook{
    {"Battles", "Armed clash"},
    {"Battles", "Government regains territory"},
    {"Battles", "Non-state actor overtakes territory"},
    {"Explosions/Remote violence", "Chemical weapon"},
    {"Explosions/Remote violence", "Air/drone strike"},
    {"Explosions/Remote violence", "Suicide bomb"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"Explosions/Remote violence", "Grenade"},
    {"Violence against civilians", "Sexual violence"},
    {"Violence against civilians", "Attack"},
    {"Violence against civilians", "Abduction/forced disappearance"},
    {"Protests", "Peaceful protest"},
    {"Protests", "Protest with intervention"},
    {"Protests", "Excessive force against protesters"},
    {"Riots", "Violent demonstration"},
    {"Riots", "Mob violence"},
    {"Strategic developments", "Agreement"},
    {"Strategic developments", "Arrests"},
    {"Strategic developments", "Change to group/activity"},
    {"Strategic developments", "Disrupted weapons use"},
    {"Strategic developments", "Headquarters or base established"},
    {"Strategic developments", "Looting/property destruction"},
    {"Strategic developments", "Non-violent transfer of territory"},
    {"Strategic developments", "Other"}};

}  // namespace

TEST_CASE("every pair of ACLED's codebook imports as one of our types", "[acled]") {
    for (const auto& [type, sub] : codebook) {
        INFO(type << " / " << sub);
        CHECK(table().from_acled(type, sub) != EventType::none);
    }
}

TEST_CASE("imported ACLED rows get the type that matches their meaning", "[acled]") {
    CHECK(table().from_acled("Battles", "Armed clash") == EventType::clash);
    CHECK(table().from_acled("Battles", "Government regains territory") == EventType::liberation);
    CHECK(table().from_acled("Battles", "Non-state actor overtakes territory") == EventType::capture);
    CHECK(table().from_acled("Explosions/Remote violence", "Shelling/artillery/missile attack") == EventType::shelling);
    CHECK(table().from_acled("Explosions/Remote violence", "Air/drone strike") == EventType::strike);
    CHECK(table().from_acled("Violence against civilians", "Attack") == EventType::civilian_harm);
    CHECK(table().from_acled("Strategic developments", "Non-violent transfer of territory") == EventType::withdrawal);
    CHECK(table().from_acled("Protests", "Peaceful protest") == EventType::political);
}

TEST_CASE("unknown or misspelt ACLED pairs import as none", "[acled]") {
    CHECK(table().from_acled("Battles", "Tank battle") == EventType::none);
    CHECK(table().from_acled("battles", "armed clash") == EventType::none);
    CHECK(table().from_acled("", "") == EventType::none);
}

TEST_CASE("our events export to ACLED's categories, the actor deciding territorial changes", "[acled]") {
    auto check = [](const EventLabel& l, const std::string& type, const std::string& sub) {
        const AcledCategory c = table().to_acled(l);
        CHECK(c.event_type == type);
        CHECK(c.sub_event_type == sub);
    };
    check(label(EventType::capture, Side::ru), "Battles", "Non-state actor overtakes territory");
    check(label(EventType::capture, Side::ua), "Battles", "Government regains territory");
    check(label(EventType::liberation, Side::ua), "Battles", "Government regains territory");
    check(label(EventType::advance, Side::ru), "Battles", "Armed clash");
    check(label(EventType::encirclement, Side::ru), "Battles", "Armed clash");
    check(label(EventType::clash), "Battles", "Armed clash");
    check(label(EventType::shelling, Side::ru), "Explosions/Remote violence", "Shelling/artillery/missile attack");
    check(label(EventType::strike, Side::ru), "Explosions/Remote violence", "Air/drone strike");
    check(label(EventType::civilian_harm), "Violence against civilians", "Attack");
    check(label(EventType::withdrawal, Side::ua), "Strategic developments", "Non-violent transfer of territory");
    check(label(EventType::claim, Side::ru), "Strategic developments", "Other");
    check(label(EventType::political), "Strategic developments", "Other");
    check(label(EventType::none, Side::none), "", "");
}

TEST_CASE("types with a two-way row survive export and import unchanged", "[acled]") {
    for (const EventType type : {EventType::capture, EventType::liberation, EventType::clash, EventType::shelling,
                                 EventType::strike, EventType::civilian_harm, EventType::withdrawal,
                                 EventType::political}) {
        INFO(to_string(type));
        const AcledCategory c = table().to_acled(label(type, Side::ru));
        CHECK(table().from_acled(c.event_type, c.sub_event_type) == type);
    }
}

TEST_CASE("every one of our event types exports to some ACLED category", "[acled]") {
    for (int t = 1; t <= static_cast<int>(EventType::political); ++t) {
        const auto type = static_cast<EventType>(t);
        INFO(to_string(type));
        CHECK_FALSE(table().to_acled(label(type)).event_type.empty());
    }
}

TEST_CASE("the ACLED table reports malformed lines and keeps the rest", "[acled]") {
    Diagnostics diags;
    const auto map = AcledTypeMap::parse("# comment\n"
                                         "both\tclash\tany\tBattles\tArmed clash\n"
                                         "sideways\tclash\tany\tBattles\tArmed clash\n"
                                         "to\tbombing\tany\tBattles\tArmed clash\n"
                                         "to\tclash\tnato\tBattles\tArmed clash\n"
                                         "to\tclash\tany\tBattles\n"
                                         "to\tclash\tany\t\tArmed clash\n",
                                         diags, "test.tsv");
    CHECK(diags.items().size() == 5);
    CHECK(map.from_acled("Battles", "Armed clash") == EventType::clash);
    CHECK(map.to_acled(label(EventType::clash)).sub_event_type == "Armed clash");
}

TEST_CASE("a missing ACLED table is an error and maps nothing", "[acled]") {
    Diagnostics diags;
    const auto map = AcledTypeMap::load("/nonexistent/acled_types.tsv", diags);
    CHECK_FALSE(diags.items().empty());
    CHECK(map.from_acled("Battles", "Armed clash") == EventType::none);
    CHECK(map.to_acled(label(EventType::clash)).event_type.empty());
}
