#include "events/temporal_expressions.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace std::chrono;
using frontmap::Diagnostics;
using frontmap::events::DatePrecision;
using frontmap::events::DateSource;
using frontmap::events::find_temporal_expressions;
using frontmap::events::parse_iso_date;
using frontmap::events::TemporalExpression;
using frontmap::events::TemporalLexicon;
using frontmap::events::to_iso;

namespace {

TemporalLexicon bundled_lexicon() {
    Diagnostics diags;
    auto loaded = TemporalLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/temporal.tsv", diags);
    REQUIRE(diags.items().empty());
    return loaded;
}

sys_days iso(const char* s) { return *parse_iso_date(s); }

// The one expression in `text`, read on `anchor`.
TemporalExpression only(const std::string& text, const char* anchor = "2025-11-07") {
    const auto found = find_temporal_expressions(text, bundled_lexicon(), iso(anchor));
    INFO(text);
    REQUIRE(found.size() == 1);
    return found.front();
}

std::string span_of(const TemporalExpression& e) {
    return to_iso(e.range.first) + ".." + to_iso(e.range.last) + " " + to_string(e.range.precision) + " best " +
           to_iso(e.range.best());
}

}  // namespace

TEST_CASE("bundled temporal lexicon loads without complaints", "[events][temporal]") {
    CHECK(bundled_lexicon().size() > 400);
}

TEST_CASE("reads full English dates in both orders with their byte span", "[events][temporal]") {
    const std::string text = "Fighting on 5 November 2025 and on November 5, 2025 was heavy.";
    const auto found = find_temporal_expressions(text, bundled_lexicon(), std::nullopt);
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "on 5 November 2025");
    CHECK(text.substr(found[0].byte_begin, found[0].byte_end - found[0].byte_begin) == found[0].text);
    CHECK(found[1].text == "on November 5, 2025");
    for (const auto& e : found) {
        CHECK(e.resolved);
        CHECK(e.source == DateSource::explicit_date);
        CHECK(span_of(e) == "2025-11-05..2025-11-05 day best 2025-11-05");
    }
}

TEST_CASE("takes the year of a month and day from the anchor, never far in its future", "[events][temporal]") {
    CHECK(span_of(only("said on Nov. 5 that", "2025-11-07")) == "2025-11-05..2025-11-05 day best 2025-11-05");
    CHECK(only("said on Nov. 5 that").text == "on Nov. 5");
    CHECK(only("reported on December 11", "2025-12-14").range.first == iso("2025-12-11"));
    CHECK(only("reported on December 11", "2026-01-03").range.first == iso("2025-12-11"));
    CHECK(only("KYIV, Oct 14 (Newsroom)", "2025-10-14").range.first == iso("2025-10-14"));
    CHECK(only("the 5th of November", "2025-11-07").range.first == iso("2025-11-05"));
}

TEST_CASE("a month and day without an anchor is found but left unresolved", "[events][temporal]") {
    const auto found = find_temporal_expressions("on December 11", bundled_lexicon(), std::nullopt);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].resolved);
    CHECK(found[0].source == DateSource::explicit_date);
}

TEST_CASE("reads numeric dates and skips ambiguous slashed ones", "[events][temporal]") {
    CHECK(span_of(only("posted 2023-11-09 at noon")) == "2023-11-09..2023-11-09 day best 2023-11-09");
    CHECK(only("станом на 05.11.2025").range.first == iso("2025-11-05"));
    CHECK(only("on 25/10/2025").range.first == iso("2025-10-25"));
    CHECK(find_temporal_expressions("on 11/05/2025", bundled_lexicon(), iso("2025-11-07")).empty());
}

TEST_CASE("a weekday is the most recent such day on or before the anchor", "[events][temporal]") {
    // 2025-11-07 is a Friday.
    CHECK(only("Russia said on Wednesday").range.first == iso("2025-11-05"));
    CHECK(only("Russia said on Wednesday").text == "on Wednesday");
    CHECK(only("losses reported Friday").range.first == iso("2025-11-07"));
    CHECK(only("Thursday morning").weekday == 4);
    CHECK(only("Минобороны в среду заявило").range.first == iso("2025-11-05"));
    CHECK(only("Міноборони у середу заявило").text == "у середу");
    CHECK(only("Міноборони у середу заявило").source == DateSource::relative);
}

TEST_CASE("yesterday, today and overnight count from the anchor", "[events][temporal]") {
    CHECK(span_of(only("Russia said yesterday")) == "2025-11-06..2025-11-06 day best 2025-11-06");
    CHECK(only("вчера вечером").range.first == iso("2025-11-06"));
    CHECK(only("вчора ввечері").range.first == iso("2025-11-06"));
    CHECK(span_of(only("drones attacked overnight")) == "2025-11-06..2025-11-07 day best 2025-11-07");
    CHECK(span_of(only("в ніч на неділю", "2025-10-05")) == "2025-10-04..2025-10-05 day best 2025-10-05");
}

TEST_CASE("last week, earlier this week and last month are calendar units before the anchor", "[events][temporal]") {
    CHECK(span_of(only("advanced last week")) == "2025-10-27..2025-11-02 week best 2025-10-27");
    CHECK(span_of(only("минулого тижня")) == "2025-10-27..2025-11-02 week best 2025-10-27");
    CHECK(span_of(only("на прошлой неделе")) == "2025-10-27..2025-11-02 week best 2025-10-27");
    CHECK(span_of(only("earlier this week")) == "2025-11-03..2025-11-06 week best 2025-11-04");
    CHECK(span_of(only("liberated last month")) == "2025-10-01..2025-10-31 month best 2025-10-01");
    CHECK(span_of(only("this year")) == "2025-01-01..2025-12-31 year best 2025-01-01");
}

TEST_CASE("counts back from the anchor for 'ago' and 'in the past'", "[events][temporal]") {
    CHECK(span_of(only("two days ago")) == "2025-11-05..2025-11-05 day best 2025-11-05");
    CHECK(span_of(only("два дні тому")) == "2025-11-05..2025-11-05 day best 2025-11-05");
    CHECK(span_of(only("три дня назад")) == "2025-11-04..2025-11-04 day best 2025-11-04");
    CHECK(span_of(only("in the past 24 hours")) == "2025-11-06..2025-11-07 day best 2025-11-07");
    CHECK(span_of(only("The past week saw")) == "2025-10-31..2025-11-07 week best 2025-11-07");
    const auto decade = only("nearly a decade ago");
    CHECK(decade.range.precision == DatePrecision::year);
    CHECK(decade.range.first == iso("2013-01-01"));
    CHECK(decade.range.last == iso("2017-12-31"));
}

TEST_CASE("fuzzy parts of years, months and seasons become intervals", "[events][temporal]") {
    CHECK(span_of(only("took Avdiivka in early 2024")) == "2024-01-01..2024-03-31 season best 2024-02-01");
    CHECK(only("took Avdiivka in early 2024").source == DateSource::explicit_date);
    CHECK(span_of(only("in late October")) == "2025-10-21..2025-10-31 week best 2025-10-26");
    CHECK(span_of(only("mid-October")) == "2025-10-11..2025-10-20 week best 2025-10-15");
    CHECK(span_of(only("в начале 2024 года")) == "2024-01-01..2024-03-31 season best 2024-02-01");
    CHECK(only("в начале 2024 года").text == "в начале 2024 года");
    CHECK(span_of(only("наприкінці жовтня")) == "2025-10-21..2025-10-31 week best 2025-10-26");
    CHECK(span_of(only("dating back to the height of summer", "2022-12-01")) ==
          "2022-07-01..2022-07-31 month best 2022-07-01");
    CHECK(span_of(only("fighting since summer", "2022-12-01")) == "2022-06-01..2022-12-01 season best 2022-12-01");
}

TEST_CASE("Ukrainian and Russian day-month dates in case forms", "[events][temporal]") {
    CHECK(only("5 листопада").range.first == iso("2025-11-05"));
    CHECK(only("5 листопада").source == DateSource::explicit_date);
    CHECK(span_of(only("5 ноября 2025 года")) == "2025-11-05..2025-11-05 day best 2025-11-05");
    CHECK(only("5 ноября 2025 года").text == "5 ноября 2025 года");
    CHECK(span_of(only("у листопаді 2025 року")) == "2025-11-01..2025-11-30 month best 2025-11-01");
}

TEST_CASE("lengths of time are flagged as durations, not dates", "[events][temporal]") {
    CHECK(only("after 2.5 years of relentless combat").duration);
    CHECK(only("after 2.5 years of relentless combat").text == "2.5 years of");
    CHECK(only("held out for three days").duration);
    CHECK(only("as the war enters its third year").duration);
    CHECK(only("идет третий год войны").duration);
    CHECK(only("протягом двох тижнів").duration);
    CHECK(only("in more than two years of war").duration);
}

TEST_CASE("ordinary words that look like dates are not dates", "[events][temporal]") {
    const auto found = find_temporal_expressions("Russia may advance after the fall of Bakhmut; 2024 drones", bundled_lexicon(),
                                                 iso("2025-11-07"));
    CHECK(found.empty());
}

TEST_CASE("two dates joined after a range word are one interval read at its end", "[events][temporal]") {
    for (const std::string text : {"killed between an escalation in September and the final week of November",
                                   "втрати з вересня по листопад", "потери с сентября по ноябрь",
                                   "between September through November"}) {
        const auto e = only(text, "2022-12-01");
        CHECK(span_of(e) == "2022-09-01..2022-11-30 month best 2022-11-30");
    }
    // Without a range word before them, two dates stay two; "from" opens a range only right before it.
    for (const std::string text : {"In September and in November", "Troops withdrew from Kherson in September and in "
                                                                     "November"}) {
        const auto found = find_temporal_expressions(text, bundled_lexicon(), iso("2022-12-01"));
        CHECK(found.size() == 2);
    }
    CHECK(span_of(only("from September to November", "2022-12-01")) == "2022-09-01..2022-11-30 month best 2022-11-30");
}

TEST_CASE("the first or final week of a month is its early or late part", "[events][temporal]") {
    CHECK(span_of(only("in the final week of November", "2022-12-01")) == "2022-11-21..2022-11-30 week best 2022-11-25");
    CHECK(span_of(only("last week of November", "2022-12-01")) == "2022-11-21..2022-11-30 week best 2022-11-25");
    CHECK(span_of(only("в останній тиждень листопада", "2022-12-01")) ==
          "2022-11-21..2022-11-30 week best 2022-11-25");
    CHECK(span_of(only("в первую неделю ноября", "2022-12-01")) == "2022-11-01..2022-11-10 week best 2022-11-05");
    // "last week" alone is still the week before the anchor.
    CHECK(span_of(only("last week", "2022-12-01")) == "2022-11-21..2022-11-27 week best 2022-11-21");
}

TEST_CASE("an expression says whether the text writes its year", "[events][temporal]") {
    CHECK(only("on December 11").year_stated == false);
    CHECK(only("on 11 December 2025").year_stated);
    CHECK(only("05.11.2025").year_stated);
    CHECK(only("yesterday").year_stated == false);
}

TEST_CASE("since the season runs from the season to the anchor", "[events][temporal]") {
    CHECK(span_of(only("since the spring", "2025-08-06")) == "2025-03-01..2025-08-06 season best 2025-08-06");
}
