// Decodes the named references that occur in news pages and all numeric ones. The full HTML5
// table has 2,231 names; pages from news sites use a few dozen, and an unknown name stays as
// literal text, which is harmless for place finding.
#include "app/input/html_entities.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <utility>

#include "app/input/utf8_repair.hpp"

namespace frontmap::input {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t code_point;
};

// &nbsp; decodes to a plain space: a non-breaking space between "Donetsk" and "oblast" must not
// stop the two words from matching a gazetteer name written with an ordinary space.
constexpr std::array<NamedEntity, 84> kNamedEntities{{
    {"amp", '&'},        {"lt", '<'},          {"gt", '>'},          {"quot", '"'},
    {"apos", '\''},      {"nbsp", ' '},        {"ensp", ' '},        {"emsp", ' '},
    {"thinsp", ' '},     {"shy", 0x00AD},      {"zwnj", 0x200C},     {"zwj", 0x200D},
    {"lrm", 0x200E},     {"rlm", 0x200F},      {"ndash", 0x2013},    {"mdash", 0x2014},
    {"lsquo", 0x2018},   {"rsquo", 0x2019},    {"sbquo", 0x201A},    {"ldquo", 0x201C},
    {"rdquo", 0x201D},   {"bdquo", 0x201E},    {"laquo", 0x00AB},    {"raquo", 0x00BB},
    {"lsaquo", 0x2039},  {"rsaquo", 0x203A},   {"hellip", 0x2026},   {"bull", 0x2022},
    {"middot", 0x00B7},  {"prime", 0x2032},    {"Prime", 0x2033},    {"deg", 0x00B0},
    {"copy", 0x00A9},    {"reg", 0x00AE},      {"trade", 0x2122},    {"euro", 0x20AC},
    {"pound", 0x00A3},   {"yen", 0x00A5},      {"cent", 0x00A2},     {"sect", 0x00A7},
    {"para", 0x00B6},    {"times", 0x00D7},    {"divide", 0x00F7},   {"plusmn", 0x00B1},
    {"minus", 0x2212},   {"frac12", 0x00BD},   {"frac14", 0x00BC},   {"frac34", 0x00BE},
    {"acute", 0x00B4},   {"dagger", 0x2020},   {"Dagger", 0x2021},   {"permil", 0x2030},
    {"larr", 0x2190},    {"rarr", 0x2192},     {"uarr", 0x2191},     {"darr", 0x2193},
    {"iexcl", 0x00A1},   {"iquest", 0x00BF},   {"ordm", 0x00BA},     {"ordf", 0x00AA},
    {"aacute", 0x00E1},  {"agrave", 0x00E0},   {"acirc", 0x00E2},    {"auml", 0x00E4},
    {"aring", 0x00E5},   {"ccedil", 0x00E7},   {"eacute", 0x00E9},   {"egrave", 0x00E8},
    {"ecirc", 0x00EA},   {"euml", 0x00EB},     {"iacute", 0x00ED},   {"iuml", 0x00EF},
    {"ntilde", 0x00F1},  {"oacute", 0x00F3},   {"ocirc", 0x00F4},    {"ouml", 0x00F6},
    {"uacute", 0x00FA},  {"uuml", 0x00FC},     {"szlig", 0x00DF},    {"Eacute", 0x00C9},
    {"Auml", 0x00C4},    {"Ouml", 0x00D6},     {"Uuml", 0x00DC},     {"oslash", 0x00F8},
}};

// Numeric references 128..159 name Windows-1252 characters in practice (&#146; for ’), and
// browsers decode them that way.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

constexpr std::size_t kLongestName = 16;

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char32_t sanitize_numeric(std::uint32_t value) {
    if (value >= 128 && value <= 159) return kWindows1252High[value - 128];
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
    return value;
}

std::size_t decode_numeric(std::string_view html, std::string& out) {
    // html = "&#..." ; hex after "&#x" or "&#X".
    const bool hex = html.size() > 2 && (html[2] == 'x' || html[2] == 'X');
    const std::size_t digits_begin = hex ? 3 : 2;
    std::size_t end = digits_begin;
    while (end < html.size() && end - digits_begin < 10 && is_ascii_alnum(html[end])) ++end;
    if (end == digits_begin) return 0;
    std::uint64_t value = 0;
    const auto [ptr, ec] =
        std::from_chars(html.data() + digits_begin, html.data() + end, value, hex ? 16 : 10);
    if (ptr != html.data() + end) return 0;
    if (ec == std::errc::result_out_of_range) value = 0x110000;
    append_utf8(out, sanitize_numeric(value > 0x10FFFF ? 0x110000 : static_cast<std::uint32_t>(value)));
    // The ';' is optional for numeric references, as browsers accept "&#8217 ".
    return end < html.size() && html[end] == ';' ? end + 1 : end;
}

}  // namespace

std::size_t decode_html_entity(std::string_view html, std::string& out) {
    if (html.size() < 3 || html[0] != '&') return 0;
    if (html[1] == '#') return decode_numeric(html, out);
    std::size_t end = 1;
    while (end < html.size() && end <= kLongestName && is_ascii_alnum(html[end])) ++end;
    if (end >= html.size() || html[end] != ';') return 0;
    const std::string_view name = html.substr(1, end - 1);
    for (const auto& entity : kNamedEntities) {
        if (entity.name == name) {
            append_utf8(out, entity.code_point);
            return end + 1;
        }
    }
    return 0;
}

}  // namespace frontmap::input
