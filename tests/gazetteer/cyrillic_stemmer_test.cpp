#include "gazetteer/cyrillic_stemmer.hpp"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "gazetteer/normalize.hpp"

using frontmap::Diagnostics;
using frontmap::gaz::CyrillicStemmer;
using frontmap::gaz::fold_name;
using frontmap::gaz::skeleton_key;

namespace {

const std::string kRulesPath = std::string(FRONTMAP_ASSETS_DIR) + "/lang/cyrillic_endings.tsv";

// Loaded once per test case (not cached in a static) so tests stay independent.
CyrillicStemmer load_bundled_rules() {
    Diagnostics diags;
    CyrillicStemmer stemmer = CyrillicStemmer::load(kRulesPath, diags);
    for (const auto& item : diags.items()) FAIL(item.where << ": " << item.message);
    return stemmer;
}

std::string stem(const CyrillicStemmer& stemmer, std::string_view name) { return stemmer.stem_name(fold_name(name)); }

// Every form stems like the first one.
void check_one_stem(const CyrillicStemmer& stemmer, std::initializer_list<std::string_view> forms) {
    const std::string expected = stem(stemmer, *forms.begin());
    for (const std::string_view form : forms) {
        INFO(form << " vs " << *forms.begin());
        CHECK(stem(stemmer, form) == expected);
    }
}

}  // namespace

TEST_CASE("bundled Cyrillic ending rules load without complaints", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    CHECK(stemmer.rule_count() > 50);
}

TEST_CASE("stemmer joins case forms of Russian -ск towns and Ukrainian -ськ towns", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Покровск", "Покровске", "Покровска", "Покровском", "Покровску"});
    check_one_stem(stemmer, {"Покровськ", "Покровська", "Покровську", "Покровськом"});
    CHECK(skeleton_key(stem(stemmer, "Покровске")) == skeleton_key(stem(stemmer, "Покровську")));
    CHECK(stem(stemmer, "Покровськ") == "покровськ");
}

TEST_CASE("stemmer keeps Покровка apart from Покровск", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Покровка", "Покровки", "Покровке", "Покровкой", "Покровці", "Покровкою"});
    CHECK(stem(stemmer, "Покровка") != stem(stemmer, "Покровск"));
    CHECK(stem(stemmer, "Покровці") != stem(stemmer, "Покровськ"));
}

TEST_CASE("stemmer joins Russian and Ukrainian case forms of Avdiivka", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Авдеевка", "Авдеевки", "Авдеевке", "Авдеевку", "Авдеевкой"});
    // к→ц before the Ukrainian locative -і.
    check_one_stem(stemmer, {"Авдіївка", "Авдіївці", "Авдіївки", "Авдіївку", "Авдіївкою"});
}

TEST_CASE("stemmer joins case forms of Bakhmut and Moscow", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Бахмут", "Бахмуте", "Бахмута", "Бахмуті", "Бахмутом", "Бахмуту"});
    check_one_stem(stemmer, {"Москва", "Москвы", "Москве", "Москву", "Москвой", "Москві", "Москвою"});
}

TEST_CASE("stemmer follows the Ukrainian і/о and ї/є alternation in -ів names", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Харків", "Харкова", "Харкові", "Харковом", "Харкову"});
    check_one_stem(stemmer, {"Львів", "Львова", "Львові"});
    check_one_stem(stemmer, {"Київ", "Києва", "Києві", "Києвом"});
    check_one_stem(stemmer, {"Миколаїв", "Миколаєва", "Миколаєві"});
    // Ukrainian and Russian stems then meet in the skeleton.
    CHECK(skeleton_key(stem(stemmer, "Харкові")) == skeleton_key(stem(stemmer, "Харькове")));
    CHECK(skeleton_key(stem(stemmer, "Києві")) == skeleton_key(stem(stemmer, "Киеве")));
}

TEST_CASE("stemmer joins case forms of Zaporizhzhia", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Запоріжжя", "Запоріжжі", "Запоріжжям", "Запоріжжю"});
    check_one_stem(stemmer, {"Запорожье", "Запорожья", "Запорожьем", "Запорожью"});
}

TEST_CASE("stemmer declines adjective and noun of an oblast name", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Донецька область", "Донецької області", "Донецькій області", "Донецьку область",
                             "Донецькою областю"});
    check_one_stem(stemmer, {"Донецкая область", "Донецкой области", "Донецкую область", "Донецкой областью"});
    CHECK(skeleton_key(stem(stemmer, "Донецької області")) == skeleton_key(stem(stemmer, "Донецкой области")));
}

TEST_CASE("stemmer joins case forms of Nova Kakhovka in both languages", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Новая Каховка", "Новой Каховки", "Новой Каховке", "Нова Каховка", "Нової Каховки",
                             "Новій Каховці"});
}

TEST_CASE("stemmer joins Chasiv Yar's adjective but leaves the three-letter Яру", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Часів", "Часов", "Часового", "Часовому", "Часовом"});
    CHECK(stem(stemmer, "Яру") == "яру");
    CHECK(stem(stemmer, "Яр") == "яр");
}

TEST_CASE("stemmer forms of Kupiansk meet the nominative skeleton", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    const std::string key = skeleton_key(fold_name("Kupiansk"));
    for (const char* form : {"Купянск", "Купянске", "Купянска", "Куп'янськ", "Куп'янську", "Куп'янська"}) {
        INFO(form);
        CHECK(skeleton_key(stem(stemmer, form)) == key);
    }
}

TEST_CASE("stemmer keeps ц in -иця nouns and з after а", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Вінниця", "Вінниці", "Вінницю", "Вінницею"});
    check_one_stem(stemmer, {"Кавказ", "Кавказі", "Кавказу"});
    check_one_stem(stemmer, {"Одеса", "Одеси", "Одесі", "Одесу"});
    check_one_stem(stemmer, {"Рига", "Ризі"});
}

TEST_CASE("stemmer joins -ия/-ія country names", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    check_one_stem(stemmer, {"Россия", "России", "Россию", "Россией"});
    check_one_stem(stemmer, {"Росія", "Росії", "Росію", "Росією"});
}

TEST_CASE("stemmer keeps at least three letters and leaves short words alone", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    CHECK(stem(stemmer, "Нова") == "нов");
    check_one_stem(stemmer, {"Крим", "Криму", "Кримом"});
    check_one_stem(stemmer, {"Крым", "Крыму", "Крыма"});
    CHECK(stem(stemmer, "Суми") == "сум");
    CHECK(stem(stemmer, "ООН") == "оон");
    CHECK(stem(stemmer, "Ізюм") == "ізюм");
}

TEST_CASE("stemmer passes Latin words and empty input through", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    CHECK(stemmer.stem_word("pokrovske") == "pokrovske");
    CHECK(stemmer.stem_name("kupiansk direction") == "kupiansk direction");
    CHECK(stemmer.stem_word("") == "");
    CHECK(stemmer.stem_name("") == "");
    CHECK(stemmer.stem_name("  ") == "");
    CHECK(stemmer.stem_name("pokrovsk покровську") == "pokrovsk покровськ");
}

TEST_CASE("stemmer survives invalid UTF-8", "[gazetteer][stemmer]") {
    const CyrillicStemmer stemmer = load_bundled_rules();
    CHECK(stemmer.stem_word("\xD0") == "\xD0");
    CHECK(stemmer.stem_word("\xFF\xFF\xFF\xFF\xFF") == "\xFF\xFF\xFF\xFF\xFF");
    CHECK(stemmer.stem_word("\x80\xD0\xB0") == "\x80\xD0\xB0");
    CHECK_NOTHROW(stemmer.stem_name("\xD1 \xD1\x8C\xD1\x8C\xD1\x8C\xD1\x8C \xB0\xB0"));
}

TEST_CASE("stemmer applies the longest matching ending", "[gazetteer][stemmer]") {
    Diagnostics diags;
    const CyrillicStemmer stemmer = CyrillicStemmer::parse("any\tа\t-\nany\tка\tх\n", "test.tsv", diags);
    CHECK(diags.items().empty());
    CHECK(stemmer.rule_count() == 2);
    CHECK(stemmer.stem_word(fold_name("Покровка")) == "покровх");
    CHECK(stemmer.stem_word(fold_name("Москва")) == "москв");
}

TEST_CASE("stemmer rule files accept comments, CRLF, '-' and empty replacements", "[gazetteer][stemmer]") {
    Diagnostics diags;
    const std::string text = "# comment\r\n\r\n   \nuk\tі\t-\tlocative\r\nru\tе\r\nany\tЙ\t\n  # indented comment\n";
    const CyrillicStemmer stemmer = CyrillicStemmer::parse(text, "test.tsv", diags);
    CHECK(diags.items().empty());
    CHECK(stemmer.rule_count() == 3);
    CHECK(stemmer.stem_word(fold_name("Бахмуті")) == "бахмут");
    CHECK(stemmer.stem_word(fold_name("Бахмуте")) == "бахмут");
    CHECK(stemmer.stem_word(fold_name("Бахмутй")) == "бахмут");  // ending folded like names
}

TEST_CASE("stemmer skips uk rules for words with Russian-only letters", "[gazetteer][stemmer]") {
    Diagnostics diags;
    const CyrillicStemmer stemmer = CyrillicStemmer::parse("uk\tи\t-\nru\tі\t-\n", "test.tsv", diags);
    CHECK(stemmer.stem_word(fold_name("Бахмути")) == "бахмут");
    CHECK(stemmer.stem_word(fold_name("Сызрани")) == "сызрани");
    CHECK(stemmer.stem_word(fold_name("Бахмуті")) == "бахмуті");
}

TEST_CASE("stemmer reports bad rule lines with their location and keeps the good ones", "[gazetteer][stemmer]") {
    Diagnostics diags;
    const std::string text =
        "uk\tі\t-\n"        // 1 fine
        "be\tі\t-\n"        // 2 unknown language
        "uk і -\n"          // 3 spaces instead of tabs
        "uk\tab\t-\n"       // 4 Latin ending
        "uk\t\t-\n"         // 5 empty ending
        "uk\tа\tx\n"        // 6 Latin replacement
        "any\tі\t-\n"       // 7 clashes with line 1
        "ru\tі\tа\n";       // 8 fine: another language
    const CyrillicStemmer stemmer = CyrillicStemmer::parse(text, "endings.tsv", diags);
    CHECK(stemmer.rule_count() == 2);
    const auto items = diags.items();
    REQUIRE(items.size() == 6);
    CHECK(items[0].where == "endings.tsv:2");
    CHECK(items[1].where == "endings.tsv:3");
    CHECK(items[2].where == "endings.tsv:4");
    CHECK(items[3].where == "endings.tsv:5");
    CHECK(items[4].where == "endings.tsv:6");
    CHECK(items[5].where == "endings.tsv:7");
    CHECK(items[0].message.find("\"be\"") != std::string::npos);
    CHECK(items[0].skipped);
    CHECK(diags.skipped_count() == 6);
}

TEST_CASE("stemmer reports a missing rules file and then changes nothing", "[gazetteer][stemmer]") {
    Diagnostics diags;
    const CyrillicStemmer stemmer = CyrillicStemmer::load("/nonexistent/cyrillic_endings.tsv", diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].where == "/nonexistent/cyrillic_endings.tsv");
    CHECK(diags.items()[0].severity == frontmap::Severity::error);
    CHECK(stemmer.rule_count() == 0);
    CHECK(stemmer.stem_word("покровську") == "покровську");
    CHECK(stemmer.stem_word("область") == "область");
}
