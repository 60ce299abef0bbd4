// How a sentence is cut into clauses for dating (assets/lang/clauses.tsv).
#include "events/date_clauses.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace frontmap::events;

namespace {

ClauseLexicon bundled_clauses() {
    frontmap::Diagnostics diags;
    auto loaded = ClauseLexicon::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/clauses.tsv", diags);
    REQUIRE(diags.items().empty());
    return loaded;
}

// Each piece as "kind:text", with a '+' after the kind when it is in the present tense.
std::vector<std::string> pieces_of(const std::string& text,
                                   std::vector<std::pair<std::size_t, std::size_t>> date_spans = {}) {
    const char* names[] = {"main", "sub", "when", "rel", "agent", "part", "coord"};
    std::vector<std::string> out;
    for (const auto& p : find_clauses(text, 0, text.size(), bundled_clauses(), date_spans)) {
        out.push_back(std::string(names[static_cast<int>(p.kind)]) + (p.present ? "+" : "") + ":" +
                      text.substr(p.byte_begin, p.byte_end - p.byte_begin));
    }
    return out;
}

using Pieces = std::vector<std::string>;

}  // namespace

TEST_CASE("bundled clause lexicon loads without complaints", "[events][clauses]") {
    CHECK(bundled_clauses().size() > 150);
}

TEST_CASE("an unknown kind in the clause lexicon is reported with its line", "[events][clauses]") {
    frontmap::Diagnostics diags;
    const auto lexicon = ClauseLexicon::parse("relative\ten\twhich\nclause\ten\tthat\n", diags, "clauses.tsv");
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].where == "clauses.tsv:2");
    CHECK(lexicon.size() == 1);
}

TEST_CASE("a sentence-initial subordinate clause ends at its comma", "[events][clauses]") {
    CHECK(pieces_of("While Russia has not reported losses, Ukraine claimed gains.") ==
          Pieces{"sub+:While Russia has not reported losses", "main:, Ukraine claimed gains."});
    // Blanks and an opening quote before the subordinator do not hide that it opens the sentence.
    CHECK(pieces_of(" \xE2\x80\x9CWhile Russia has not reported losses, Ukraine claimed gains.") ==
          Pieces{"sub+: \xE2\x80\x9CWhile Russia has not reported losses", "main:, Ukraine claimed gains."});
    CHECK(pieces_of("Хоча Росія не повідомляє про втрати, Україна заявила про успіхи.") ==
          Pieces{"sub+:Хоча Росія не повідомляє про втрати", "main:, Україна заявила про успіхи."});
    CHECK(pieces_of("Хотя Россия не сообщает о потерях, Украина заявила об успехах.") ==
          Pieces{"sub+:Хотя Россия не сообщает о потерях", "main:, Украина заявила об успехах."});
}

TEST_CASE("a relative clause starts at its pronoun, and commas inside the main clause keep it whole",
          "[events][clauses]") {
    CHECK(pieces_of("For the Russians\xE2\x80\x94taking it would help, like Kherson, which fell.") ==
          Pieces{"main+:For the Russians\xE2\x80\x94taking it would help, like Kherson, ", "rel:which fell."});
    CHECK(pieces_of("Херсон, який Україна звільнила.") == Pieces{"main:Херсон, ", "rel:який Україна звільнила."});
    CHECK(pieces_of("Херсон, который Украина освободила.") == Pieces{"main:Херсон, ", "rel:который Украина освободила."});
}

TEST_CASE("a comma before an -ing word opens a participle clause that runs into a following as-clause",
          "[events][clauses]") {
    CHECK(pieces_of("He spoke last week, underlining the stakes for Kyiv as Moscow seeks a win.") ==
          Pieces{"main:He spoke last week", "part:, underlining the stakes for Kyiv ", "sub+:as Moscow seeks a win."});
    CHECK(pieces_of("Ракети вдарили вночі, вбивши трьох людей.") ==
          Pieces{"main:Ракети вдарили вночі", "part:, вбивши трьох людей."});
    // A capitalised word is a name, not a participle.
    CHECK(pieces_of("Troops held Kupiansk, Reading said.") == Pieces{"main:Troops held Kupiansk, Reading said."});
}

TEST_CASE("phrases that hold a subordinator but open no clause are skipped", "[events][clauses]") {
    CHECK(pieces_of("Ukraine claimed as many as 10,000 killed, as well as towns such as Lyman.") ==
          Pieces{"main:Ukraine claimed as many as 10,000 killed, as well as towns such as Lyman."});
}

TEST_CASE("a subordinator inside or right before a date opens no clause", "[events][clauses]") {
    const std::string text = "Troops entered Pokrovsk after November 1 and held it since May 2024.";
    const std::size_t first = text.find("November 1"), second = text.find("since May 2024");
    CHECK(pieces_of(text, {{first, first + 10}, {second, second + 14}}) == Pieces{"main:" + text});
    CHECK(pieces_of(text).size() == 3);  // without the dates, "after" and "since" open clauses
}

TEST_CASE("conditional particles and modal verbs mark the present", "[events][clauses]") {
    CHECK(pieces_of("Захоплення міста стало б успіхом.") == Pieces{"main+:Захоплення міста стало б успіхом."});
    CHECK(pieces_of("Захват города стал бы успехом.") == Pieces{"main+:Захват города стал бы успехом."});
    CHECK(pieces_of("Capturing it would mark a gain.") == Pieces{"main+:Capturing it would mark a gain."});
    CHECK(pieces_of("Troops captured it.") == Pieces{"main:Troops captured it."});
}

TEST_CASE("a perfect is present only when negated or progressive", "[events][clauses]") {
    CHECK(pieces_of("Russia has not reported losses.") == Pieces{"main+:Russia has not reported losses."});
    CHECK(pieces_of("Troops have been fighting there.") == Pieces{"main+:Troops have been fighting there."});
    CHECK(pieces_of("The capture has been confirmed.") == Pieces{"main:The capture has been confirmed."});
}

TEST_CASE("a relative clause about a person is told apart", "[events][clauses]") {
    CHECK(pieces_of("It was confirmed by Gerasimov, who reported to Putin.") ==
          Pieces{"main:It was confirmed by Gerasimov, ", "agent:who reported to Putin."});
    CHECK(pieces_of("Це підтвердив той, хто доповів Путіну.") ==
          Pieces{"main:Це підтвердив той, ", "agent:хто доповів Путіну."});
    CHECK(pieces_of("Это подтвердил тот, кто доложил Путину.") ==
          Pieces{"main:Это подтвердил тот, ", "agent:кто доложил Путину."});
}

TEST_CASE("Ukrainian and Russian present-tense endings mark the present", "[events][clauses]") {
    CHECK(pieces_of("Хоча Київ це заперечує, Москва заявила про успіх.") ==
          Pieces{"sub+:Хоча Київ це заперечує", "main:, Москва заявила про успіх."});
    CHECK(pieces_of("Хотя Киев это отрицает, Москва заявила об успехе.") ==
          Pieces{"sub+:Хотя Киев это отрицает", "main:, Москва заявила об успехе."});
    CHECK(pieces_of("Хоча Київ це заперечив, Москва заявила про успіх.") ==
          Pieces{"sub:Хоча Київ це заперечив", "main:, Москва заявила про успіх."});
}

TEST_CASE("a contrasting conjunction after a comma starts a clause, a list's and does not", "[events][clauses]") {
    CHECK(pieces_of("Troops left Vuhledar in 2024, but they still hold Kurakhove.") ==
          Pieces{"main:Troops left Vuhledar in 2024, ", "coord+:but they still hold Kurakhove."});  // "still": present
    CHECK(pieces_of("Війська вийшли з Вугледара, а Покровськ тримається.") ==
          Pieces{"main:Війська вийшли з Вугледара, ", "coord+:а Покровськ тримається."});
    CHECK(pieces_of("Войска вышли из Угледара, но Покровск держится.") ==
          Pieces{"main:Войска вышли из Угледара, ", "coord:но Покровск держится."});
    CHECK(pieces_of("Russia struck Pokrovsk, Myrnohrad, and Rodynske on Monday.") ==
          Pieces{"main:Russia struck Pokrovsk, Myrnohrad, and Rodynske on Monday."});
}

TEST_CASE("a comma inside a clause before a name or a date does not end it", "[events][clauses]") {
    CHECK(pieces_of("It was the worst loss since four agents died 15 years ago in Waco, Texas.") ==
          Pieces{"main:It was the worst loss ", "sub:since four agents died 15 years ago in Waco, Texas."});
    const std::string street = "He, who escaped from custody at Abbey Street, Tipperary, on March 17, was caught.";
    const std::size_t date = street.find("on March 17");
    CHECK(pieces_of(street, {{date, date + 11}}) ==
          Pieces{"main:He, ", "agent:who escaped from custody at Abbey Street, Tipperary, on March 17", "main:, was caught."});
    CHECK(pieces_of("Він, який утік з-під варти в Києві, Україна, був спійманий.") ==
          Pieces{"main:Він, ", "rel:який утік з-під варти в Києві, Україна", "main:, був спійманий."});
    CHECK(pieces_of("Он, который сбежал из-под стражи в Киеве, Украина, был пойман.") ==
          Pieces{"main:Он, ", "rel:который сбежал из-под стражи в Киеве, Украина", "main:, был пойман."});
}

TEST_CASE("as opens a clause only after a comma or before a name", "[events][clauses]") {
    CHECK(pieces_of("He was hired as its city manager in 2008.") == Pieces{"main:He was hired as its city manager in 2008."});
    CHECK(pieces_of("Stations called it a hoax as early as Wednesday.") ==
          Pieces{"main:Stations called it a hoax as early as Wednesday."});
    CHECK(pieces_of("Kyiv holds on as Moscow seeks a win.") == Pieces{"main+:Kyiv holds on ", "sub+:as Moscow seeks a win."});
    CHECK(pieces_of("Kyiv held on, as the army withdrew.") == Pieces{"main:Kyiv held on, ", "sub:as the army withdrew."});
}
