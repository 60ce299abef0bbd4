#pragma once
// Reduces folded Ukrainian and Russian words to a stem shared by their case forms, so that
// "у Покровську", "в Покровске" and "Покровськ" all meet the gazetteer entry. A light suffix
// stripper in the spirit of Snowball's Russian/Ukrainian stemmers, driven by a rules file
// (assets/lang/cyrillic_endings.tsv) and applied identically to gazetteer names and text.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap::gaz {

class CyrillicStemmer {
public:
    // Rules: lines "lang<TAB>ending<TAB>replacement[<TAB>comment]" (lang uk|ru|any), '#' comments,
    // replacement may be empty or "-" for nothing. Longest matching ending wins. Bad lines go to
    // diags as "source:line: …" and are skipped. Endings are folded with fold_name at load time,
    // so the file is written in ordinary Cyrillic.
    static CyrillicStemmer parse(std::string_view rules_text, std::string_view source_name, Diagnostics& diags);
    static CyrillicStemmer load(const std::string& path, Diagnostics& diags);  // file read; missing file reported

    // One folded word. Words of three letters or fewer, words not ending in a Cyrillic letter
    // and every word when no rules are loaded come back unchanged. Otherwise the longest ending
    // that applies is replaced, keeping at least three letters, and a soft or hard sign left at
    // the end of the stem is dropped (it carries no case information: "область"/"області").
    // A rule tagged uk (ru) is skipped for words spelled with a Russian-only (Ukrainian-only)
    // letter: ы э ъ (і є ґ).
    std::string stem_word(std::string_view folded_word) const;
    // Each space-separated word of a folded name, joined by single spaces.
    std::string stem_name(std::string_view folded) const;
    std::size_t rule_count() const { return rules_.size(); }

private:
    struct Rule {
        std::string ending;       // folded, Cyrillic letters only
        std::string replacement;  // folded, may be empty
        std::size_t ending_letters = 0;
        std::size_t replacement_letters = 0;
        std::uint8_t languages = 0;  // bit mask of kUkrainian / kRussian
    };
    static constexpr std::uint8_t kUkrainian = 1;
    static constexpr std::uint8_t kRussian = 2;
    static constexpr std::size_t kMinStemLetters = 3;
    // Later words of a multi-word name may stem shorter: "Часового Яру" → "часов яр".
    static constexpr std::size_t kMinInnerStemLetters = 2;
    // Rules sorted by the last letter of their ending (an offset into U+0400..U+04FF), longest
    // ending first; bucket_begin_[k]..bucket_begin_[k + 1] are those ending in U+0400 + k.
    static constexpr std::size_t kBuckets = 0x100;

    void index_rules();
    void append_stem(std::string& out, std::string_view word, std::size_t min_letters) const;

    std::vector<Rule> rules_;
    std::array<std::uint32_t, kBuckets + 1> bucket_begin_{};
};

}  // namespace frontmap::gaz
