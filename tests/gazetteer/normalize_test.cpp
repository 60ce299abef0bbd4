#include "gazetteer/normalize.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <utf8proc.h>

using frontmap::gaz::dominant_script;
using frontmap::gaz::fold_name;
using frontmap::gaz::is_all_uppercase;
using frontmap::gaz::Script;
using frontmap::gaz::skeleton_key;
using frontmap::gaz::starts_uppercase;

namespace {

std::string skeleton_of(std::string_view text) { return skeleton_key(fold_name(text)); }

bool is_ascii(std::string_view s) {
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

std::string encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

// What utf8proc alone makes of a string with the options the header promises.
std::string fold_by_utf8proc(const std::string& s) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &mapped, options);
    std::string out = n >= 0 ? std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n)) : "";
    std::free(mapped);
    return out;
}

}  // namespace

TEST_CASE("fold_name lowercases and strips diacritics in Latin names", "[gazetteer][normalize]") {
    CHECK(fold_name("Kupiansk") == "kupiansk");
    CHECK(fold_name("KUPIANSK") == "kupiansk");
    CHECK(fold_name("São Tomé") == "sao tome");
    CHECK(fold_name("Straße") == "strasse");
    CHECK(fold_name("Łódź") == "łodz");
}

TEST_CASE("fold_name removes apostrophes of every kind", "[gazetteer][normalize]") {
    CHECK(fold_name("Kup'yansk") == "kupyansk");
    CHECK(fold_name("Куп’янськ") == "купянськ");
    CHECK(fold_name("Кам\u02BCянка") == "камянка");
    CHECK(fold_name("Кам`янка") == "камянка");
    CHECK(fold_name("Кам\u00B4янка") == "камянка");
    CHECK(fold_name("Кам\u2032янка") == "камянка");
}

TEST_CASE("fold_name turns hyphens, dashes and odd spaces into single spaces and trims", "[gazetteer][normalize]") {
    CHECK(fold_name("Chasiv-Yar") == "chasiv yar");
    CHECK(fold_name("  Chasiv \t\n Yar  ") == "chasiv yar");
    CHECK(fold_name("Kamianets_Podilskyi") == "kamianets podilskyi");
    CHECK(fold_name("Часів\u2014Яр") == "часів яр");
    CHECK(fold_name("Часів\u00A0Яр") == "часів яр");
    CHECK(fold_name("--Bakhmut--") == "bakhmut");
}

TEST_CASE("fold_name keeps Cyrillic as Cyrillic and strips й ї ё to и і е", "[gazetteer][normalize]") {
    CHECK(fold_name("ПОКРОВСЬК") == "покровськ");
    CHECK(fold_name("Йосипівка") == "иосипівка");
    CHECK(fold_name("Київ") == "киів");
    CHECK(fold_name("ЇЖАК") == "іжак");
    CHECK(fold_name("Семёновка") == "семеновка");
    CHECK(fold_name("Ґрунь") == "ґрунь");
    CHECK(dominant_script(fold_name("Покровськ")) == Script::cyrillic);
}

TEST_CASE("fold_name keeps Ukrainian і apart from Latin i", "[gazetteer][normalize]") {
    CHECK(fold_name("І") == "\xD1\x96");  // U+0456
    CHECK(fold_name("і") != fold_name("i"));
    CHECK(fold_name("Дніпро") != fold_name("Днiпро"));  // the second has a Latin i inside
}

TEST_CASE("fold_name treats decomposed input like composed input", "[gazetteer][normalize]") {
    CHECK(fold_name("и\u0306") == fold_name("й"));
    CHECK(fold_name("e\u0301") == "e");
    CHECK(fold_name("Киі\u0308в") == fold_name("Київ"));
}

TEST_CASE("fold_name drops invisible characters", "[gazetteer][normalize]") {
    CHECK(fold_name("Bakh\u00ADmut") == "bakhmut");
    CHECK(fold_name("\uFEFFBakh\u200Bmut") == "bakhmut");
}

TEST_CASE("fold_name drops invalid UTF-8 bytes and keeps the rest", "[gazetteer][normalize]") {
    CHECK(fold_name("Pok\xFFrovsk") == "pokrovsk");
    CHECK(fold_name("Київ\xD0") == "киів");          // truncated sequence at the end
    CHECK(fold_name("a\xC0\xAF" "b") == "ab");        // overlong '/'
    CHECK(fold_name("a\xED\xA0\x80" "b") == "ab");    // UTF-16 surrogate
    CHECK(fold_name("a\xF4\x90\x80\x80" "b") == "ab");  // above U+10FFFF
    CHECK(fold_name("\x80\x80\x80") == "");
    CHECK(fold_name(std::string_view("Ky\0iv", 5)) == "ky iv");
}

TEST_CASE("fold_name of empty or separator-only text is empty", "[gazetteer][normalize]") {
    CHECK(fold_name("") == "");
    CHECK(fold_name(" - \u2014 ' ") == "");
}

TEST_CASE("fold_name fast Cyrillic path agrees with utf8proc", "[gazetteer][normalize]") {
    for (char32_t cp = 0x400; cp <= 0x4FF; ++cp) {
        const std::string letter = encode(cp);
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(fold_name(letter) == fold_by_utf8proc(letter));
    }
}

TEST_CASE("fold_name of a folded name changes nothing", "[gazetteer][normalize]") {
    for (const char* name : {"Куп’янськ", "Chasiv-Yar", "ŉ", "Straße", "ǅemal", "Кӥів", "ﬃ", "ÿ"}) {
        INFO(name);
        const std::string once = fold_name(name);
        CHECK(fold_name(once) == once);
    }
}

TEST_CASE("fold_name keeps punctuation other than apostrophes and dashes", "[gazetteer][normalize]") {
    CHECK(fold_name("St. Petersburg") == "st. petersburg");
    CHECK(fold_name("Bakhmut (Artemivsk)") == "bakhmut (artemivsk)");
}

TEST_CASE("skeleton merges transliteration variants of Kupiansk", "[gazetteer][skeleton]") {
    const std::string key = skeleton_of("Kupiansk");
    CHECK(skeleton_of("Kupyansk") == key);
    CHECK(skeleton_of("Kup'yansk") == key);
    CHECK(skeleton_of("Купянск") == key);
    CHECK(skeleton_of("Куп'янськ") == key);
}

TEST_CASE("skeleton merges Ukrainian, Russian and Latin spellings of frontline towns", "[gazetteer][skeleton]") {
    CHECK(skeleton_of("Pokrovsk") == skeleton_of("Покровськ"));
    CHECK(skeleton_of("Pokrovsk") == skeleton_of("Покровск"));
    CHECK(skeleton_of("Bakhmut") == skeleton_of("Бахмут"));
    CHECK(skeleton_of("Bakhmut") == skeleton_of("Bahmut"));
    CHECK(skeleton_of("Zaporizhzhia") == skeleton_of("Zaporizhia"));
    CHECK(skeleton_of("Zaporizhzhia") == skeleton_of("Запоріжжя"));
    CHECK(skeleton_of("Sievierodonetsk") == skeleton_of("Severodonetsk"));
    CHECK(skeleton_of("Sievierodonetsk") == skeleton_of("Сєвєродонецьк"));
    CHECK(skeleton_of("Sievierodonetsk") == skeleton_of("Северодонецк"));
    CHECK(skeleton_of("Myrnohrad") == skeleton_of("Мирноград"));
    CHECK(skeleton_of("Kharkiv") == skeleton_of("Харків"));
    CHECK(skeleton_of("Chasiv Yar") == skeleton_of("Часів Яр"));
    CHECK(skeleton_of("Vuhledar") == skeleton_of("Вугледар"));
    CHECK(skeleton_of("Kyiv") == skeleton_of("Київ"));
    CHECK(skeleton_of("Dnipro") == skeleton_of("Дніпро"));
    CHECK(skeleton_of("Avdiivka") == skeleton_of("Авдіївка"));
    CHECK(skeleton_of("Siversk") == skeleton_of("Сіверськ"));
    CHECK(skeleton_of("Kostiantynivka") == skeleton_of("Kostyantynivka"));
    CHECK(skeleton_of("Kostiantynivka") == skeleton_of("Костянтинівка"));
    CHECK(skeleton_of("Donetsk") == skeleton_of("Донецьк"));
    CHECK(skeleton_of("Donetsk") == skeleton_of("Донецк"));
    CHECK(skeleton_of("Luhansk") == skeleton_of("Луганськ"));
    CHECK(skeleton_of("Lugansk") == skeleton_of("Луганск"));
    CHECK(skeleton_of("Soledar") == skeleton_of("Соледар"));
    CHECK(skeleton_of("Huliaipole") == skeleton_of("Гуляйполе"));
    CHECK(skeleton_of("Kryvyi Rih") == skeleton_of("Кривий Ріг"));
    CHECK(skeleton_of("Oleksandrivka") == skeleton_of("Olexandrivka"));
    CHECK(skeleton_of("Shchastia") == skeleton_of("Щастя"));
}

TEST_CASE("skeleton keeps different names apart", "[gazetteer][skeleton]") {
    CHECK(skeleton_of("Pokrovsk") != skeleton_of("Pokrovske"));
    CHECK(skeleton_of("Покровськ") != skeleton_of("Покровське"));
    CHECK(skeleton_of("Donetsk") != skeleton_of("Donets"));
    CHECK(skeleton_of("Bakhmut") != skeleton_of("Bakhmach"));
    CHECK(skeleton_of("Kherson") != skeleton_of("Kharkiv"));
    CHECK(skeleton_of("Pokrovsk") != skeleton_of("Pokrovka"));
    CHECK(skeleton_of("Siversk") != skeleton_of("Sievierodonetsk"));
}

TEST_CASE("skeleton leaves vowel changes to alternate names", "[gazetteer][skeleton]") {
    // Russian forms that differ by a vowel are separate GeoNames alternate names already.
    CHECK(skeleton_of("Chasiv Yar") != skeleton_of("Chasov Yar"));
    CHECK(skeleton_of("Avdiivka") != skeleton_of("Avdeevka"));
}

TEST_CASE("skeleton is ASCII with single spaces between words", "[gazetteer][skeleton]") {
    for (const char* name : {"Часів Яр", "Щастя", "Łódź", "Zaporizhzhia", "Ґрунь", "東京", "Kyiv/Київ"}) {
        INFO(name);
        CHECK(is_ascii(skeleton_of(name)));
    }
    CHECK(skeleton_of("Chasiv   Yar") == skeleton_of("Chasiv Yar"));
    CHECK(skeleton_of("  Chasiv Yar ").front() != ' ');
    CHECK(skeleton_of("  Chasiv Yar ").back() != ' ');
}

TEST_CASE("skeleton of empty, punctuation-only or invalid text is safe", "[gazetteer][skeleton]") {
    CHECK(skeleton_key("") == "");
    CHECK(skeleton_key("'.,!") == "");
    CHECK(skeleton_key("\xFF\xFE\xD0") == "");
    CHECK(skeleton_key("kup\xFFiansk") == skeleton_of("Kupiansk"));
}

TEST_CASE("skeleton copes with unfolded input", "[gazetteer][skeleton]") {
    CHECK(skeleton_key("KUPIANSK") == skeleton_of("Kupiansk"));
    CHECK(skeleton_key("КУПЯНСК") == skeleton_of("Купянск"));
}

TEST_CASE("skeleton of mixed-script text transliterates each part", "[gazetteer][skeleton]") {
    CHECK(skeleton_of("Kyiv Київ") == skeleton_of("Kyiv") + " " + skeleton_of("Kyiv"));
    CHECK(skeleton_of("Днiпро") == skeleton_of("Дніпро"));  // a stray Latin i inside Cyrillic
}

TEST_CASE("dominant_script counts letters", "[gazetteer][normalize]") {
    CHECK(dominant_script("Pokrovsk") == Script::latin);
    CHECK(dominant_script("Покровськ") == Script::cyrillic);
    CHECK(dominant_script("Покровськ (Pokrovsk)") == Script::cyrillic);
    CHECK(dominant_script("Pokrovsk, Донецьк") == Script::latin);
    CHECK(dominant_script("東京") == Script::other);
    CHECK(dominant_script("Zaporižžja") == Script::latin);
    CHECK(dominant_script("") == Script::none);
    CHECK(dominant_script("123 - !") == Script::none);
    CHECK(dominant_script("\xFF\xFE") == Script::none);
}

TEST_CASE("dominant_script gives a tie to the first letter's script", "[gazetteer][normalize]") {
    CHECK(dominant_script("ab вг") == Script::latin);
    CHECK(dominant_script("вг ab") == Script::cyrillic);
}

TEST_CASE("starts_uppercase looks at the first code point", "[gazetteer][normalize]") {
    CHECK(starts_uppercase("Kyiv"));
    CHECK(starts_uppercase("Київ"));
    CHECK(starts_uppercase("Ёлки"));
    CHECK(starts_uppercase("Ґрунь"));
    CHECK(starts_uppercase("Łódź"));
    CHECK(starts_uppercase("\u01C5emal"));  // titlecase Dž
    CHECK_FALSE(starts_uppercase("kyiv"));
    CHECK_FALSE(starts_uppercase("київ"));
    CHECK_FALSE(starts_uppercase("1Kyiv"));
    CHECK_FALSE(starts_uppercase("«Київ"));
    CHECK_FALSE(starts_uppercase(""));
    CHECK(starts_uppercase("\xFFKyiv"));  // invalid bytes are skipped, as fold_name drops them
}

TEST_CASE("is_all_uppercase wants an uppercase letter and no lowercase one", "[gazetteer][normalize]") {
    CHECK(is_all_uppercase("NATO"));
    CHECK(is_all_uppercase("КИЇВ"));
    CHECK(is_all_uppercase("ЗСУ-2"));
    CHECK(is_all_uppercase("КУП\u02BCЯНСЬК"));  // the modifier-letter apostrophe has no case
    CHECK_FALSE(is_all_uppercase("Kyiv"));
    CHECK_FALSE(is_all_uppercase("Київ"));
    CHECK_FALSE(is_all_uppercase("STRAßE"));
    CHECK_FALSE(is_all_uppercase("123"));
    CHECK_FALSE(is_all_uppercase(""));
    CHECK_FALSE(is_all_uppercase("東京"));
    CHECK(is_all_uppercase("NATO\xFF"));
}
