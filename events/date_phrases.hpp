#pragma once
// What the phrase lexicons of dating (temporal.tsv, clauses.tsv) share: reading the file, storing
// each phrase as its folded words, and finding the longest stored phrase at a token.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.hpp"
#include "events/date_tokens.hpp"

namespace frontmap::events {

// A phrase as its folded words joined by single spaces, as longest_phrase_at rebuilds them from
// tokens; `words` is how many there are.
inline std::string normalise_date_phrase(std::string_view phrase, std::size_t& words) {
    std::string out;
    words = 0;
    for (const DateToken& token : tokenize_for_dates(phrase)) {
        if (!out.empty()) out += ' ';
        out += token.folded;
        ++words;
    }
    return out;
}

// Stores `meaning` under the phrase and widens `longest` to its word count; an empty phrase is
// reported and skipped (false).
template <typename Meaning>
bool add_date_phrase(std::unordered_map<std::string, std::vector<Meaning>>& phrases, std::size_t& longest,
                     std::string_view phrase, Meaning meaning, Diagnostics& diags, const std::string& where) {
    std::size_t words = 0;
    std::string folded = normalise_date_phrase(phrase, words);
    if (words == 0) {
        diags.warn(where, "empty phrase; line skipped");
        return false;
    }
    longest = std::max(longest, words);
    phrases[std::move(folded)].push_back(std::move(meaning));
    return true;
}


// Calls `found(meanings, words)` for every stored phrase that starts at tokens[i], shortest first
// (consecutive word tokens only; `longest` bounds the words a phrase may have).
template <typename Meanings, typename Found>
void for_each_phrase_at(const std::unordered_map<std::string, Meanings>& phrases, std::size_t longest,
                        std::span<const DateToken> tokens, std::size_t i, Found&& found) {
    std::string phrase;
    for (std::size_t n = 0; n < longest && i + n < tokens.size(); ++n) {
        const DateToken& token = tokens[i + n];
        if (token.kind == DateTokenKind::punct) break;
        if (n > 0) phrase += ' ';
        phrase += token.folded;
        if (const auto hit = phrases.find(phrase); hit != phrases.end()) found(hit->second, n + 1);
    }
}

}  // namespace frontmap::events
