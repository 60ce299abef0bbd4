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

// A first-level administrative unit (an oblast) named in `text`.
gaz::Mention region_of(const std::string& text, const std::string& surface) {
    gaz::Mention m = mention_of(text, surface);
    m.place.feature_class = 'A';
    m.place.feature_code = "ADM1";
    return m;
}

bool has_cue(const EventLabel& label, const std::string& cue) {
    return std::find(label.cues.begin(), label.cues.end(), cue) != label.cues.end();
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

// --- negation, vicinity, containers, metonyms, speakers

TEST_CASE("a failed or negated capture is a clash, and the defender keeps the place") {
    for (const auto& [text, place] : std::vector<std::pair<std::string, std::string>>{
             {"Russian forces failed to capture Vuhledar.", "Vuhledar"},
             {"Russian troops did not capture Chasiv Yar.", "Chasiv Yar"},
             {"Російські війська не змогли захопити Часів Яр.", "Часів Яр"},
             {"Российские войска не взяли Часов Яр.", "Часов Яр"}}) {
        INFO(text);
        const auto label = label_of(text, place);
        CHECK(label.type == EventType::clash);
        CHECK(label.actor == Side::ru);
        CHECK(label.control == Control::ua);
    }
}

TEST_CASE("'made no gains' is fighting, not an advance") {
    const auto label = label_of("Russian forces made no gains in Toretsk.", "Toretsk");
    CHECK(label.type == EventType::clash);
    CHECK(label.control == Control::ua);
    CHECK(has_cue(label, "no"));
}

TEST_CASE("a negated strike or shelling is no event") {
    CHECK(label_of("There was no shelling in Sumy overnight.", "Sumy").type == EventType::none);
    CHECK(label_of("У Сумах не було обстрілів.", "Сумах").type == EventType::none);
}

TEST_CASE("fighting near a place implies no control of it, in all three languages") {
    for (const auto& [text, place] : std::vector<std::pair<std::string, std::string>>{
             {"Fighting continues near Toretsk and Niu-York.", "Niu-York"},
             {"Бої тривають біля Торецька.", "Торецька"},
             {"Бои идут в районе Торецка.", "Торецка"}}) {
        INFO(text);
        const auto label = label_of(text, place);
        CHECK(label.type == EventType::clash);
        CHECK(label.control == Control::none);
    }
    CHECK(label_of("Fighting continues in Toretsk.", "Toretsk").control == Control::contested);
}

TEST_CASE("a region named as a town's container takes the town's event without control") {
    const std::string text = "Russian forces captured Zarichne in the Donetsk region.";
    const std::vector<gaz::Mention> mentions{mention_of(text, "Zarichne"), region_of(text, "Donetsk region")};
    const auto labels = label_events(text, mentions, lexicon());
    CHECK(labels[1].type == EventType::capture);
    CHECK(labels[1].actor == Side::ru);
    CHECK(labels[1].control == Control::none);
    CHECK_FALSE(labels[1].cues.empty());

    const std::string uk = "Сили оборони звільнили Берестове у Харківській області.";
    const std::vector<gaz::Mention> uk_mentions{mention_of(uk, "Берестове"), region_of(uk, "Харківській області")};
    const auto uk_labels = label_events(uk, uk_mentions, lexicon());
    CHECK(uk_labels[1].type == EventType::liberation);
    CHECK(uk_labels[1].actor == Side::ua);
    CHECK(uk_labels[1].control == Control::none);
}

TEST_CASE("a region with its own statement keeps its own event") {
    const std::string text = "Russian forces captured Zarichne; shelling hit the Kharkiv region.";
    const std::vector<gaz::Mention> mentions{mention_of(text, "Zarichne"), region_of(text, "Kharkiv region")};
    CHECK(label_events(text, mentions, lexicon())[1].type == EventType::shelling);
}

TEST_CASE("a relative clause after a place speaks about that place") {
    const std::string text = "Taking Bakhmut would lift morale after defeats in cities like Kherson, which Ukraine "
                             "liberated last month.";
    const std::vector<gaz::Mention> mentions{mention_of(text, "Bakhmut"), mention_of(text, "Kherson"),
                                             mention_of(text, "Ukraine", gaz::MentionRole::actor)};
    const auto labels = label_events(text, mentions, lexicon());
    CHECK(labels[0].type == EventType::claim);
    CHECK(labels[1].type == EventType::liberation);
    CHECK(labels[1].actor == Side::ua);
}

TEST_CASE("a capital or country used as a speaker or actor gets no event of its own") {
    const std::string text = "Kyiv denied that Russian troops had entered Kupiansk.";
    const std::vector<gaz::Mention> mentions{mention_of(text, "Kyiv"), mention_of(text, "Kupiansk")};
    const auto labels = label_events(text, mentions, lexicon());
    CHECK(labels[0].type == EventType::none);
    CHECK(labels[1].type == EventType::advance);
    CHECK(labels[1].actor == Side::ru);
    CHECK(labels[1].claimant == Side::ru);
    CHECK(labels[1].denied);

    const std::string ru = "Российские войска взяли Волчанск, сообщил Кремль.";
    const std::vector<gaz::Mention> ru_mentions{mention_of(ru, "Волчанск"), mention_of(ru, "Кремль", gaz::MentionRole::location, "RU")};
    const auto ru_labels = label_events(ru, ru_mentions, lexicon());
    CHECK(ru_labels[0].type == EventType::capture);
    CHECK(ru_labels[0].claimant == Side::ru);
    CHECK(ru_labels[1].type == EventType::none);
}

TEST_CASE("a struck capital is a location, and not the actor of its own strike") {
    const auto label = label_of("Russian missiles struck Kyiv overnight.", "Kyiv");
    CHECK(label.type == EventType::strike);
    CHECK(label.actor == Side::ru);
}

TEST_CASE("'its troops' and bare 'troops' take the speaker's side") {
    const auto ru = label_of("The Russian Defence Ministry said its troops had taken Kurakhove.", "Kurakhove");
    CHECK(ru.type == EventType::capture);
    CHECK(ru.actor == Side::ru);
    CHECK(ru.claimant == Side::ru);
    const auto ua = label_of("Syrskyi said troops had retaken Kupiansk.", "Kupiansk");
    CHECK(ua.type == EventType::liberation);
    CHECK(ua.actor == Side::ua);
    CHECK(ua.claimant == Side::ua);
}

TEST_CASE("a side phrase after the event verb is its object, not its actor") {
    const auto label = label_of("Russian forces surrounded Ukrainian units in Myrnohrad.", "Myrnohrad");
    CHECK(label.type == EventType::encirclement);
    CHECK(label.actor == Side::ru);
}

TEST_CASE("an attack made with drones or missiles is a strike") {
    CHECK(label_of("Russian forces attacked Kharkiv with drones.", "Kharkiv").type == EventType::strike);
    CHECK(label_of("Російські війська атакували дронами Харків.", "Харків").type == EventType::strike);
    CHECK(label_of("Российские беспилотники атаковали Запорожье.", "Запорожье").type == EventType::strike);
    CHECK(label_of("Russian units attacked Siversk from several directions.", "Siversk").type == EventType::advance);
}

TEST_CASE("an event in another comma part of the clause yields to one in the mention's own part") {
    const auto label = label_of("Russian forces advanced near Pokrovsk, and Ukrainian troops recaptured Kupiansk.",
                                "Pokrovsk");
    CHECK(label.type == EventType::advance);
    CHECK(label.actor == Side::ru);
}

TEST_CASE("claims keep the claimed event, with the claimant, in all three languages") {
    const auto en = label_of("Russia's defence ministry claimed its forces had captured Siversk.", "Siversk");
    CHECK(en.type == EventType::capture);
    CHECK(en.claimant == Side::ru);
    const auto uk = label_of("Росія стверджує, що взяла Сіверськ.", "Сіверськ");
    CHECK(uk.type == EventType::capture);
    CHECK(uk.actor == Side::ru);
    CHECK(uk.claimant == Side::ru);
    const auto ru = label_of("Генштаб ВСУ сообщил, что украинские подразделения освободили Кучеров Яр.", "Кучеров Яр");
    CHECK(ru.type == EventType::liberation);
    CHECK(ru.actor == Side::ua);
    CHECK(ru.claimant == Side::ua);
}

TEST_CASE("a denial in the next sentence, in Ukrainian and Russian") {
    const auto uk = label_of("Росія заявила про оточення Покровська. У Генштабі ЗСУ ці заяви спростували.", "Покровська");
    CHECK(uk.type == EventType::encirclement);
    CHECK(uk.claimant == Side::ru);
    CHECK(uk.denied);
    const auto ru = label_of("Минобороны России заявило о взятии Купянска. Киев опроверг это заявление.", "Купянска");
    CHECK(ru.type == EventType::capture);
    CHECK(ru.claimant == Side::ru);
    CHECK(ru.denied);
    const auto en = label_of("Russia said its troops surrounded Pokrovsk. Kyiv rejected claims of encirclement.",
                             "Pokrovsk");
    CHECK(en.type == EventType::encirclement);
    CHECK(en.denied);
}

TEST_CASE("a speaker who concedes one thing and rejects another does not deny the first") {
    const auto label = label_of("Kyiv has conceded that its forces face heavy fighting in Pokrovsk but rejected "
                                "claims of encirclement.",
                                "Pokrovsk");
    CHECK(label.type == EventType::clash);
    CHECK(label.claimant == Side::ua);
    CHECK_FALSE(label.denied);
}

TEST_CASE("metonym actors: the Kremlin, Moscow and Wagner act for Russia") {
    CHECK(label_of("The Kremlin ordered troops to storm Bakhmut.", "Bakhmut").actor == Side::ru);
    CHECK(label_of("Wagner fighters captured Soledar.", "Soledar").actor == Side::ru);
    CHECK(label_of("Москва перекинула війська та атакувала Вовчанськ.", "Вовчанськ").actor == Side::ru);
}

TEST_CASE("every typed event records the cues that decided it") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"Russian forces captured Zarichne on Tuesday.", "Zarichne"},
        {"Russian forces failed to capture Vuhledar.", "Vuhledar"},
        {"Fighting continues near Toretsk.", "Toretsk"},
        {"Russia's defence ministry said Krasnohorivka was now under Russian control.", "Krasnohorivka"},
        {"Russian forces aim to advance on Siversk.", "Siversk"},
        {"Ukrainian forces withdrew from Vuhledar.", "Vuhledar"},
        {"Російська армія обстріляла Нікополь.", "Нікополь"},
        {"ЗСУ звільнили Берестове.", "Берестове"},
        {"Минобороны сообщило, что войска окружили Мирноград.", "Мирноград"},
        {"Российские беспилотники атаковали Запорожье.", "Запорожье"},
        {"Kharkiv is a large city.", "Kharkiv"}};
    for (const auto& [text, place] : cases) {
        INFO(text);
        const auto label = label_of(text, place);
        if (label.type != EventType::none) CHECK_FALSE(label.cues.empty());
        else CHECK(label.actor == Side::none);
    }
}
