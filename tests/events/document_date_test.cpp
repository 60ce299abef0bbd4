#include "events/document_date.hpp"

#include <catch2/catch.hpp>
#include <string>

using frontmap::Diagnostics;
using frontmap::Document;
using frontmap::events::find_document_date;
using frontmap::events::TemporalLexicon;
using frontmap::events::to_iso;

namespace {

TemporalLexicon bundled_lexicon() {
    Diagnostics diags;
    return TemporalLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/temporal.tsv", diags);
}

// "how date" of a document with `text`, or "none".
std::string dating(const std::string& text, std::optional<std::string> input_date = std::nullopt) {
    Document doc;
    doc.text = text;
    doc.date = std::move(input_date);
    const auto found = find_document_date(doc, bundled_lexicon());
    return found.range ? found.how + " " + to_iso(found.range->best()) : found.how;
}

}  // namespace

TEST_CASE("the input's date wins over anything in the text", "[events][document_date]") {
    CHECK(dating(" date 2023-11-09 Fighting went on.", "2024-01-02T08:00:00Z") == "input 2024-01-02");
}

TEST_CASE("a header line dates the document", "[events][document_date]") {
    CHECK(dating(" date 2023-11-09 The conflict continues.") == "header 2023-11-09");
    CHECK(dating("Title: Something\nDate: 2025-10-14\nSource: x\n\nText.") == "header 2025-10-14");
}

TEST_CASE("a dateline line with a time dates the document", "[events][document_date]") {
    CHECK(dating("WORLD\nA+\nHeadline here\n\n07 November 2025 11:03\n\nTroops advanced on November 5.") ==
          "dateline 2025-11-07");
}

TEST_CASE("a wire dateline takes its year from elsewhere in the text", "[events][document_date]") {
    CHECK(dating("KYIV, Oct 14 (Newsroom) - Troops held. Copyright \xC2\xA9 2025 Newsroom.") == "dateline 2025-10-14");
    CHECK(dating("KYIV, Oct 14 (Newsroom) - Troops held.") == "none");
}

TEST_CASE("html metadata dates the document", "[events][document_date]") {
    CHECK(dating(R"(<meta property="article:published_time" content="2025-11-05T10:00:00Z"> Text)") ==
          "html-meta 2025-11-05");
}

TEST_CASE("embedded post dates and a weekday word infer the publication day", "[events][document_date]") {
    // Posts of Tuesday 29 and Wednesday 30 November 2022; "Thursday" then is 1 December 2022.
    const std::string text =
        "The assault went on. In a Thursday post the staff reported shelling.\n"
        "— Staff (@staff) November 29, 2022\n"
        "The adviser told a broadcaster Wednesday that losses were high.\n"
        "— Staff (@staff) November 30, 2022\n"
        "The latest figures were reported Thursday morning.";
    CHECK(dating(text) == "inferred 2022-12-01");
}

TEST_CASE("the latest stated full date dates a text without weekday words", "[events][document_date]") {
    CHECK(dating("On 3 March 2024 the town fell; on 1 March 2024 it was encircled.") == "inferred 2024-03-03");
}

TEST_CASE("a text without a year stays undated", "[events][document_date]") {
    CHECK(dating("Gerasimov reported on December 11 that the town was taken, as the war enters its third year.") ==
          "none");
    CHECK(dating("") == "none");
}

namespace {

std::string dating_on(const std::string& text, const char* today) {
    Document doc;
    doc.text = text;
    const auto found = find_document_date(doc, bundled_lexicon(), frontmap::events::parse_iso_date(today));
    return found.range ? found.how + " " + to_iso(found.range->first) + ".." + to_iso(found.range->last) : found.how;
}

}  // namespace

TEST_CASE("a text that writes no year is dated to the month of its latest day before today",
          "[events][document_date]") {
    const std::string en = "Gerasimov reported on December 11 that the town was taken; on December 9 it was stormed.";
    CHECK(dating_on(en, "2026-11-21") == "inferred-year 2025-12-01..2025-12-31");
    CHECK(dating_on(en, "2025-12-20") == "inferred-year 2025-12-01..2025-12-31");
    // 11 December 2025 is still ahead on 10 December, so the latest is 9 December 2025.
    CHECK(dating_on(en, "2025-12-10") == "inferred-year 2025-12-01..2025-12-31");
    CHECK(dating_on("On December 11 the town fell.", "2025-12-10") == "inferred-year 2024-12-01..2024-12-31");
    CHECK(dating_on("Герасимов доповів 11 грудня про взяття міста.", "2026-01-05") ==
          "inferred-year 2025-12-01..2025-12-31");
    CHECK(dating_on("Герасимов доложил 11 декабря о взятии города.", "2026-01-05") ==
          "inferred-year 2025-12-01..2025-12-31");
}

TEST_CASE("the year is inferred only when no other source dates the text", "[events][document_date]") {
    CHECK(dating_on("Date: 2024-03-01\nOn December 11 the town fell.", "2026-11-21") == "header 2024-03-01..2024-03-01");
    CHECK(dating_on("The town fell on Thursday.", "2026-11-21") == "none");  // no month and day to count from
}

TEST_CASE("a wire dateline with an em dash dates the text", "[events][document_date]") {
    CHECK(dating("KYIV, March 14, 2025 — Russian forces struck Odesa overnight, the governor said on Friday. "
                 "On Thursday troops repelled assaults.") == "dateline 2025-03-14");
}
