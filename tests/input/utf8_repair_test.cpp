#include <catch2/catch.hpp>

#include "app/input/read_documents.hpp"

using frontmap::input::find_invalid_utf8;
using frontmap::input::repair_utf8_in_place;

TEST_CASE("accepts well-formed UTF-8 in every script the reports use", "[input][utf8]") {
    CHECK_FALSE(find_invalid_utf8("Bakhmut, Бахмут, Покровськ — 🇺🇦 ok"));
    CHECK_FALSE(find_invalid_utf8(""));
    CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST_CASE("finds the first invalid byte", "[input][utf8]") {
    CHECK(find_invalid_utf8("ab\xFF" "cd") == 2u);
    CHECK(find_invalid_utf8("\x80") == 0u);               // stray continuation byte
    CHECK(find_invalid_utf8("Київ\xD0") == 8u);           // sequence cut short at the end
}

TEST_CASE("rejects overlong forms, surrogates and code points above U+10FFFF", "[input][utf8]") {
    CHECK(find_invalid_utf8("\xC0\xAF") == 0u);           // overlong '/'
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0u);       // overlong three-byte
    CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0u);   // overlong four-byte
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);       // U+D800 surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);   // U+110000
    CHECK(find_invalid_utf8("\xF8\x88\x80\x80\x80") == 0u);
}

TEST_CASE("repair replaces each bad byte with '?' so offsets stay valid", "[input][utf8]") {
    std::string text = "Kramatorsk \xFF\xFE near Slovyansk \xED\xA0\x80.";
    const std::size_t size = text.size();
    CHECK(repair_utf8_in_place(text) == 5u);
    CHECK(text == "Kramatorsk ?? near Slovyansk ???.");
    CHECK(text.size() == size);
    CHECK_FALSE(find_invalid_utf8(text));

    std::string clean = "Часів Яр";
    CHECK(repair_utf8_in_place(clean) == 0u);
    CHECK(clean == "Часів Яр");
}
