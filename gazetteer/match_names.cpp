// Longest-match lookup: from each capitalised word, read on while the words so far are a name
// or the start of a longer one, in any of the three key spaces.
#include <algorithm>

#include "gazetteer/find_toponyms.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {

namespace {

constexpr std::size_t max_name_words = 7;

bool is_punct(std::string_view text, const Token& t, std::string_view p) {
    return !t.word && token_text(text, t) == p;
}

constexpr std::size_t no_next_word = static_cast<std::size_t>(-1);

// The token index of the next word of a multi-word name after `j`, or no_next_word when the
// name cannot continue there. Names run over spaces, hyphens ("Chasiv-Yar", "Rostov-on-Don") and the dot of
// a short abbreviation ("St. Petersburg"), never over other punctuation or a paragraph break.
std::size_t next_name_word(std::string_view text, const std::vector<Token>& tokens, std::size_t j) {
    const Token& cur = tokens[j];
    if (cur.possessive) return no_next_word;
    std::size_t n = j + 1;
    if (n >= tokens.size()) return no_next_word;
    const Token& next = tokens[n];
    if (next.word) return next.gap == Gap::space ? n : no_next_word;
    bool hyphen = is_punct(text, next, "-") || is_punct(text, next, "\xE2\x80\x90");
    bool abbrev_dot = is_punct(text, next, ".") && cur.end - cur.begin <= 3 && cur.upper_initial;
    if ((hyphen && next.gap == Gap::none) || abbrev_dot) {
        if (n + 1 < tokens.size() && tokens[n + 1].word &&
            (tokens[n + 1].gap == Gap::none || (abbrev_dot && tokens[n + 1].gap == Gap::space)))
            return n + 1;
    }
    return no_next_word;
}

void collect(const KeyLookup& hit, MatchKind kind, std::vector<CandidatePlace>& out) {
    for (const Posting& p : hit.postings) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const CandidatePlace& c) { return c.place == p.place; });
        if (it == out.end()) {
            out.push_back({p.place, kind, p.kind});
        } else {
            if (static_cast<int>(kind) < static_cast<int>(it->match)) it->match = kind;
            if (p.kind < it->name_kind) it->name_kind = p.kind;
        }
    }
}

}  // namespace

std::vector<Toponym> match_names(std::string_view text, const std::vector<Token>& tokens,
                                 const RecognitionContext& ctx) {
    std::vector<Toponym> found;
    std::string folded, skeleton, stem_skeleton;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& first = tokens[i];
        if (!first.word || !first.has_letter || !first.upper_initial) continue;
        folded.clear();
        bool cyrillic = false;
        std::size_t best_end = 0;  // token index of the last word of the best match
        std::vector<CandidatePlace> best;
        std::string best_folded;
        std::size_t best_byte_end = 0;
        bool best_common = false;
        std::size_t j = i;
        for (std::size_t words = 1; words <= max_name_words && j != no_next_word; ++words) {
            const Token& t = tokens[j];
            if (words > 1) folded.push_back(' ');
            folded += fold_name(token_text(text, t));
            cyrillic = cyrillic || t.cyrillic;
            skeleton = skeleton_key(folded);
            KeyLookup exact = ctx.gazetteer.find(KeySpace::folded, folded);
            KeyLookup variant = ctx.gazetteer.find(KeySpace::skeleton, skeleton);
            KeyLookup inflected_t, inflected_s;
            if (cyrillic) {
                stem_skeleton = skeleton_key(ctx.stemmer.stem_name(folded));
                inflected_t = ctx.gazetteer.find(KeySpace::stem, stem_skeleton);
                if (stem_skeleton != skeleton)
                    inflected_s = ctx.gazetteer.find(KeySpace::skeleton, stem_skeleton);
            }
            if (!exact.postings.empty() || !variant.postings.empty() ||
                !inflected_t.postings.empty() || !inflected_s.postings.empty()) {
                best.clear();
                collect(exact, MatchKind::exact, best);
                collect(variant, MatchKind::variant, best);
                collect(inflected_t, MatchKind::inflected, best);
                collect(inflected_s, MatchKind::inflected, best);
                best_end = j;
                best_folded = folded;
                best_byte_end = t.end;
                best_common = exact.common_word || variant.common_word || inflected_t.common_word ||
                              inflected_s.common_word;
            }
            // Abbreviations written with their dot ("Ky.", "Calif.") are names with the dot.
            if (t.end - t.begin <= 6 && j + 1 < tokens.size() && tokens[j + 1].gap == Gap::none &&
                is_punct(text, tokens[j + 1], ".")) {
                KeyLookup dotted = ctx.gazetteer.find(KeySpace::folded, folded + ".");
                if (!dotted.postings.empty()) {
                    best.clear();
                    collect(dotted, MatchKind::exact, best);
                    best_end = j;
                    best_folded = folded + ".";
                    best_byte_end = tokens[j + 1].end;
                }
            }
            if (!exact.is_prefix && !variant.is_prefix && !inflected_t.is_prefix &&
                !inflected_s.is_prefix)
                break;
            j = next_name_word(text, tokens, j);
        }
        if (best.empty()) continue;
        Toponym t;
        t.tok_begin = i;
        t.tok_end = best_end + 1;
        t.byte_begin = first.begin;
        t.byte_end = best_byte_end;
        t.folded = std::move(best_folded);
        t.candidates = std::move(best);
        t.common_word = best_common && cyrillic;
        found.push_back(std::move(t));
        i = best_end;
    }
    return found;
}

}  // namespace frontmap::gaz
