#pragma once
// Splits UTF-8 text into words and punctuation with byte offsets, marking what the recogniser
// needs: capitalisation, script, sentence starts, and how each token is joined to the previous.
#include <cstdint>
#include <string_view>
#include <vector>

namespace frontmap::gaz {

enum class Gap : std::uint8_t {
    none,       // touches the previous token ("Kyiv" "-" "controlled")
    space,      // spaces or tabs, at most one line break
    paragraph,  // two or more line breaks: names never span this
};

struct Token {
    std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
    std::uint32_t end = 0;
    Gap gap = Gap::space;     // what separates this token from the previous one
    bool word = false;        // letters/digits (else one punctuation or symbol character)
    bool upper_initial = false;
    bool all_upper = false;
    bool has_letter = false;
    bool cyrillic = false;
    bool sentence_start = false;
    bool possessive = false;  // an English "'s"/"’s" followed and was cut off (not in [begin,end))
    std::uint32_t possessive_end = 0;  // end of the token including the "'s"
};

// Tokenises `text`. Invalid UTF-8 bytes are treated as punctuation. Texts over 4 GiB are not
// supported (callers split them).
std::vector<Token> tokenize(std::string_view text);

inline std::string_view token_text(std::string_view text, const Token& t) {
    return text.substr(t.begin, t.end - t.begin);
}

}  // namespace frontmap::gaz
