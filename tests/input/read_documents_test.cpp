#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <vector>

#include "app/input/read_documents.hpp"
#include "tests/support/temp_folder.hpp"

using frontmap::Diagnostic;
using frontmap::Diagnostics;
using frontmap::Document;
using frontmap::input::ReadOptions;
using frontmap::test::TempFolder;

namespace {

struct ReadResult {
    std::vector<Document> documents;
    std::vector<Diagnostic> problems;
    std::size_t skipped = 0;
};

ReadResult read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options = {}) {
    Diagnostics diags;
    ReadResult result;
    frontmap::input::read_documents(inputs, options, diags,
                                    [&](Document&& doc) { result.documents.push_back(std::move(doc)); });
    result.problems = diags.items();
    result.skipped = diags.skipped_count();
    return result;
}

std::string describe(const std::vector<Diagnostic>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.where + ": " + p.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("reads a plain text file as one document whose id is its path", "[input]") {
    TempFolder dir;
    const auto path = dir.write("report.txt", "Ukrainian forces held Chasiv Yar.\n");
    ReadOptions options;
    options.date = "2024-05-01";
    const auto r = read_inputs({path}, options);
    INFO(describe(r.problems));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.problems.empty());
    CHECK(r.documents[0].id == path);
    CHECK(r.documents[0].path == path);
    CHECK(r.documents[0].format == "text");
    CHECK(r.documents[0].text == "Ukrainian forces held Chasiv Yar.\n");
    CHECK(r.documents[0].date == "2024-05-01");
    CHECK(r.documents[0].base_offset == 0);
}

TEST_CASE("reads inputs in order and folders recursively sorted, skipping hidden and binary files", "[input]") {
    TempFolder dir;
    dir.write("news/b.txt", "B");
    dir.write("news/a.txt", "A");
    dir.write("news/sub/c.md", "# C");
    dir.write("news/.hidden.txt", "hidden");
    dir.write("news/.git/config.txt", "hidden folder");
    dir.write("news/map.png", std::string("\x89PNG\r\n\x1a\n", 8));
    const auto first = dir.write("first.txt", "first");
    const auto r = read_inputs({first, dir / "news"});
    INFO(describe(r.problems));
    REQUIRE(r.documents.size() == 4);
    CHECK(r.documents[0].text == "first");
    CHECK(r.documents[1].text == "A");
    CHECK(r.documents[2].text == "B");
    CHECK(r.documents[3].text == "# C");
    CHECK(r.documents[3].format == "markdown");
    CHECK(r.skipped == 0);
}

TEST_CASE("reads JSONL records with id, text, date, title, url and source", "[input][jsonl]") {
    TempFolder dir;
    const auto path = dir.write("feed.jsonl",
        "{\"id\": \"isw-1\", \"text\": \"Fighting near Toretsk.\", \"date\": \"2024-06-02\", "
        "\"title\": \"Assessment\", \"url\": \"https://example.org/a\", \"source\": \"ISW\"}\n"
        "\n"
        "{\"id\": 42, \"text\": \"Strikes on Kharkiv.\"}\r\n"
        "   \n"
        "{\"text\": \"No id here.\"}");
    ReadOptions options;
    options.date = "2024-01-01";
    const auto r = read_inputs({path}, options);
    INFO(describe(r.problems));
    CHECK(r.problems.empty());
    REQUIRE(r.documents.size() == 3);
    CHECK(r.documents[0].id == "isw-1");
    CHECK(r.documents[0].date == "2024-06-02");
    CHECK(r.documents[0].title == "Assessment");
    CHECK(r.documents[0].url == "https://example.org/a");
    CHECK(r.documents[0].source == "ISW");
    CHECK(r.documents[0].format == "jsonl");
    CHECK(r.documents[1].id == "42");
    CHECK(r.documents[1].date == "2024-01-01");
    CHECK(r.documents[2].id == path + ":5");
    CHECK(r.documents[2].text == "No id here.");
}

TEST_CASE("a broken JSONL line is reported with line and byte and the next line is still read", "[input][jsonl]") {
    TempFolder dir;
    const auto path = dir.write("feed.ndjson",
        "{\"text\": \"one\"}\n"
        "{\"text\": \"two\", oops}\n"
        "{\"title\": \"no text\"}\n"
        "{\"text\": 7}\n"
        "[1, 2]\n"
        "{\"text\": \"bin\\u0000ary\"}\n"
        "{\"text\": \"three\"}\n");
    const auto r = read_inputs({path});
    INFO(describe(r.problems));
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].text == "one");
    CHECK(r.documents[1].text == "three");
    REQUIRE(r.problems.size() == 5);
    CHECK(r.skipped == 5);
    CHECK(r.problems[0].where == path + ":2");
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("invalid JSON at byte 17: "));
    CHECK_THAT(r.problems[0].message, Catch::EndsWith("; line skipped"));
    CHECK(r.problems[1].where == path + ":3");
    CHECK_THAT(r.problems[1].message, Catch::Contains("no \"text\" field"));
    CHECK_THAT(r.problems[2].message, Catch::Contains("\"text\" is a number"));
    CHECK_THAT(r.problems[3].message, Catch::Contains("expected a JSON object"));
    CHECK(r.problems[4].where == path + ":6");
    CHECK_THAT(r.problems[4].message, Catch::Contains("NUL byte"));
}

TEST_CASE("a JSONL line over the size limit is skipped with its size and the limit", "[input][jsonl]") {
    TempFolder dir;
    const std::string huge = "{\"text\": \"" + std::string(5000, 'x') + "\"}";
    const auto path = dir.write("big.jsonl", "{\"text\": \"small\"}\n" + huge + "\n{\"text\": \"after\"}\n");
    ReadOptions options;
    options.max_document_bytes = 1000;
    const auto r = read_inputs({path}, options);
    INFO(describe(r.problems));
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[1].text == "after");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == path + ":2");
    CHECK_THAT(r.problems[0].message, Catch::Contains(std::to_string(huge.size()) + " bytes"));
    CHECK_THAT(r.problems[0].message, Catch::Contains("limit of 1000 bytes"));
}

TEST_CASE("a text file over the limit comes in parts split at white space with their offsets", "[input]") {
    TempFolder dir;
    std::string text;
    for (int i = 0; i < 200; ++i) text += "Краматорськ and Sloviansk " + std::to_string(i) + " ";
    const auto path = dir.write("long.txt", text);
    ReadOptions options;
    options.max_document_bytes = 100;
    const auto r = read_inputs({path}, options);
    INFO(describe(r.problems));
    CHECK(r.problems.empty());
    REQUIRE(r.documents.size() > 10);
    std::string joined;
    for (const auto& doc : r.documents) {
        CHECK(doc.id == path);
        CHECK(doc.text.size() <= 100);
        CHECK(doc.base_offset == joined.size());
        CHECK_FALSE(frontmap::input::find_invalid_utf8(doc.text));
        CHECK((doc.text.back() == ' ' || &doc == &r.documents.back()));
        joined += doc.text;
    }
    CHECK(joined == text);
}

TEST_CASE("a text without white space is split between UTF-8 characters", "[input]") {
    const std::string text = std::string(50, 'x') +
                             "ЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯ";
    Diagnostics diags;
    std::vector<Document> docs;
    ReadOptions options;
    options.max_document_bytes = 7;
    frontmap::input::read_document_bytes(text, "nospace.txt", options, diags,
                                         [&](Document&& d) { docs.push_back(std::move(d)); });
    std::string joined;
    for (const auto& doc : docs) {
        CHECK(doc.text.size() <= 7);
        CHECK_FALSE(frontmap::input::find_invalid_utf8(doc.text));
        CHECK(doc.base_offset == joined.size());
        joined += doc.text;
    }
    CHECK(joined == text);
    CHECK(diags.items().empty());
}

TEST_CASE("invalid UTF-8 is reported by byte, repaired in place and the document kept", "[input]") {
    TempFolder dir;
    const std::string tail = " Ukrainian units reported shelling along the Oskil river.";
    const auto path = dir.write("latin1.txt", "Near Kup\xFF" "yansk and Izium\xC0\xAF." + tail);
    const auto r = read_inputs({path});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Near Kup?yansk and Izium??." + tail);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].skipped);
    CHECK(r.problems[0].where == path + ": byte 8");
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("invalid UTF-8 (0xFF …); 3 bytes replaced with '?'"));
    CHECK_THAT(r.problems[0].message, Catch::Contains("3 bytes replaced with '?'"));
}

TEST_CASE("invalid UTF-8 in a JSONL record is repaired and the record kept", "[input][jsonl]") {
    TempFolder dir;
    const auto path = dir.write("bad.jsonl", "{\"text\": \"Bakh\xFFmut\"}\n");
    const auto r = read_inputs({path});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Bakh?mut");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == path + ":1");
    CHECK_THAT(r.problems[0].message, Catch::Contains("invalid UTF-8"));
}

TEST_CASE("files with NUL bytes or mostly invalid UTF-8 are skipped as binary", "[input]") {
    TempFolder dir;
    const auto nul = dir.write("dump.txt", std::string("abc\0def", 7));
    std::string noise;
    for (int i = 0; i < 1000; ++i) noise += static_cast<char>(0x80 + i % 64);
    const auto cp1251 = dir.write("legacy.txt", noise);
    const auto r = read_inputs({nul, cp1251});
    CHECK(r.documents.empty());
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].where == nul + ": byte 3");
    CHECK(r.problems[0].message == "binary file (NUL byte); skipped");
    CHECK(r.problems[1].where == cp1251);
    CHECK_THAT(r.problems[1].message, Catch::StartsWith("binary file"));
    CHECK(r.skipped == 2);
}

TEST_CASE("empty, missing and unreadable inputs are reported and skipped", "[input]") {
    TempFolder dir;
    const auto empty = dir.write("empty.txt", "");
    const auto blank = dir.write("blank.md", " \n\t\n");
    const auto blank_jsonl = dir.write("blank.jsonl", "\n\n");
    const auto missing = dir / "missing.txt";
    const auto locked = dir.write("locked.txt", "secret");
    ::chmod(locked.c_str(), 0);
    const auto r = read_inputs({empty, blank, blank_jsonl, missing, locked, dir / "missing-folder/"});
    INFO(describe(r.problems));
    CHECK(r.documents.size() == (::geteuid() == 0 ? 1u : 0u));  // root reads anything
    REQUIRE(r.problems.size() >= 5);
    CHECK(r.problems[0].where == empty);
    CHECK(r.problems[0].message == "empty file; nothing to read");
    CHECK(r.problems[1].where == blank);
    CHECK(r.problems[2].where == blank_jsonl);
    CHECK(r.problems[3].where == missing);
    CHECK(r.problems[3].message == "no such file or directory");
    if (::geteuid() != 0) {
        CHECK(r.problems[4].where == locked);
        CHECK_THAT(r.problems[4].message, Catch::Contains("Permission denied"));
    }
    for (const auto& p : r.problems) CHECK(p.skipped);
}

TEST_CASE("a byte order mark is dropped and base_offset still points into the file", "[input]") {
    TempFolder dir;
    const auto path = dir.write("bom.txt", "\xEF\xBB\xBFVovchansk");
    const auto r = read_inputs({path});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Vovchansk");
    CHECK(r.documents[0].base_offset == 3);
    const auto jsonl = dir.write("bom.jsonl", "\xEF\xBB\xBF{\"text\": \"Robotyne\"}\n");
    const auto j = read_inputs({jsonl});
    INFO(describe(j.problems));
    REQUIRE(j.documents.size() == 1);
    CHECK(j.documents[0].text == "Robotyne");
}

TEST_CASE("HTML is recognised by extension or content and its title kept", "[input][html]") {
    TempFolder dir;
    const auto by_ext = dir.write("page.htm", "<title>Kyiv &amp; Lviv</title><p>Air raid over Lviv.</p>");
    const auto by_content = dir.write("page.txt", "\n  <!DOCTYPE html><body>Odesa<script>x()</script></body>");
    const auto r = read_inputs({by_ext, by_content});
    INFO(describe(r.problems));
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].format == "html");
    CHECK(r.documents[0].title == "Kyiv & Lviv");
    CHECK(r.documents[0].text == "Air raid over Lviv.");
    CHECK(r.documents[1].format == "html");
    CHECK(r.documents[1].text == "Odesa");
}

TEST_CASE("bytes in memory read like a file of that name; \"-\" sniffs JSONL by its first byte", "[input]") {
    Diagnostics diags;
    std::vector<Document> docs;
    const auto collect = [&](Document&& d) { docs.push_back(std::move(d)); };
    frontmap::input::read_document_bytes("  {\"id\": \"a\", \"text\": \"Kherson\"}\n", "-", {}, diags, collect);
    frontmap::input::read_document_bytes("plain words from stdin", "-", {}, diags, collect);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "a");
    CHECK(docs[0].format == "jsonl");
    CHECK(docs[1].id == "-");
    CHECK(docs[1].format == "text");
    CHECK(diags.items().empty());
}

TEST_CASE("an unparseable JSONL date is reported by line and dropped, and the record kept", "[input][jsonl]") {
    TempFolder dir;
    const auto path = dir.write("dates.jsonl",
                                "{\"id\": \"a\", \"text\": \"Kupiansk\", \"date\": \"last Tuesday\"}\n"
                                "{\"id\": \"b\", \"text\": \"Odesa\", \"date\": \"2025-02-30\"}\n"
                                "{\"id\": \"c\", \"text\": \"Sumy\", \"date\": \"2025-11-05T10:00:00Z\"}\n");
    const auto r = read_inputs({path});
    REQUIRE(r.documents.size() == 3);
    CHECK_FALSE(r.documents[0].date);
    CHECK_FALSE(r.documents[1].date);
    CHECK(r.documents[2].date == "2025-11-05T10:00:00Z");
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].where == path + ":1");
    CHECK_THAT(r.problems[0].message, Catch::Contains("last Tuesday") && Catch::Contains("ISO 8601"));
    CHECK(r.problems[1].where == path + ":2");
}
