// Tokens with byte offsets and the flags the recogniser reads from them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "gazetteer/tokenize.hpp"

using frontmap::gaz::Gap;
using frontmap::gaz::Token;
using frontmap::gaz::token_text;
using frontmap::gaz::tokenize;

namespace {

std::vector<std::string> texts(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const auto& t : tokens) out.emplace_back(token_text(text, t));
    return out;
}

const Token& token_named(std::string_view text, const std::vector<Token>& tokens, std::string_view word,
                         int occurrence = 0) {
    for (const auto& t : tokens)
        if (token_text(text, t) == word && occurrence-- == 0) return t;
    FAIL("no token " << word);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("splits words and punctuation with byte offsets", "[gazetteer][tokenize]") {
    const std::string text = "Shelling hit Pokrovsk, Myrnohrad.";
    auto tokens = tokenize(text);
    CHECK(texts(text, tokens) == std::vector<std::string>{"Shelling", "hit", "Pokrovsk", ",", "Myrnohrad", "."});
    CHECK(tokens[2].begin == 13);
    CHECK(tokens[2].end == 21);
    CHECK(tokens[2].word);
    CHECK(tokens[2].upper_initial);
    CHECK_FALSE(tokens[3].word);
    CHECK(tokens[3].gap == Gap::none);
    CHECK(tokens[4].gap == Gap::space);
}

TEST_CASE("Cyrillic words get byte offsets and the cyrillic flag", "[gazetteer][tokenize]") {
    const std::string text = "Бої біля Покровська.";
    auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 4);
    const Token& pokrovsk = tokens[2];
    CHECK(token_text(text, pokrovsk) == "Покровська");
    CHECK(pokrovsk.begin == std::string("Бої біля ").size());
    CHECK(pokrovsk.end - pokrovsk.begin == std::string("Покровська").size());
    CHECK(pokrovsk.cyrillic);
    CHECK(pokrovsk.upper_initial);
    CHECK_FALSE(tokens[1].upper_initial);
}

TEST_CASE("apostrophes inside names stay in the word", "[gazetteer][tokenize]") {
    for (std::string_view name : {"Kup'yansk", "Kup’yansk", "Куп'янськ", "Мар’їнка", "Мʼякеньківка"}) {
        const std::string text = "near " + std::string(name) + " today";
        auto tokens = tokenize(text);
        INFO(name);
        CHECK(tokens.size() == 3);
    }
    const std::string text = "near Kup’yansk today";
    CHECK(token_text(text, tokenize(text)[1]) == "Kup’yansk");
}

TEST_CASE("an English possessive is cut off and flagged", "[gazetteer][tokenize]") {
    const std::string text = "Russia's defence ministry and Ukraine’s army";
    auto tokens = tokenize(text);
    CHECK(texts(text, tokens) == std::vector<std::string>{"Russia", "defence", "ministry", "and", "Ukraine", "army"});
    CHECK(tokens[0].possessive);
    CHECK(tokens[0].possessive_end == 8);
    CHECK(tokens[4].possessive);
    CHECK(token_text(text, tokens[4]) == "Ukraine");
    CHECK_FALSE(tokens[1].possessive);
}

TEST_CASE("hyphens are their own tokens touching both words", "[gazetteer][tokenize]") {
    const std::string text = "the Kyiv-controlled Chasiv-Yar";
    auto tokens = tokenize(text);
    CHECK(texts(text, tokens) == std::vector<std::string>{"the", "Kyiv", "-", "controlled", "Chasiv", "-", "Yar"});
    CHECK(tokens[2].gap == Gap::none);
    CHECK(tokens[3].gap == Gap::none);
    CHECK(tokens[4].gap == Gap::space);
}

TEST_CASE("sentence starts follow full stops, question marks and paragraphs", "[gazetteer][tokenize]") {
    const std::string text = "Police said so. March came! Was it?\n\nMobile units moved";
    auto tokens = tokenize(text);
    CHECK(token_named(text, tokens, "Police").sentence_start);
    CHECK_FALSE(token_named(text, tokens, "said").sentence_start);
    CHECK(token_named(text, tokens, "March").sentence_start);
    CHECK(token_named(text, tokens, "Was").sentence_start);
    CHECK(token_named(text, tokens, "Mobile").sentence_start);
    CHECK(token_named(text, tokens, "Mobile").gap == Gap::paragraph);
    CHECK_FALSE(token_named(text, tokens, "units").sentence_start);
}

TEST_CASE("a quote or bracket after a full stop still opens a sentence", "[gazetteer][tokenize]") {
    const std::string text = "It ended. \"Police came,\" he said. (March was cold.)";
    auto tokens = tokenize(text);
    CHECK(token_named(text, tokens, "Police").sentence_start);
    CHECK(token_named(text, tokens, "March").sentence_start);
}

TEST_CASE("U.S. is one token and does not end the sentence", "[gazetteer][tokenize]") {
    const std::string text = "The U.S. Defense officials met in Kyiv.";
    auto tokens = tokenize(text);
    CHECK(texts(text, tokens) == std::vector<std::string>{"The", "U.S.", "Defense", "officials", "met", "in", "Kyiv", "."});
    CHECK(token_named(text, tokens, "U.S.").all_upper);
    CHECK_FALSE(token_named(text, tokens, "Defense").sentence_start);
}

TEST_CASE("all-caps words are flagged", "[gazetteer][tokenize]") {
    const std::string text = "KYIV (Reuters) - ЗСУ said";
    auto tokens = tokenize(text);
    CHECK(token_named(text, tokens, "KYIV").all_upper);
    CHECK(token_named(text, tokens, "ЗСУ").all_upper);
    CHECK_FALSE(token_named(text, tokens, "Reuters").all_upper);
    CHECK_FALSE(token_named(text, tokens, "said").all_upper);
}

TEST_CASE("invalid UTF-8 bytes become punctuation and offsets stay in range", "[gazetteer][tokenize]") {
    const std::string text = std::string("near Bakh") + "\xFF" + "mut \xC3 and\x80" + " Kyiv";
    auto tokens = tokenize(text);
    for (const auto& t : tokens) {
        CHECK(t.begin < t.end);
        CHECK(t.end <= text.size());
    }
    CHECK(token_text(text, token_named(text, tokens, "Bakh")).size() == 4);
    CHECK(token_named(text, tokens, "Kyiv").end == text.size());
    for (std::size_t i = 1; i < tokens.size(); ++i) CHECK(tokens[i - 1].end <= tokens[i].begin);
}

TEST_CASE("empty and blank texts give no tokens", "[gazetteer][tokenize]") {
    CHECK(tokenize("").empty());
    CHECK(tokenize(" \n\t\r\n ").empty());
}

TEST_CASE("non-breaking spaces separate words", "[gazetteer][tokenize]") {
    const std::string text = "Chasiv\xC2\xA0Yar";
    auto tokens = tokenize(text);
    CHECK(texts(text, tokens) == std::vector<std::string>{"Chasiv", "Yar"});
    CHECK(tokens[1].gap == Gap::space);
}
