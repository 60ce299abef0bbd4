#include "gazetteer/normalize.hpp"

#include <array>
#include <cstddef>
#include <utf8proc.h>

// Speed matters here: fold_name and skeleton_key run on every capitalised word of every
// article. ASCII and the basic Cyrillic block take table-driven paths; only other non-ASCII
// code points reach utf8proc. The only allocation is the returned string.

namespace frontmap::gaz {
namespace {

// Length of the valid UTF-8 sequence at s[i] with its code point in `cp`, or 0 when the bytes
// there are not valid UTF-8 (overlong, surrogate, above U+10FFFF, truncated, stray byte).
std::size_t decode_utf8_long(std::string_view s, std::size_t i, char32_t& cp);

// ASCII and two-byte sequences (all of Cyrillic) inline; the rest out of line.
inline std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead < 0xE0 && i + 1 < s.size()) {
        const auto tail = static_cast<unsigned char>(s[i + 1]);
        if ((tail & 0xC0) != 0x80) return 0;
        cp = (static_cast<char32_t>(lead & 0x1F) << 6) | (tail & 0x3Fu);
        return 2;
    }
    return decode_utf8_long(s, i, cp);
}

std::size_t decode_utf8_long(std::string_view s, std::size_t i, char32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0xC2 || lead > 0xF4) return 0;
    const std::size_t len = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (i + len > s.size()) return 0;
    char32_t value = lead & (0x7Fu >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char c = byte(i + k);
        if ((c & 0xC0) != 0x80) return 0;
        value = (value << 6) | (c & 0x3Fu);
    }
    if (len == 3 && (value < 0x800 || (value >= 0xD800 && value <= 0xDFFF))) return 0;
    if (len == 4 && (value < 0x10000 || value > 0x10FFFF)) return 0;
    cp = value;
    return len;
}

// Writes cp as UTF-8 at p (room for 4 bytes) and returns the end.
char* encode_utf8(char* p, char32_t cp) {
    if (cp < 0x80) {
        *p++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *p++ = static_cast<char>(0xC0 | (cp >> 6));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *p++ = static_cast<char>(0xE0 | (cp >> 12));
        *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *p++ = static_cast<char>(0xF0 | (cp >> 18));
        *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return p;
}

bool is_cyrillic_block(char32_t cp) { return cp >= 0x400 && cp <= 0x52F; }

// The basic Cyrillic block folded without utf8proc: lowercase, then the letters whose NFD
// carries a combining mark lose it (й→и, ї→і, ё→е, ў→у, ѓ→г, ќ→к, ѐ→е, ѝ→и). A test checks
// this against utf8proc for every code point it covers.
bool has_fast_cyrillic_fold(char32_t cp) { return (cp >= 0x400 && cp <= 0x45F) || cp == 0x490 || cp == 0x491; }

constexpr char32_t compute_cyrillic_fold(char32_t cp) {
    if (cp < 0x410) cp += 0x50;
    else if (cp < 0x430) cp += 0x20;
    switch (cp) {
        case 0x439: case 0x45D: return 0x438;  // й ѝ → и
        case 0x450: case 0x451: return 0x435;  // ѐ ё → е
        case 0x453: return 0x433;              // ѓ → г
        case 0x457: return 0x456;              // ї → і
        case 0x45C: return 0x43A;              // ќ → к
        case 0x45E: return 0x443;              // ў → у
        default: return cp;
    }
}

constexpr auto kCyrillicFold = [] {
    std::array<char16_t, 0x60> table{};
    for (char32_t k = 0; k < table.size(); ++k) table[k] = static_cast<char16_t>(compute_cyrillic_fold(0x400 + k));
    return table;
}();

char32_t fold_cyrillic(char32_t cp) { return cp >= 0x490 ? 0x491 : kCyrillicFold[cp - 0x400]; }

enum class CharRole { apostrophe, separator, invisible, other };

// Apostrophes vanish so "Куп’янськ" meets "Купянськ"; dashes and odd spaces separate words;
// invisible format characters (soft hyphen, zero-width joiners, BOM) vanish without a trace.
CharRole role_of(char32_t cp) {
    switch (cp) {
        case '\'': case '`': case 0xB4: case 0x2BB: case 0x2BC: case 0x2B9: case 0x2018: case 0x2019:
        case 0x2032: case 0xFF07:
            return CharRole::apostrophe;
        case '-': case '_': case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
        case 0x205F: case 0x3000: case 0x2212: case 0x2E3A: case 0x2E3B: case 0xFE58: case 0xFE63:
        case 0xFF0D:
            return CharRole::separator;
        case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
            return CharRole::invisible;
        default:
            break;
    }
    if (cp <= 0x20 || cp == 0x7F) return CharRole::separator;  // white space and control bytes
    if ((cp >= 0x2000 && cp <= 0x200A) || (cp >= 0x2010 && cp <= 0x2015)) return CharRole::separator;
    return CharRole::other;
}

// Collects folded output, turning separator runs into one space and never leaving one at
// either end. Writes into a buffer sized for the input without checks: ASCII, Cyrillic and
// separators never fold longer than they are written, and make_room keeps room for the rest of
// the input when utf8proc output is longer ("ŉ" → "ʼn").
class FoldedText {
public:
    explicit FoldedText(std::size_t input_bytes) : text_(input_bytes, '\0') {}
    void separate() { space_pending_ = size_ != 0; }
    void make_room(std::size_t bytes) {
        if (size_ + bytes > text_.size()) text_.resize(size_ + bytes);
    }
    void put_ascii(char c) {
        flush_space();
        text_[size_++] = c;
    }
    // Only for code points no longer in UTF-8 than what they were read from, or after make_room.
    void put(char32_t cp) {
        flush_space();
        size_ = static_cast<std::size_t>(encode_utf8(text_.data() + size_, cp) - text_.data());
    }
    std::string take() {
        text_.resize(size_);
        return std::move(text_);
    }

private:
    void flush_space() {
        if (space_pending_) text_[size_++] = ' ';
        space_pending_ = false;
    }
    std::string text_;
    std::size_t size_ = 0;
    bool space_pending_ = false;
};

void fold_with_utf8proc(char32_t cp, std::size_t input_bytes_left, FoldedText& out) {
    constexpr auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
                                                            UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    std::array<utf8proc_int32_t, 16> parts{};
    int boundclass = 0;
    const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts.data(),
                                           static_cast<utf8proc_ssize_t>(parts.size()), options, &boundclass);
    // No folding plus NFD in Unicode 15 needs more than a few code points; a longer answer
    // (or an error) drops the character rather than guessing.
    if (n < 0 || n > static_cast<utf8proc_ssize_t>(parts.size())) return;
    out.make_room(1 + 4 * static_cast<std::size_t>(n) + input_bytes_left);
    // Output gets the same treatment as input, so folding twice changes nothing: "ŉ" folds to
    // "ʼn", whose apostrophe must go too.
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        const auto part = static_cast<char32_t>(parts[static_cast<std::size_t>(k)]);
        switch (role_of(part)) {
            case CharRole::apostrophe: case CharRole::invisible: break;
            case CharRole::separator: out.separate(); break;
            case CharRole::other: out.put(part); break;
        }
    }
}

}  // namespace

std::string fold_name(std::string_view utf8) {
    FoldedText out(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            ++i;
            if (c >= 'A' && c <= 'Z') out.put_ascii(static_cast<char>(c + ('a' - 'A')));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.put_ascii(static_cast<char>(c));
            else if (const CharRole role = role_of(c); role == CharRole::separator) out.separate();
            else if (role == CharRole::other) out.put_ascii(static_cast<char>(c));
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = decode_utf8(utf8, i, cp);
        if (len == 0) {  // invalid byte: dropped, decoding resumes at the next one
            ++i;
            continue;
        }
        i += len;
        if (cp >= 0x300 && cp <= 0x36F) continue;  // combining marks of NFD input
        if (has_fast_cyrillic_fold(cp)) {
            out.put(fold_cyrillic(cp));
            continue;
        }
        switch (role_of(cp)) {
            case CharRole::apostrophe: case CharRole::invisible: break;
            case CharRole::separator: out.separate(); break;
            case CharRole::other: fold_with_utf8proc(cp, utf8.size() - i, out); break;
        }
    }
    return out.take();
}

// ---------------------------------------------------------------------------------------------
// Skeleton. Three passes over a buffer that only shrinks after the first:
//  1. transliterate: Cyrillic to Latin with one table for Ukrainian and Russian, ASCII
//     lowercased, x→ks, punctuation dropped, one space between words;
//  2. symbolise: Latin digraphs become one uppercase placeholder so that doubling and
//     spelling variants collapse (shch→Q, zh→Z, ch→C, sh→S, ts→T), and letters that
//     transliteration systems disagree on merge (kh/h/g→h, w→v, j/y→i; x became ks in pass 1);
//  3. vowels: repeated symbols collapse, then ie→e and iu→u (Є/Ю are written ie/ye/e and
//     iu/yu/u), collapsing again where that makes a new pair. ia stays ia: "a" after a soft
//     consonant is a different sound and merging it blurs too many names.
namespace {

// Folded Cyrillic U+0430..U+045F. Russian и and Ukrainian и/і all end up as "i" after pass 2.
// г is "g" (not "h") so that з+г, с+г stay two letters instead of forming zh/sh; pass 2 then
// turns the lone g into h like every other g.
constexpr std::array<std::string_view, 48> kCyrillicToLatin = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "y", "y", "k", "l", "m", "n", "o", "p",      // а..п
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia",  // р..я
    "e", "e", "dj", "g", "ie", "dz", "i", "i", "j", "lj", "nj", "c", "k", "y", "u", "dz",  // ѐ..џ
};

// Latin letters that survive folding without an ASCII base letter.
std::string_view latin_extra_to_ascii(char32_t cp) {
    switch (cp) {
        case 0xE6: return "ae";
        case 0xF0: case 0x111: return "d";
        case 0xF8: return "o";
        case 0xFE: return "th";
        case 0x127: return "h";
        case 0x131: return "i";  // dotless ı
        case 0x142: return "l";
        case 0x14B: return "n";
        case 0x153: return "oe";
        default: return {};
    }
}

// Pass 1. Every input byte gives at most two output bytes ("x"→"ks", "щ"→"shch"), so `out`
// is sized once and written through an index.
void transliterate_to_latin(std::string_view text, std::string& out) {
    out.resize(2 * text.size());
    std::size_t size = 0;
    bool space_pending = false;
    const auto put = [&](std::string_view latin) {
        if (latin.empty()) return;
        if (space_pending && size != 0) out[size++] = ' ';
        space_pending = false;
        for (const char c : latin) out[size++] = c;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            if (c >= 'A' && c <= 'Z') {
                const char lower = static_cast<char>(c + ('a' - 'A'));
                put(std::string_view(&lower, 1));
            } else if (c == 'x' || c == 'X') {
                put("ks");  // "Olexandrivka": x is ks in English spellings of these names
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                put(text.substr(i - 1, 1));
            } else if (c <= ' ' || c == '-' || c == '_') {
                space_pending = true;
            }
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = decode_utf8(text, i, cp);
        i += len == 0 ? 1 : len;
        if (len == 0) continue;
        if (has_fast_cyrillic_fold(cp)) cp = fold_cyrillic(cp);
        if (cp >= 0x430 && cp <= 0x45F) put(kCyrillicToLatin[cp - 0x430]);
        else if (cp == 0x491) put("g");  // ґ
        else if (const std::string_view latin = latin_extra_to_ascii(cp); !latin.empty()) put(latin);
        else if (role_of(cp) == CharRole::separator) space_pending = true;
    }
    out.resize(size);
}

// Pass 2, in place: every rewrite is no longer than what it replaces.
void symbolise_digraphs(std::string& s) {
    std::size_t w = 0;
    const auto next_is = [&](std::size_t r, std::string_view tail) {
        return s.compare(r + 1, tail.size(), tail) == 0;
    };
    for (std::size_t r = 0; r < s.size(); ++r) {
        const char c = s[r];
        char symbol = c;
        if (c == 's' && next_is(r, "hch")) symbol = 'Q', r += 3;
        else if (c == 's' && next_is(r, "h")) symbol = 'S', ++r;
        else if (c == 'z' && next_is(r, "h")) symbol = 'Z', ++r;
        else if (c == 'c' && next_is(r, "h")) symbol = 'C', ++r;
        else if (c == 'k' && next_is(r, "h")) symbol = 'h', ++r;
        else if (c == 't' && next_is(r, "s")) symbol = 'T', ++r;
        else if (c == 'g') symbol = 'h';
        else if (c == 'w') symbol = 'v';
        else if (c == 'j' || c == 'y') symbol = 'i';
        s[w++] = symbol;
    }
    s.resize(w);
}

// Pass 3, in place.
void merge_vowels_and_doubles(std::string& s) {
    std::size_t w = 0;
    for (const char c : s) {
        if (w > 0 && s[w - 1] == c) continue;
        if ((c == 'e' || c == 'u') && w > 0 && s[w - 1] == 'i') {
            s[w - 1] = c;
            if (w >= 2 && s[w - 2] == c) --w;
            continue;
        }
        s[w++] = c;
    }
    s.resize(w);
}

}  // namespace

std::string skeleton_key(std::string_view folded) {
    std::string key;
    transliterate_to_latin(folded, key);
    symbolise_digraphs(key);
    merge_vowels_and_doubles(key);
    return key;
}

// ---------------------------------------------------------------------------------------------
namespace {

bool is_latin_letter_range(char32_t cp) {
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
           (cp >= 0x2C60 && cp <= 0x2C7F) || (cp >= 0xA720 && cp <= 0xA7FF) || (cp >= 0xFF21 && cp <= 0xFF5A);
}

bool is_letter(utf8proc_category_t category) {
    return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

Script script_of_letter(char32_t cp) {
    if (cp < 0x80) {
        const bool ascii_letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        return ascii_letter ? Script::latin : Script::none;
    }
    if (cp >= 0x400 && cp <= 0x481) return Script::cyrillic;  // all letters, the common case
    if (!is_letter(utf8proc_category(static_cast<utf8proc_int32_t>(cp)))) return Script::none;
    if (is_latin_letter_range(cp)) return Script::latin;
    if (is_cyrillic_block(cp) || (cp >= 0x1C80 && cp <= 0x1C8F) || (cp >= 0xA640 && cp <= 0xA69F)) {
        return Script::cyrillic;
    }
    return Script::other;
}

enum class LetterCase { none, upper, lower };

LetterCase case_of(char32_t cp) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return LetterCase::upper;
        if (cp >= 'a' && cp <= 'z') return LetterCase::lower;
        return LetterCase::none;
    }
    if (cp >= 0x400 && cp <= 0x45F) return cp < 0x430 ? LetterCase::upper : LetterCase::lower;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return LetterCase::upper;
        case UTF8PROC_CATEGORY_LL: return LetterCase::lower;
        default: return LetterCase::none;
    }
}

// Calls visit(cp) for each valid code point, skipping invalid bytes; stops when visit
// returns false.
template <typename Visit>
void for_each_code_point(std::string_view s, Visit visit) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        const std::size_t len = decode_utf8(s, i, cp);
        if (len == 0) {
            ++i;
            continue;
        }
        i += len;
        if (!visit(cp)) return;
    }
}

}  // namespace

Script dominant_script(std::string_view utf8) {
    std::array<std::size_t, 4> counts{};
    Script first = Script::none;
    for_each_code_point(utf8, [&](char32_t cp) {
        const Script script = script_of_letter(cp);
        if (script != Script::none) {
            ++counts[static_cast<std::size_t>(script)];
            if (first == Script::none) first = script;
        }
        return true;
    });
    Script best = first;  // ties go to the script of the first letter
    for (const Script s : {Script::latin, Script::cyrillic, Script::other}) {
        if (counts[static_cast<std::size_t>(s)] > counts[static_cast<std::size_t>(best)]) best = s;
    }
    return best;
}

bool starts_uppercase(std::string_view utf8) {
    bool upper = false;
    for_each_code_point(utf8, [&](char32_t cp) {
        upper = case_of(cp) == LetterCase::upper;
        return false;
    });
    return upper;
}

bool is_all_uppercase(std::string_view utf8) {
    bool saw_upper = false;
    bool saw_lower = false;
    for_each_code_point(utf8, [&](char32_t cp) {
        const LetterCase letter_case = case_of(cp);
        saw_upper = saw_upper || letter_case == LetterCase::upper;
        saw_lower = letter_case == LetterCase::lower;
        return !saw_lower;
    });
    return saw_upper && !saw_lower;
}

}  // namespace frontmap::gaz
