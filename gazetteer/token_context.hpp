#pragma once
// The tokens around a recognised name, with the lookups the context rules make again and again
// (folded words, preceding phrases, cue phrases, Title Case lines). Internal to the gazetteer
// stage's recognition.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gazetteer/find_toponyms.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {

struct TokenContext {
    std::string_view text;
    const std::vector<Token>& tokens;
    const RecognitionContext& ctx;
    // Folded words, computed on first use: the rules ask for the same neighbours many times.
    mutable std::vector<std::string> folded_cache = std::vector<std::string>(tokens.size());
    mutable std::vector<char> folded_ready = std::vector<char>(tokens.size(), 0);

    bool punct(std::size_t k, std::string_view p) const {
        return k < tokens.size() && !tokens[k].word && token_text(text, tokens[k]) == p;
    }
    const std::string& folded_word(std::size_t k) const {
        if (!folded_ready[k]) {
            folded_cache[k] = fold_name(token_text(text, tokens[k]));
            folded_ready[k] = 1;
        }
        return folded_cache[k];
    }

    // Token indices of up to `n` words ending just before token `k` within the sentence,
    // nearest first (the dot of a short abbreviation and a hashtag sign are skipped). Returns
    // how many there are.
    std::size_t previous_words(std::size_t k, std::size_t n, std::size_t* out) const {
        std::size_t found = 0;
        std::size_t idx = k;
        while (found < n) {
            if (idx == 0 || tokens[idx].gap == Gap::paragraph) break;
            --idx;
            const Token& t = tokens[idx];
            if (!t.word) {
                if (token_text(text, t) == "#") continue;  // "Armed Forces of #Ukraine"
                if (token_text(text, t) == "." && idx > 0 && tokens[idx - 1].word &&
                    tokens[idx - 1].end == t.begin && tokens[idx - 1].end - tokens[idx - 1].begin <= 4)
                    continue;  // "Gen."
                break;
            }
            out[found++] = idx;
        }
        return found;
    }

    // Folded phrase of the `n` words ending just before token `k`, or empty when there are fewer.
    std::string words_before(std::size_t k, std::size_t n) const {
        std::size_t idx[8];
        n = std::min<std::size_t>(n, 8);
        if (previous_words(k, n, idx) < n) return {};
        return phrase_of(idx, n);
    }

    std::string phrase_of(const std::size_t* idx, std::size_t n) const {
        std::string out;
        for (std::size_t j = n; j-- > 0;) {
            if (!out.empty()) out.push_back(' ');
            out += folded_word(idx[j]);
        }
        return out;
    }

    // Index of the word right after token `k` within the sentence (spaces only), or npos.
    std::size_t next_word(std::size_t k) const {
        std::size_t n = k + 1;
        if (n < tokens.size() && tokens[n].word && tokens[n].gap == Gap::space) return n;
        return std::string::npos;
    }

    // Longest cue phrase of `cat` that ends right before token `k`.
    std::optional<std::pair<std::string_view, std::size_t>> cue_before(CueCategory cat,
                                                                       std::size_t k) const {
        std::size_t idx[8];
        const std::size_t have = previous_words(k, std::min<std::size_t>(ctx.lexicon.max_words(cat), 8), idx);
        for (std::size_t n = have; n >= 1; --n)
            if (auto v = ctx.lexicon.cue(cat, n == 1 ? std::string_view(folded_word(idx[0])) : phrase_of(idx, n)))
                return std::make_pair(*v, n);
        return std::nullopt;
    }

    // True when the line holding token `k` is a Title Case headline ("Police Seek Man In Mobile"):
    // there capitals say nothing about names. Computed once per document.
    mutable std::vector<char> title_case = {};
    bool in_title_case_line(std::size_t k) const {
        if (title_case.empty()) mark_title_case_lines();
        return title_case[k] != 0;
    }
    void mark_title_case_lines() const {
        title_case.assign(tokens.size(), 0);
        std::size_t line_start = 0;
        for (std::size_t k = 0; k <= tokens.size(); ++k) {
            bool line_ends = k == tokens.size() ||
                             (k > line_start && text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end)
                                                        .find('\n') != std::string_view::npos);
            if (!line_ends) continue;
            std::size_t words = 0, capitalised = 0;
            for (std::size_t i = line_start; i < k; ++i) {
                if (!tokens[i].word || !tokens[i].has_letter || tokens[i].end - tokens[i].begin < 4) continue;
                ++words;
                if (tokens[i].upper_initial) ++capitalised;
            }
            if (words >= 4 && capitalised * 10 >= words * 8)
                for (std::size_t i = line_start; i < k; ++i) title_case[i] = 1;
            line_start = k;
        }
    }

};

}  // namespace frontmap::gaz
