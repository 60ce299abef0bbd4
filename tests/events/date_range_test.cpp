#include "events/date_range.hpp"
#include "events/temporal_lexicon.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono;
using frontmap::Diagnostics;
using frontmap::events::BestDay;
using frontmap::events::DatePrecision;
using frontmap::events::DateRange;
using frontmap::events::parse_iso_date;
using frontmap::events::TemporalLexicon;
using frontmap::events::to_iso;

TEST_CASE("ISO dates round-trip and timestamps keep only the day", "[events][date_range]") {
    CHECK(to_iso(*parse_iso_date("2025-11-05")) == "2025-11-05");
    CHECK(to_iso(*parse_iso_date("2025-11-05T10:00:00Z")) == "2025-11-05");
    CHECK_FALSE(parse_iso_date("2025-02-30"));
    CHECK_FALSE(parse_iso_date("05.11.2025"));
    CHECK_FALSE(parse_iso_date("2025-11-05x"));
    CHECK(std::string(to_string(DatePrecision::season)) == "season");
}

TEST_CASE("best day is the start, the middle snapped to its month, or the end", "[events][date_range]") {
    const sys_days jan1 = *parse_iso_date("2024-01-01"), mar31 = *parse_iso_date("2024-03-31");
    CHECK(to_iso(DateRange{jan1, mar31, DatePrecision::season, BestDay::start}.best()) == "2024-01-01");
    CHECK(to_iso(DateRange{jan1, mar31, DatePrecision::season, BestDay::middle}.best()) == "2024-02-01");
    CHECK(to_iso(DateRange{jan1, mar31, DatePrecision::week, BestDay::middle}.best()) == "2024-02-15");
    CHECK(to_iso(DateRange{jan1, mar31, DatePrecision::day, BestDay::end}.best()) == "2024-03-31");
}

TEST_CASE("malformed temporal lexicon lines are reported with their line and skipped", "[events][date_range]") {
    Diagnostics diags;
    const auto lexicon = TemporalLexicon::parse("# header\nmonth\ten\tnovember\t11\nmonthly\ten\tx\t1\nbad line\n",
                                                diags, "temporal.tsv");
    CHECK(lexicon.size() == 1);
    const auto items = diags.items();
    REQUIRE(items.size() == 2);
    CHECK(items[0].where == "temporal.tsv:3");
    CHECK(items[1].where == "temporal.tsv:4");
}

TEST_CASE("a missing temporal lexicon is an error, not a crash", "[events][date_range]") {
    Diagnostics diags;
    const auto lexicon = TemporalLexicon::load("/nonexistent/temporal.tsv", diags);
    CHECK(lexicon.size() == 0);
    CHECK(diags.items().size() == 1);
}
