#include "gazetteer/tokenize.hpp"

#include <utf8proc.h>

namespace frontmap::gaz {

namespace {

struct CodePoint {
    std::int32_t cp = -1;  // -1 for an invalid byte
    std::uint32_t len = 1;
};

CodePoint decode(std::string_view s, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return {c, 1};
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) return {-1, 1};
    return {cp, static_cast<std::uint32_t>(n)};
}

enum class Kind { letter_upper, letter_lower, letter_other, mark, digit, apostrophe, space, newline, other };

Kind classify(std::int32_t cp) {
    if (cp < 0) return Kind::other;
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') return Kind::letter_lower;
        if (cp >= 'A' && cp <= 'Z') return Kind::letter_upper;
        if (cp >= '0' && cp <= '9') return Kind::digit;
        if (cp == '\n') return Kind::newline;
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return Kind::space;
        if (cp == '\'' || cp == '`') return Kind::apostrophe;
        return Kind::other;
    }
    if (cp == 0x2019 || cp == 0x02BC || cp == 0x2032 || cp == 0x00B4 || cp == 0x02B9)
        return Kind::apostrophe;
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return Kind::newline;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LT: return Kind::letter_upper;
        case UTF8PROC_CATEGORY_LL: return Kind::letter_lower;
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO: return Kind::letter_other;
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME: return Kind::mark;
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO: return Kind::digit;
        case UTF8PROC_CATEGORY_ZS: return Kind::space;
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP: return Kind::newline;
        case UTF8PROC_CATEGORY_CF: return Kind::mark;  // soft hyphen, zero-width joiners
        default: return Kind::other;
    }
}

bool is_letter(Kind k) {
    return k == Kind::letter_upper || k == Kind::letter_lower || k == Kind::letter_other;
}
bool is_word_char(Kind k) { return is_letter(k) || k == Kind::mark || k == Kind::digit; }

bool ends_sentence(std::string_view text, const std::vector<Token>& tokens) {
    // Walk back over opening quotes, brackets, hashes and dashes to the real separator.
    for (std::size_t k = tokens.size(); k > 0; --k) {
        const Token& last = tokens[k - 1];
        if (last.word) return false;
        std::string_view p = token_text(text, last);
        if (p == "!" || p == "?" || p == "\xE2\x80\xA6" /* … */ || p == "\xE2\x80\xA2" /* • */)
            return true;
        if (p == ".") {
            // "U.S." and "Gen." end abbreviations, not sentences.
            if (k >= 2) {
                const Token& w = tokens[k - 2];
                if (w.word && w.end == last.begin && w.end - w.begin <= 3 && w.upper_initial)
                    return false;
            }
            return true;
        }
        bool opener = p == "\"" || p == "\xE2\x80\x9C" || p == "\xC2\xAB" || p == "(" || p == "[" ||
                      p == "'" || p == "\xE2\x80\x98" || p == "#" || p == "-" ||
                      p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "*" || p == ">";
        if (!opener) return false;
    }
    return true;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5 + 4);
    std::size_t i = 0;
    int newlines = 0;
    bool gap_seen = true;
    bool paragraph_pending = true;
    while (i < text.size()) {
        CodePoint c = decode(text, i);
        Kind k = classify(c.cp);
        if (k == Kind::space || k == Kind::newline) {
            if (k == Kind::newline) ++newlines;
            gap_seen = true;
            i += c.len;
            continue;
        }
        Token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.gap = !gap_seen ? Gap::none : (newlines >= 2 ? Gap::paragraph : Gap::space);
        if (newlines >= 1) paragraph_pending = true;
        newlines = 0;
        gap_seen = false;
        if (is_word_char(k)) {
            t.word = true;
            bool first_letter = true;
            bool any_lower = false;
            std::size_t j = i;
            while (j < text.size()) {
                CodePoint d = decode(text, j);
                Kind dk = classify(d.cp);
                if (dk == Kind::apostrophe) {
                    // Apostrophes inside names (Kup'yansk, Куп'янськ) stay; "'s" at the end is
                    // an English possessive and is cut off.
                    std::size_t after = j + d.len;
                    if (after >= text.size()) break;
                    CodePoint e = decode(text, after);
                    if (!is_letter(classify(e.cp))) break;
                    std::size_t after2 = after + e.len;
                    bool single_s = (e.cp == 's' || e.cp == 'S') &&
                                    (after2 >= text.size() ||
                                     !is_word_char(classify(decode(text, after2).cp)));
                    if (single_s) {
                        t.possessive = true;
                        t.possessive_end = static_cast<std::uint32_t>(after2);
                        break;
                    }
                    j = after;
                    continue;
                }
                if (!is_word_char(dk)) break;
                if (is_letter(dk)) {
                    t.has_letter = true;
                    if (first_letter) t.upper_initial = (dk == Kind::letter_upper);
                    first_letter = false;
                    if (dk == Kind::letter_lower) any_lower = true;
                    if (d.cp >= 0x400 && d.cp <= 0x52F) t.cyrillic = true;
                }
                j += d.len;
            }
            t.all_upper = t.has_letter && !any_lower;
            t.end = static_cast<std::uint32_t>(j);
            // "U.S." / "U.K.": single capitals joined by dots form one token.
            if (t.end - t.begin == 1 && t.upper_initial) {
                std::size_t m = t.end;
                while (m + 1 < text.size() && text[m] == '.' && text[m + 1] >= 'A' && text[m + 1] <= 'Z' &&
                       (m + 2 >= text.size() || text[m + 2] == '.'))
                    m += 2;
                if (m > t.end) {
                    if (m < text.size() && text[m] == '.') ++m;
                    t.end = static_cast<std::uint32_t>(m);
                }
            }
            i = t.possessive ? t.possessive_end : t.end;
        } else {
            t.end = static_cast<std::uint32_t>(i + c.len);
            i = t.end;
        }
        t.sentence_start = t.word && (paragraph_pending || ends_sentence(text, tokens));
        if (t.word) paragraph_pending = false;
        tokens.push_back(t);
    }
    return tokens;
}

}  // namespace frontmap::gaz
