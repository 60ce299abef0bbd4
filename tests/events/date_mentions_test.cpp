// Which date each place mention takes: its sentence's expression, else the document's.
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

}  // namespace

TEST_CASE("a mention takes the date stated in its own sentence", "[events][dating]") {
    const std::string text =
        "The ministry said on November 5 that its troops were advancing through Pokrovsk. "
        "Fighting continues in Myrnohrad.";
    const auto doc = dated(2025y / 11 / 7);
    auto expressions = find_temporal_expressions(text, lexicon(), doc.range->best());
    std::vector<Mention> mentions = {mention_of(text, "Pokrovsk"), mention_of(text, "Myrnohrad")};
    auto dates = date_mentions(text, mentions, expressions, doc);
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
    auto dates = date_mentions(text, mentions, expressions, doc);
    REQUIRE(dates[0]);
    CHECK(dates[0]->range.first == sys_days{2024y / 1 / 1});
    CHECK(dates[0]->range.precision != DatePrecision::day);
}

TEST_CASE("durations do not date a mention", "[events][dating]") {
    const std::string text = "After 2.5 years of relentless combat in Bakhmut the front moved.";
    const auto doc = dated(2025y / 12 / 12);
    auto expressions = find_temporal_expressions(text, lexicon(), doc.range->best());
    std::vector<Mention> mentions = {mention_of(text, "Bakhmut")};
    auto dates = date_mentions(text, mentions, expressions, doc);
    REQUIRE(dates[0]);
    CHECK(dates[0]->source == DateSource::document);
}

TEST_CASE("an undated document leaves mentions without a date", "[events][dating]") {
    const std::string text = "Shelling was reported near Siversk.";
    DocumentDate undated;
    auto expressions = find_temporal_expressions(text, lexicon(), std::nullopt);
    std::vector<Mention> mentions = {mention_of(text, "Siversk")};
    auto dates = date_mentions(text, mentions, expressions, undated);
    REQUIRE(dates.size() == 1);
    CHECK_FALSE(dates[0]);
}

TEST_CASE("sentences end at full stops and line breaks but not after abbreviations", "[events][dating]") {
    const std::string text = "Headline line\nGen. Syrskyi said so. Next one! Last";
    auto spans = sentence_spans(text);
    REQUIRE(spans.size() == 4);
    CHECK(text.substr(spans[1].first, spans[1].second - spans[1].first) == "Gen. Syrskyi said so.");
}
