#include <catch2/catch.hpp>

#include "app/input/read_documents.hpp"

using frontmap::input::html_title;
using frontmap::input::html_to_text;

TEST_CASE("html_to_text keeps visible text and drops scripts, styles and comments", "[input][html]") {
    const std::string html =
        "<!DOCTYPE html><html><head><title>Front update</title>"
        "<style>p { color: red; }</style><script>var x = '<p>Avdiivka</p>';</script></head>"
        "<body><!-- Bakhmut in a comment --><noscript>enable JS</noscript>"
        "<p>Russian forces advanced near <b>Pokrovsk</b>.</p><p>Second   paragraph\n here.</p>"
        "</body></html>";
    CHECK(html_to_text(html) == "Russian forces advanced near Pokrovsk.\n\nSecond paragraph here.");
}

TEST_CASE("html_to_text decodes named and numeric entities", "[input][html]") {
    CHECK(html_to_text("Kup&rsquo;yansk &amp; Lyman &mdash; &quot;quiet&quot; &#39;x&#39; &hellip;") ==
          "Kup’yansk & Lyman — \"quiet\" 'x' …");
    CHECK(html_to_text("Donetsk&nbsp;oblast") == "Donetsk oblast");
    CHECK(html_to_text("&#1041;&#x430;&#X445;&#1084;&#1091;&#1090;") == "Бахмут");
    CHECK(html_to_text("&#146;s") == "’s");            // Windows-1252 range, as browsers read it
    CHECK(html_to_text("&#0; &#xD800; &#99999999;") == "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
    CHECK(html_to_text("AT&T &unknown; & done") == "AT&T &unknown; & done");
}

TEST_CASE("html_to_text turns block elements and <br> into line breaks", "[input][html]") {
    CHECK(html_to_text("<h1>Title</h1>line one<br>line two<div>box</div><ul><li>a</li><li>b</li></ul>") ==
          "Title\n\nline one\nline two\nbox\na\nb");
    CHECK(html_to_text("<table><tr><td>Siversk</td><td>held</td></tr><tr><td>Lyman</td></tr></table>") ==
          "Siversk held\nLyman");
}

TEST_CASE("html_to_text survives malformed markup", "[input][html]") {
    CHECK(html_to_text("a < b and 3<4") == "a < b and 3<4");
    CHECK(html_to_text("<p>Vuhledar<p>Marinka") == "Vuhledar\n\nMarinka");
    CHECK(html_to_text("text <a href=\"x>y\">link</a>") == "text link");
    CHECK(html_to_text("before <div class=\"unclosed") == "before");
    CHECK(html_to_text("<script>never closed Bakhmut") == "");
    CHECK(html_to_text("<!-- never closed") == "");
    CHECK(html_to_text("") == "");
    CHECK(html_to_text("<<<>>>&&&;;;</ /p>") == "<<<>>>&&&;;;</ /p>");
}

TEST_CASE("html_title returns the page title, decoded", "[input][html]") {
    CHECK(html_title("<html><HEAD><TITLE>Kherson &amp; the  Dnipro\n</TITLE></head>") == "Kherson & the Dnipro");
    CHECK(html_title("<p>no title</p>") == "");
    CHECK(html_title("<titlebar>x</titlebar>") == "");
}
