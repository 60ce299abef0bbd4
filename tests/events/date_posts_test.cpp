// Embedded social-media posts and the dates their signatures give.
#include "events/date_posts.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace frontmap::events;

namespace {

ClauseLexicon bundled_clauses() {
    frontmap::Diagnostics diags;
    return ClauseLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/clauses.tsv", diags);
}

TemporalLexicon bundled_lexicon() {
    frontmap::Diagnostics diags;
    return TemporalLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/temporal.tsv", diags);
}

// Each post as "date|text".
std::vector<std::string> posts_in(const std::string& text) {
    const auto expressions = find_temporal_expressions(text, bundled_lexicon(), parse_iso_date("2022-12-01"));
    std::vector<std::string> out;
    for (const auto& post : find_embedded_posts(text, expressions, bundled_clauses()))
        out.push_back(to_iso(post.date.best()) + "|" + text.substr(post.byte_begin, post.byte_end - post.byte_begin));
    return out;
}

using Posts = std::vector<std::string>;

}  // namespace

TEST_CASE("a post is the paragraph before its signature, with a media line after it", "[events][posts]") {
    const std::string text =
        "Article text here.\n"
        "Shelling near #Bakhmut today.\n"
        "\xE2\x80\x94 Someone (@someone) November 29, 2022\n"
        "More of it. pic.twitter.com/abc\n"
        "Article text again.\n";
    CHECK(posts_in(text) == Posts{"2022-11-29|Shelling near #Bakhmut today.\n"
                                  "\xE2\x80\x94 Someone (@someone) November 29, 2022\n"
                                  "More of it. pic.twitter.com/abc"});
}

TEST_CASE("Ukrainian and Russian signatures date their posts", "[events][posts]") {
    CHECK(posts_in("Обстріл Бахмута.\n\xE2\x80\x94 Хтось (@someone) 30 листопада 2022 р.\nДалі текст.") ==
          Posts{"2022-11-30|Обстріл Бахмута.\n\xE2\x80\x94 Хтось (@someone) 30 листопада 2022 р."});
    CHECK(posts_in("Обстрел Бахмута.\n\xE2\x80\x94 Кто-то (@someone) 30 ноября 2022 г.\nДальше текст.") ==
          Posts{"2022-11-30|Обстрел Бахмута.\n\xE2\x80\x94 Кто-то (@someone) 30 ноября 2022 г."});
}

TEST_CASE("a line is a signature only with a dash, a handle and a closing date", "[events][posts]") {
    CHECK(posts_in("Text.\nSomeone (@someone) November 29, 2022\n").empty());              // no dash
    CHECK(posts_in("Text.\n\xE2\x80\x94 Someone November 29, 2022\n").empty());             // no handle
    CHECK(posts_in("Text.\n\xE2\x80\x94 Someone (@someone) on November 29, 2022 said more\n").empty());  // date not last
    CHECK(posts_in("Text.\n\xE2\x80\x94 Someone (@someone) in 2022\n").empty());            // not a day
}
