#include "gazetteer/cyrillic_stemmer.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Code points in a string; invalid bytes count as one each, which is all stem lengths need.
std::size_t count_letters(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation_byte(c); }));
}

// The last code point when it is a well-formed two-byte sequence (all of U+0400..U+04FF is),
// otherwise 0.
char32_t last_two_byte_code_point(std::string_view s) {
    if (s.size() < 2) return 0;
    const auto lead = static_cast<unsigned char>(s[s.size() - 2]);
    const auto tail = static_cast<unsigned char>(s[s.size() - 1]);
    if (lead < 0xC2 || lead > 0xDF || (tail & 0xC0) != 0x80) return 0;
    return static_cast<char32_t>(((lead & 0x1Fu) << 6) | (tail & 0x3Fu));
}

bool is_folded_cyrillic_letter(char32_t cp) { return (cp >= 0x430 && cp <= 0x45F) || cp == 0x491; }

bool is_all_cyrillic_letters(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); i += 2) {
        if (!is_folded_cyrillic_letter(last_two_byte_code_point(s.substr(i, 2)))) return false;
    }
    return s.size() % 2 == 0;
}

// Which rule languages may apply to a word, from the letters only one language uses.
std::uint8_t languages_of(std::string_view word, std::uint8_t ukrainian, std::uint8_t russian) {
    bool ukrainian_letter = false;
    bool russian_letter = false;
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
        if (word[i] != '\xD1' && word[i] != '\xD2') continue;
        switch (last_two_byte_code_point(word.substr(i, 2))) {
            case 0x456: case 0x454: case 0x491: ukrainian_letter = true; break;  // і є ґ
            case 0x44B: case 0x44D: case 0x44A: russian_letter = true; break;    // ы э ъ
            default: break;
        }
    }
    if (ukrainian_letter == russian_letter) return ukrainian | russian;
    return ukrainian_letter ? ukrainian : russian;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) return fields;
        start = tab + 1;
    }
}

bool is_blank_or_comment(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos || line[first] == '#';
}

}  // namespace

CyrillicStemmer CyrillicStemmer::parse(std::string_view rules_text, std::string_view source_name,
                                       Diagnostics& diags) {
    CyrillicStemmer stemmer;
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < rules_text.size();) {
        const std::size_t end = std::min(rules_text.find('\n', start), rules_text.size());
        std::string_view line = rules_text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (is_blank_or_comment(line)) continue;

        const std::string where = std::string(source_name) + ":" + std::to_string(line_number);
        const auto reject = [&](const std::string& why) {
            diags.skip(where, why + " in " + quote_excerpt(line) +
                                  "; expected lang<TAB>ending<TAB>replacement, lang uk, ru or any");
        };
        const std::vector<std::string_view> fields = split_tabs(line);
        if (fields.size() < 2) {
            reject("too few tab-separated fields");
            continue;
        }
        Rule rule;
        if (fields[0] == "uk") rule.languages = kUkrainian;
        else if (fields[0] == "ru") rule.languages = kRussian;
        else if (fields[0] == "any") rule.languages = kUkrainian | kRussian;
        else {
            reject("unknown language " + quote_excerpt(fields[0]));
            continue;
        }
        rule.ending = fold_name(fields[1]);
        const std::string_view replacement = fields.size() > 2 ? fields[2] : std::string_view{};
        rule.replacement = replacement == "-" ? std::string{} : fold_name(replacement);
        if (rule.ending.empty() || !is_all_cyrillic_letters(rule.ending)) {
            reject("the ending must be Cyrillic letters");
            continue;
        }
        if (!is_all_cyrillic_letters(rule.replacement)) {
            reject("the replacement must be Cyrillic letters, empty or \"-\"");
            continue;
        }
        const auto clash = std::find_if(stemmer.rules_.begin(), stemmer.rules_.end(), [&](const Rule& other) {
            return other.ending == rule.ending && (other.languages & rule.languages) != 0;
        });
        if (clash != stemmer.rules_.end()) {
            reject("a rule for this ending and language is already defined");
            continue;
        }
        rule.ending_letters = count_letters(rule.ending);
        rule.replacement_letters = count_letters(rule.replacement);
        stemmer.rules_.push_back(std::move(rule));
    }
    stemmer.index_rules();
    return stemmer;
}

CyrillicStemmer CyrillicStemmer::load(const std::string& path, Diagnostics& diags) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.report(Severity::error, path,
                     "cannot read the Cyrillic ending rules; Ukrainian and Russian case forms will not "
                     "match. Check that the assets folder is installed or set FRONTMAP_ASSETS");
        return CyrillicStemmer{};
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parse(text, path, diags);
}

void CyrillicStemmer::index_rules() {
    const auto bucket_of = [](const Rule& rule) { return last_two_byte_code_point(rule.ending) - 0x400; };
    std::stable_sort(rules_.begin(), rules_.end(), [&](const Rule& a, const Rule& b) {
        if (bucket_of(a) != bucket_of(b)) return bucket_of(a) < bucket_of(b);
        return a.ending_letters > b.ending_letters;
    });
    std::size_t r = 0;
    for (std::size_t bucket = 0; bucket <= kBuckets; ++bucket) {
        while (r < rules_.size() && bucket_of(rules_[r]) < bucket) ++r;
        bucket_begin_[bucket] = static_cast<std::uint32_t>(r);
    }
}

void CyrillicStemmer::append_stem(std::string& out, std::string_view word, std::size_t min_letters) const {
    const char32_t last = last_two_byte_code_point(word);
    const std::size_t letters = count_letters(word);
    if (rules_.empty() || last < 0x400 || last > 0x4FF || letters <= min_letters) {
        out += word;
        return;
    }
    const std::uint8_t languages = languages_of(word, kUkrainian, kRussian);
    std::string_view stem = word;
    std::string_view replacement;
    std::size_t stem_letters = letters;
    const std::size_t bucket = last - 0x400;
    for (std::size_t k = bucket_begin_[bucket]; k < bucket_begin_[bucket + 1]; ++k) {
        const Rule& rule = rules_[k];
        if ((rule.languages & languages) == 0 || rule.ending_letters >= letters) continue;
        const std::size_t kept = letters - rule.ending_letters + rule.replacement_letters;
        if (kept < min_letters || !word.ends_with(rule.ending)) continue;
        stem = word.substr(0, word.size() - rule.ending.size());
        replacement = rule.replacement;
        stem_letters = kept;
        break;
    }
    const std::size_t start = out.size();
    out += stem;
    out += replacement;
    // "ь"/"ъ" (D1 8C / D1 8A) at the end of a stem: "Маріуполь", "Запорожье" → "запорожь".
    const std::string_view result = std::string_view(out).substr(start);
    if (stem_letters > min_letters && (result.ends_with("\xD1\x8C") || result.ends_with("\xD1\x8A"))) {
        out.resize(out.size() - 2);
    }
}

std::string CyrillicStemmer::stem_word(std::string_view folded_word) const {
    std::string out;
    out.reserve(folded_word.size() + 8);
    append_stem(out, folded_word, kMinStemLetters);
    return out;
}

std::string CyrillicStemmer::stem_name(std::string_view folded) const {
    std::string out;
    out.reserve(folded.size() + 8);
    std::size_t start = 0;
    while (start <= folded.size()) {
        const std::size_t space = std::min(folded.find(' ', start), folded.size());
        const std::string_view word = folded.substr(start, space - start);
        if (!word.empty()) {
            const bool first = out.empty();
            if (!first) out += ' ';
            append_stem(out, word, first ? kMinStemLetters : kMinInnerStemLetters);
        }
        start = space + 1;
    }
    return out;
}

}  // namespace frontmap::gaz
