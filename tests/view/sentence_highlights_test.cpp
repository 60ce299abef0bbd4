// The details pane colours the place, the cue words and the dates in the source sentence.
#include <catch2/catch.hpp>

#include "core/diagnostics.hpp"
#include "view/sentence_highlights.hpp"

using namespace frontmap;

TEST_CASE("the place, the cue words and the date are marked in the sentence", "[view][details]") {
    Diagnostics diags;
    const auto lexicon = events::TemporalLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/temporal.tsv", diags);
    geo::EventRecord e;
    e.sentence = "Russian forces captured Rodynske on 5 November, the ministry said.";
    e.text = "Rodynske";
    e.cues = {"captur", "said"};
    e.day = std::chrono::sys_days{std::chrono::year{2025} / 11 / 5};
    const auto marks = view::highlight_sentence(e, lexicon);
    auto marked = [&](view::Mark kind) {
        std::vector<std::string> out;
        for (const auto& h : marks)
            if (h.mark == kind) out.push_back(e.sentence.substr(h.begin, h.end - h.begin));
        return out;
    };
    CHECK(marked(view::Mark::place) == std::vector<std::string>{"Rodynske"});
    CHECK(marked(view::Mark::cue) == std::vector<std::string>{"captured", "said"});
    REQUIRE(marked(view::Mark::date).size() == 1);
    CHECK(marked(view::Mark::date)[0].find("5 November") != std::string::npos);
    for (std::size_t i = 1; i < marks.size(); ++i) CHECK(marks[i - 1].end <= marks[i].begin);
}
