#pragma once
// Language data the recogniser consults: context cues (assets/lang/cues.tsv), common English
// words that are also place names, and demonyms. Loaded once, immutable, shareable.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap::gaz {

enum class CueCategory : std::size_t {
    qualifier_after,
    qualifier_before,
    relation_before,
    place_context_before,
    org_after,
    org_before,
    person_before,
    metonym_after,
    possessive_location,
    calendar,
    not_place,
    count_
};

// Lets the word sets be searched with a string_view, without building a std::string.
struct WordHash {
    using is_transparent = void;
    // FNV-1a: words are short, and an inline hash beats the library's out-of-line one here.
    std::size_t operator()(std::string_view s) const {
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 32));
    }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <typename V>
using WordMap = std::unordered_map<std::string, V, WordHash, std::equal_to<>>;

class Lexicon {
public:
    // Parses the three files' contents; `where` names them in messages. Unknown categories and
    // malformed lines are reported and skipped.
    static Lexicon parse(std::string_view cues_tsv, std::string_view common_words,
                         std::string_view demonyms, std::string_view given_names, Diagnostics& diags,
                         std::string_view where = "assets/lang");
    // Reads cues.tsv, en_common_words.txt.gz, demonyms.txt, given_names_en.txt.gz and
    // given_names_slavic.txt from `lang_dir`; a missing optional
    // list is reported and treated as empty.
    static Lexicon load(const std::string& lang_dir, Diagnostics& diags);

    // The cue value for a folded phrase (one or more words separated by single spaces), trying
    // exact phrases first, then "prefix*" entries of one word.
    std::optional<std::string_view> cue(CueCategory category, std::string_view folded_phrase) const;
    // Longest phrase length in words for the category (how far to look around a name).
    std::size_t max_words(CueCategory category) const {
        return max_words_[static_cast<std::size_t>(category)];
    }
    bool is_common_word(std::string_view folded) const;
    bool is_demonym(std::string_view folded) const;
    bool is_given_name(std::string_view folded) const;
    std::unordered_set<std::string> demonyms() const { return {demonyms_.begin(), demonyms_.end()}; }

private:
    struct Table {
        WordMap<std::string> exact;
        std::vector<std::pair<std::string, std::string>> prefixes;
    };
    std::array<Table, static_cast<std::size_t>(CueCategory::count_)> tables_;
    std::array<std::size_t, static_cast<std::size_t>(CueCategory::count_)> max_words_{};
    WordSet common_words_;
    WordSet demonyms_;
    WordSet given_names_;
};

}  // namespace frontmap::gaz
