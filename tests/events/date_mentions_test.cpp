// Which date each place mention takes: the expression that governs its clause, else the date of
// the embedded post it stands in, else the document's.
#include <catch2/catch.hpp>

#include <string>

#include "events/date_mentions.hpp"
#include "events/temporal_lexicon.hpp"

using namespace frontmap::events;
using frontmap::gaz::Mention;
using namespace std::chrono;

namespace {

const TemporalLexicon& lexicon() {
    static const TemporalLexicon loaded = [] {
        frontmap::Diagnostics diags;
        return TemporalLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/temporal.tsv", diags);
    }();
    return loaded;
}

const ClauseLexicon& clauses() {
    static const ClauseLexicon loaded = [] {
        frontmap::Diagnostics diags;
        return ClauseLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/clauses.tsv", diags);
    }();
    return loaded;
}

Mention mention_of(const std::string& text, const std::string& surface) {
    Mention m;
    m.byte_begin = text.find(surface);
    m.byte_end = m.byte_begin + surface.size();
    m.surface = surface;
    return m;
}

DocumentDate dated(year_month_day d) {
    DocumentDate doc;
    doc.range = day_range(sys_days{d});
    doc.how = "header";
    return doc;
}

// "date source" of each surface in `text` (first occurrence, or the n-th after a "#n" suffix).
std::vector<std::string> dating(const std::string& text, const DocumentDate& doc, const std::vector<std::string>& surfaces) {
    std::optional<sys_days> anchor;
    if (doc.range) anchor = doc.range->best();
    auto expressions = find_temporal_expressions(text, lexicon(), anchor);
    std::vector<Mention> mentions;
    for (const auto& surface : surfaces) {
        REQUIRE(text.find(surface) != std::string::npos);
        mentions.push_back(mention_of(text, surface));
    }
    std::vector<std::string> out;
    for (const auto& d : date_mentions(text, mentions, expressions, doc, clauses()))
        out.push_back(d ? to_iso(d->range.best()) + " " + to_string(d->source) : "none");
    return out;
}

using Dates = std::vector<std::string>;

}  // namespace

TEST_CASE("a mention takes the date stated in its own sentence", "[events][dating]") {
    const std::string text =
        "The ministry said on November 5 that its troops were advancing through Pokrovsk. "
        "Fighting continues in Myrnohrad.";
    const auto doc = dated(2025y / 11 / 7);
    auto expressions = find_temporal_expressions(text, lexicon(), doc.range->best());
    std::vector<Mention> mentions = {mention_of(text, "Pokrovsk"), mention_of(text, "Myrnohrad")};
    auto dates = date_mentions(text, mentions, expressions, doc, clauses());
    REQUIRE(dates.size() == 2);
    REQUIRE(dates[0]);
    CHECK(to_iso(dates[0]->range.best()) == "2025-11-05");
    CHECK(dates[0]->source == DateSource::explicit_date);
    REQUIRE(dates[1]);
    CHECK(to_iso(dates[1]->range.best()) == "2025-11-07");
    CHECK(dates[1]->source == DateSource::document);
}

TEST_CASE("a fuzzy date in the clause governs the place it dates", "[events][dating]") {
    const std::string text = "It is the biggest gain since the takeover of Avdiivka in early 2024.";
    const auto doc = dated(2025y / 11 / 5);
    auto expressions = find_temporal_expressions(text, lexicon(), doc.range->best());
    std::vector<Mention> mentions = {mention_of(text, "Avdiivka")};
    auto dates = date_mentions(text, mentions, expressions, doc, clauses());
    REQUIRE(dates[0]);
    CHECK(dates[0]->range.first == sys_days{2024y / 1 / 1});
    CHECK(dates[0]->range.precision != DatePrecision::day);
}

TEST_CASE("durations do not date a mention", "[events][dating]") {
    const std::string text = "After 2.5 years of relentless combat in Bakhmut the front moved.";
    const auto doc = dated(2025y / 12 / 12);
    auto expressions = find_temporal_expressions(text, lexicon(), doc.range->best());
    std::vector<Mention> mentions = {mention_of(text, "Bakhmut")};
    auto dates = date_mentions(text, mentions, expressions, doc, clauses());
    REQUIRE(dates[0]);
    CHECK(dates[0]->source == DateSource::document);
}

TEST_CASE("an undated document leaves mentions without a date", "[events][dating]") {
    const std::string text = "Shelling was reported near Siversk.";
    DocumentDate undated;
    auto expressions = find_temporal_expressions(text, lexicon(), std::nullopt);
    std::vector<Mention> mentions = {mention_of(text, "Siversk")};
    auto dates = date_mentions(text, mentions, expressions, undated, clauses());
    REQUIRE(dates.size() == 1);
    CHECK_FALSE(dates[0]);
}

TEST_CASE("sentences end at full stops and line breaks but not after abbreviations", "[events][dating]") {
    const std::string text = "Headline line\nGen. Syrskyi said so. Next one! Last";
    auto spans = sentence_spans(text);
    REQUIRE(spans.size() == 4);
    CHECK(text.substr(spans[1].first, spans[1].second - spans[1].first) == "Gen. Syrskyi said so.");
}

TEST_CASE("a sentence ends after a closing quote or bracket that follows its full stop", "[events][dating]") {
    const std::string en = "\"We will hold,\" he said, calling it a gain.\xE2\x80\x9D The Kremlin dismissed it.";
    const std::string uk = "\xC2\xAB\xD0\xA6\xD0\xB5 \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xB3\xD0\xB0.\xC2\xBB "
                           "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C \xD0\xB2\xD1\x96\xD0\xB4\xD0\xBA\xD0\xB8\xD0\xBD\xD1\x83\xD0\xB2.";
    const std::string bracket = "Troops advanced (see the map.) Then they stopped\xE2\x80\xA6 Next day came.";
    CHECK(sentence_spans(en).size() == 2);
    CHECK(sentence_spans(uk).size() == 2);
    CHECK(sentence_spans(bracket).size() == 3);
    CHECK(sentence_spans("He met Gen.\xE2\x80\x9D Syrskyi.").size() == 2);
}

TEST_CASE("a date in the sentence before a closing quote does not reach the next sentence", "[events][dating]") {
    const std::string text = "Russia claimed gains earlier this week.\xE2\x80\x9D The Kremlin dismissed his remarks.";
    CHECK(dating(text, dated(2025y / 11 / 5), {"Kremlin"}) == Dates{"2025-11-05 document"});
}

TEST_CASE("a date in a relative clause dates that clause and its antecedent, not the main clause",
          "[events][dating][clauses]") {
    const auto doc = dated(2022y / 12 / 1);
    CHECK(dating("Taking Bakhmut would lift morale after defeats in cities like Kherson, which Ukraine liberated "
                 "last month.",
                 doc, {"Bakhmut", "Kherson", "Ukraine"}) ==
          Dates{"2022-12-01 document", "2022-11-01 relative", "2022-11-01 relative"});
    CHECK(dating("Взяття Бахмута підняло б дух після поразок у таких містах, як Херсон, який Україна звільнила "
                 "минулого місяця.",
                 doc, {"Бахмута", "Херсон", "Україна"}) ==
          Dates{"2022-12-01 document", "2022-11-01 relative", "2022-11-01 relative"});
    CHECK(dating("Взятие Бахмута подняло бы дух после поражений в таких городах, как Херсон, который Украина "
                 "освободила в прошлом месяце.",
                 doc, {"Бахмута", "Херсон", "Украина"}) ==
          Dates{"2022-12-01 document", "2022-11-01 relative", "2022-11-01 relative"});
}

TEST_CASE("a subordinate clause in the present perfect is not dated by the main clause", "[events][dating][clauses]") {
    const auto doc = dated(2022y / 12 / 1);
    CHECK(dating("While Russia has not reported casualties, Ukraine has claimed as many as 10,000 killed in September.",
                 doc, {"Russia", "Ukraine"}) == Dates{"2022-12-01 document", "2022-09-01 relative"});
    CHECK(dating("Хоча Росія не повідомляє про втрати, Україна у вересні заявила про 10 000 загиблих.", doc,
                 {"Росія", "Україна"}) == Dates{"2022-12-01 document", "2022-09-01 relative"});
    CHECK(dating("Хотя Россия не сообщает о потерях, Украина в сентябре заявила о 10 000 погибших.", doc,
                 {"Россия", "Украина"}) == Dates{"2022-12-01 document", "2022-09-01 relative"});
}

TEST_CASE("a date of the main clause reaches a past subordinate clause", "[events][dating][clauses]") {
    const auto doc = dated(2025y / 11 / 7);
    CHECK(dating("Russian troops advanced on Monday while Ukrainian units withdrew from Myrnohrad.", doc,
                 {"Myrnohrad"}) == Dates{"2025-11-03 relative"});
    CHECK(dating("Російські війська просунулися в понеділок, поки українські підрозділи відходили з Мирнограда.",
                 doc, {"Мирнограда"}) == Dates{"2025-11-03 relative"});
    CHECK(dating("Российские войска продвинулись в понедельник, пока украинские подразделения отходили из "
                 "Мирнограда.",
                 doc, {"Мирнограда"}) == Dates{"2025-11-03 relative"});
}

TEST_CASE("a participle clause takes the main clause's date unless it runs into the present tense",
          "[events][dating][clauses]") {
    const auto doc = dated(2025y / 11 / 7);
    CHECK(dating("Zelenskyy spoke to reporters last week, underlining the stakes for Kyiv as Moscow seeks a victory.",
                 doc, {"Kyiv", "Moscow"}) == Dates{"2025-11-07 document", "2025-11-07 document"});
    CHECK(dating("Missiles struck Kharkiv on Monday, killing three people in Izium.", doc, {"Izium"}) ==
          Dates{"2025-11-03 relative"});
    CHECK(dating("Ракети вдарили по Харкову в понеділок, вбивши трьох людей в Ізюмі.", doc, {"Ізюмі"}) ==
          Dates{"2025-11-03 relative"});
    CHECK(dating("Ракеты ударили по Харькову в понедельник, убив трех человек в Изюме.", doc, {"Изюме"}) ==
          Dates{"2025-11-03 relative"});
}

TEST_CASE("a date after a preposition that opens a clause dates that clause only", "[events][dating][clauses]") {
    const auto doc = dated(2025y / 11 / 5);
    CHECK(dating("Capturing the city would mark Moscow's biggest gain since its takeover of Avdiivka in early 2024.",
                 doc, {"Moscow", "Avdiivka"}) == Dates{"2025-11-05 document", "2024-02-01 explicit"});
    CHECK(dating("Захоплення міста стало б для Москви найбільшим успіхом після взяття Авдіївки на початку 2024 року.",
                 doc, {"Москви", "Авдіївки"}) == Dates{"2025-11-05 document", "2024-02-01 explicit"});
    CHECK(dating("Захват города стал бы для Москвы крупнейшим успехом после взятия Авдеевки в начале 2024 года.",
                 doc, {"Москвы", "Авдеевки"}) == Dates{"2025-11-05 document", "2024-02-01 explicit"});
    // A preposition right before the date is part of it, not a clause: the date reaches the town.
    CHECK(dating("Russian troops entered Pokrovsk after November 1.", doc, {"Pokrovsk"}) ==
          Dates{"2025-11-01 explicit"});
    CHECK(dating("Російські війська увійшли в Покровськ після 1 листопада.", doc, {"Покровськ"}) ==
          Dates{"2025-11-01 explicit"});
}

TEST_CASE("a date of a when-clause sets the time of the main clause", "[events][dating][clauses]") {
    const auto doc = dated(2025y / 11 / 5);
    CHECK(dating("When Russian troops entered Avdiivka in February 2024, Ukrainian units fell back to Pokrovsk.", doc,
                 {"Pokrovsk"}) == Dates{"2024-02-01 explicit"});
    CHECK(dating("Коли російські війська увійшли в Авдіївку в лютому 2024 року, українські підрозділи відійшли до "
                 "Покровська.",
                 doc, {"Покровська"}) == Dates{"2024-02-01 explicit"});
    CHECK(dating("Когда российские войска вошли в Авдеевку в феврале 2024 года, украинские подразделения отошли к "
                 "Покровску.",
                 doc, {"Покровску"}) == Dates{"2024-02-01 explicit"});
}

TEST_CASE("a range of dates dates the mention as of its end", "[events][dating]") {
    const auto doc = dated(2022y / 12 / 1);
    CHECK(dating("Ukraine claimed 10,000 killed between an escalation in September and the final week of November.",
                 doc, {"Ukraine"}) == Dates{"2022-11-30 relative"});
    CHECK(dating("Україна заявила про 10 000 загиблих з вересня по листопад.", doc, {"Україна"}) ==
          Dates{"2022-11-30 relative"});
    CHECK(dating("Украина заявила о 10 000 погибших с сентября по ноябрь.", doc, {"Украина"}) ==
          Dates{"2022-11-30 relative"});
}

TEST_CASE("places in an embedded post take the post's date", "[events][dating][posts]") {
    DocumentDate doc = dated(2022y / 12 / 1);
    doc.how = "inferred";
    const std::string text =
        "The assault on the city went on.\n"
        "The video of the failed attack at Bakhmut near the petrol station.\n"
        "\xE2\x80\x94 Someone (@someone) November 30, 2022\n"
        "Decent hits during the night. #Soledar pic.twitter.com/abc123\n"
        "Fighting also went on near Siversk.";
    CHECK(dating(text, doc, {"Bakhmut", "Soledar", "Siversk"}) ==
          Dates{"2022-11-30 explicit", "2022-11-30 explicit", "2022-12-01 inferred"});
}

TEST_CASE("in a text dated by an inferred year, year-less dates are marked inferred", "[events][dating]") {
    DocumentDate doc;
    doc.range = month_range(2025y / 12);
    doc.how = "inferred-year";
    CHECK(dating("Gerasimov reported the capture of Siversk on December 11. Russia is acting in Donbas.", doc,
                 {"Siversk", "Donbas"}) == Dates{"2025-12-11 inferred", "2025-12-01 inferred"});
}

TEST_CASE("a date in a relative clause about a person reaches a main clause without a date of its own",
          "[events][dating][clauses]") {
    const auto doc = dated(2025y / 12 / 14);
    CHECK(dating("The capture of Siversk has been confirmed by Gerasimov, who reported to Putin on December 11.", doc,
                 {"Siversk"}) == Dates{"2025-12-11 explicit"});
    CHECK(dating("Взяття Сіверська підтвердив той, хто доповів Путіну 11 грудня.", doc, {"Сіверська"}) ==
          Dates{"2025-12-11 explicit"});
    CHECK(dating("Взятие Северска подтвердил тот, кто доложил Путину 11 декабря.", doc, {"Северска"}) ==
          Dates{"2025-12-11 explicit"});
    // A biographical "who" clause is not the news: the main clause keeps the document's date.
    CHECK(dating("Syrskyi, who took command in February 2024, said troops left Pokrovsk.", doc, {"Pokrovsk"}) ==
          Dates{"2025-12-14 document"});
    CHECK(dating("Той, хто очолив армію в лютому 2024 року, визнав вихід з Покровська.", doc, {"Покровська"}) ==
          Dates{"2025-12-14 document"});
    // A present main clause keeps the document's date.
    CHECK(dating("Siversk is now calm, said Gerasimov, who reported to Putin on December 11.", doc, {"Siversk"}) ==
          Dates{"2025-12-14 document"});
}

TEST_CASE("an event named again by its place takes the date the text gives it elsewhere", "[events][dating]") {
    const auto doc = dated(2025y / 12 / 14);
    auto named_again = [&](const std::string& text, const std::string& surface) {
        std::optional<sys_days> anchor = doc.range->best();
        auto expressions = find_temporal_expressions(text, lexicon(), anchor);
        std::vector<Mention> mentions;
        for (std::size_t at = text.find(surface); at != std::string::npos; at = text.find(surface, at + 1)) {
            Mention m = mention_of(text, surface);
            m.byte_begin = at;
            m.byte_end = at + surface.size();
            m.place.geonameid = 694403;
            mentions.push_back(m);
        }
        Dates out;
        for (const auto& d : date_mentions(text, mentions, expressions, doc, clauses()))
            out.push_back(to_iso(d->range.best()) + " " + to_string(d->source));
        return out;
    };
    CHECK(named_again("The capture of Siversk was reported on December 11. The capture of Siversk may change the war. "
                      "Siversk is calm.",
                      "Siversk") == Dates{"2025-12-11 explicit", "2025-12-11 explicit", "2025-12-14 document"});
    CHECK(named_again("Про взяття Сіверська доповіли 11 грудня. Взяття Сіверська змінить війну. Сіверська громада.",
                      "Сіверська") == Dates{"2025-12-11 explicit", "2025-12-11 explicit", "2025-12-14 document"});
    CHECK(named_again("О взятии Северска доложили 11 декабря. Взятие Северска изменит войну. Северска нет.",
                      "Северска") == Dates{"2025-12-11 explicit", "2025-12-11 explicit", "2025-12-14 document"});
}
