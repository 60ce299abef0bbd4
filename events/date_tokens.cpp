#include "events/date_tokens.hpp"

#include "core/utf8.hpp"

namespace frontmap::events {

namespace {

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

// Invalid bytes decode as U+FFFD of length 1 so that scanning always advances.
CodePoint decode_at(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1};
    std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return {0xFFFD, 1};
    char32_t cp = b0 & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
        cp = (cp << 6) | (b & 0x3F);
    }
    return {cp, n};
}

bool is_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
           (c >= 0x400 && c <= 0x4FF);
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }
bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F; }
bool is_number_joiner(char c) { return c == '.' || c == ',' || c == '-' || c == '/' || c == ':'; }

char32_t fold_code_point(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) c += 0x50;
    if (c == 0x490) return 0x491;
    if (c == 0x451) return 0x435;  // ё → е: writers drop the diaeresis freely
    if (is_apostrophe(c)) return '\'';
    return c;
}

}  // namespace

std::string fold_date_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size();) {
        const CodePoint cp = decode_at(word, i);
        append_utf8(out, fold_code_point(cp.value));
        i += cp.length;
    }
    return out;
}

std::vector<DateToken> tokenize_for_dates(std::string_view text) {
    std::vector<DateToken> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const CodePoint cp = decode_at(text, i);
        if (is_space(cp.value)) {
            i += cp.length;
            continue;
        }
        DateToken token;
        token.begin = i;
        if (is_letter(cp.value)) {
            std::size_t j = i + cp.length;
            while (j < text.size()) {
                const CodePoint next = decode_at(text, j);
                if (is_letter(next.value)) {
                    j += next.length;
                } else if (is_apostrophe(next.value) && j + next.length < text.size() &&
                           is_letter(decode_at(text, j + next.length).value)) {
                    j += next.length;  // п'ять, п’ятницю
                } else {
                    break;
                }
            }
            token.end = j;
            token.kind = DateTokenKind::word;
            token.folded = fold_date_word(text.substr(i, j - i));
        } else if (is_digit(cp.value)) {
            std::size_t j = i + 1;
            while (j < text.size()) {
                if (is_digit(static_cast<unsigned char>(text[j]))) {
                    ++j;
                } else if (is_number_joiner(text[j]) && j + 1 < text.size() &&
                           is_digit(static_cast<unsigned char>(text[j + 1]))) {
                    j += 2;
                } else {
                    break;
                }
            }
            token.end = j;
            token.kind = DateTokenKind::number;
            token.folded = std::string(text.substr(i, j - i));
        } else {
            token.end = i + cp.length;
            token.kind = DateTokenKind::punct;
            token.folded = std::string(text.substr(i, cp.length));
        }
        i = token.end;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace frontmap::events
