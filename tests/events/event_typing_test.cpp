#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "events/event_typing.hpp"

using namespace frontmap;
using namespace frontmap::events;

namespace {

const EventLexicon& lexicon() {
    static const EventLexicon loaded = [] {
        Diagnostics diags;
        auto lex = EventLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/event_cues.tsv", diags);
        REQUIRE(diags.items().empty());
        return lex;
    }();
    return loaded;
}

// A location mention of the first occurrence of `surface` in `text`.
gaz::Mention mention_of(const std::string& text, const std::string& surface,
                        gaz::MentionRole role = gaz::MentionRole::location, const std::string& country = "UA") {
    gaz::Mention m;
    m.byte_begin = text.find(surface);
    REQUIRE(m.byte_begin != std::string::npos);
    m.byte_end = m.byte_begin + surface.size();
    m.surface = surface;
    m.role = role;
    m.place.name = surface;
    m.place.country = country;
    m.place.feature_class = 'P';
    return m;
}

EventLabel label_of(const std::string& text, const std::string& surface) {
    const std::vector<gaz::Mention> mentions{mention_of(text, surface)};
    return label_events(text, mentions, lexicon()).front();
}

}  // namespace

TEST_CASE("a Russian capture makes the place Russian-held") {
    const auto label = label_of("Russian forces captured Zarichne on Tuesday.", "Zarichne");
    CHECK(label.type == EventType::capture);
    CHECK(label.actor == Side::ru);
    CHECK(label.control == Control::ru);
    CHECK(label.claimant == Side::none);
    CHECK_FALSE(label.denied);
    CHECK(label.confidence > 0.5);
    CHECK(std::find(label.cues.begin(), label.cues.end(), "captured") != label.cues.end());
}

TEST_CASE("repelled attacks are a clash by the attacker, claimed by the defender") {
    const std::string text = "Ukraine's General Staff said troops repelled 12 Russian attacks at Stepove.";
    const std::vector<gaz::Mention> mentions{mention_of(text, "Ukraine", gaz::MentionRole::actor),
                                             mention_of(text, "Stepove")};
    const auto labels = label_events(text, mentions, lexicon());
    CHECK(labels[0].type == EventType::none);
    CHECK(labels[1].type == EventType::clash);
    CHECK(labels[1].actor == Side::ru);
    CHECK(labels[1].control == Control::ua);
    CHECK(labels[1].claimant == Side::ua);
}

TEST_CASE("a denial by Kyiv marks the encirclement denied and claimed by Russia") {
    const auto label = label_of("Kyiv denied that Ozerne was encircled.", "Ozerne");
    CHECK(label.type == EventType::encirclement);
    CHECK(label.denied);
    CHECK(label.claimant == Side::ru);
}

TEST_CASE("a denial in the next sentence counts") {
    const std::string text = "Moscow claimed its troops had taken control of Kamianka. Ukrainian officials rejected the claim.";
    const auto label = label_of(text, "Kamianka");
    CHECK(label.type == EventType::capture);
    CHECK(label.actor == Side::ru);
    CHECK(label.claimant == Side::ru);
    CHECK(label.denied);
}

TEST_CASE("Ukrainian: a Russian claim of capture") {
    const auto label = label_of("Росія заявила про захоплення Новоселівки.", "Новоселівки");
    CHECK(label.type == EventType::capture);
    CHECK(label.actor == Side::ru);
    CHECK(label.claimant == Side::ru);
}

TEST_CASE("Ukrainian: the Armed Forces liberate a village") {
    const auto label = label_of("ЗСУ звільнили Берестове.", "Берестове");
    CHECK(label.type == EventType::liberation);
    CHECK(label.actor == Side::ua);
    CHECK(label.control == Control::ua);
}

TEST_CASE("Russian: a Russian 'liberation' is a capture") {
    const auto label = label_of("Минобороны сообщило, что подразделения группировки войск освободили Ивановку.",
                                "Ивановку");
    CHECK(label.type == EventType::capture);
    CHECK(label.actor == Side::ru);
    CHECK(label.control == Control::ru);
    CHECK(label.claimant == Side::ru);
}

TEST_CASE("a Ukrainian capture of occupied ground is a liberation") {
    const auto label = label_of("Ukrainian troops took control of Robotyne.", "Robotyne");
    CHECK(label.type == EventType::liberation);
    CHECK(label.actor == Side::ua);
}

TEST_CASE("an intended advance is only a claim") {
    const auto label = label_of("Russian forces aim to advance on Siversk.", "Siversk");
    CHECK(label.type == EventType::claim);
    CHECK(label.actor == Side::ru);
    CHECK(label.control == Control::none);
}

TEST_CASE("fighting in a town, or partial control, makes it contested") {
    CHECK(label_of("Fierce fighting continues in Toretsk.", "Toretsk").control == Control::contested);
    const auto partly = label_of("Russian troops have partly occupied Velyka Novosilka.", "Velyka Novosilka");
    CHECK(partly.type == EventType::capture);
    CHECK(partly.control == Control::contested);
}

TEST_CASE("withdrawal hands the place to the other side") {
    const auto label = label_of("Ukrainian forces withdrew from Vuhledar.", "Vuhledar");
    CHECK(label.type == EventType::withdrawal);
    CHECK(label.actor == Side::ua);
    CHECK(label.control == Control::ru);
}

TEST_CASE("a shelled rear city implies no control; civilian harm outweighs the strike") {
    const auto shelled = label_of("Russian artillery shelled Nikopol overnight.", "Nikopol");
    CHECK(shelled.type == EventType::shelling);
    CHECK(shelled.actor == Side::ru);
    CHECK(shelled.control == Control::none);
    const auto harmed = label_of("A Russian missile strike on Kramatorsk killed four civilians.", "Kramatorsk");
    CHECK(harmed.type == EventType::civilian_harm);
}

TEST_CASE("third-party attribution is claimed by a third party") {
    const auto label = label_of("Russian forces advanced near Kupiansk, ISW said.", "Kupiansk");
    CHECK(label.type == EventType::advance);
    CHECK(label.claimant == Side::other);
    CHECK(std::string(to_string(label.claimant)) == "third");
}

TEST_CASE("a place with no event cue in its clause, and an actor mention, get type none") {
    const std::string text = "Kyiv said the weather in Lviv was mild.";
    const std::vector<gaz::Mention> mentions{mention_of(text, "Kyiv", gaz::MentionRole::actor),
                                             mention_of(text, "Lviv")};
    const auto labels = label_events(text, mentions, lexicon());
    CHECK(labels[0].type == EventType::none);
    CHECK(labels[0].actor == Side::none);
    CHECK(labels[1].type != EventType::capture);
    CHECK(label_of("Kharkiv is a large city.", "Kharkiv").type == EventType::none);
}

TEST_CASE("event cues count only in the mention's own clause") {
    const auto label = label_of("Russian forces captured Krynky, while life in Odesa went on.", "Odesa");
    CHECK(label.type == EventType::none);
}

TEST_CASE("value names match the scorer's vocabulary") {
    CHECK(std::string(to_string(EventType::civilian_harm)) == "civilian_harm");
    CHECK(std::string(to_string(Side::ru)) == "ru");
    CHECK(std::string(to_string(Side::unknown)) == "unknown");
    CHECK(std::string(to_string(Control::contested)) == "contested");
}

TEST_CASE("the cue lexicon reports malformed lines and keeps the rest") {
    Diagnostics diags;
    const auto lex = EventLexicon::parse("# comment\nevent\ten\tcaptured\tcapture:9\nbogus\ten\tx\ty\n"
                                         "event\ten\ttook\tcapture\nside\ten\tonly three\n",
                                         diags, "test.tsv");
    CHECK(lex.size() == 1);
    CHECK(diags.items().size() == 3);
}

TEST_CASE("prefix cues match Cyrillic word forms") {
    Diagnostics diags;
    const auto lex = EventLexicon::parse("event\tuk\tобстріл*\tshelling:5\n", diags, "test.tsv");
    const auto tokens = tokenize_for_dates("Окупанти обстріляли Херсон");
    const auto found = lex.find(tokens);
    REQUIRE(found.size() == 1);
    CHECK(found[0].first == 1);
}
