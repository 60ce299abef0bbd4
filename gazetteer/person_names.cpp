#include "gazetteer/person_names.hpp"

#include "gazetteer/candidate_traits.hpp"

namespace frontmap::gaz {

PersonNames find_person_names(const TokenContext& a) {
    PersonNames out;
    const auto& lex = a.ctx.lexicon;
    for (std::size_t k = 0; k < a.tokens.size(); ++k) {
        const Token& t = a.tokens[k];
        if (!t.word || !t.upper_initial || t.all_upper) continue;
        // Only a capitalised word followed by another (or by a title's dot) can open a name.
        const std::size_t after = k + 1;
        if (after >= a.tokens.size() ||
            !((a.tokens[after].word && a.tokens[after].upper_initial) || a.punct(after, ".")))
            continue;
        const std::string& w = a.folded_word(k);
        bool given = lex.is_given_name(w);
        bool title = !given && lex.cue(CueCategory::person_before, w).has_value();
        if (!given && !title) continue;
        std::size_t n = k + 1;
        if (title && n < a.tokens.size() && a.punct(n, ".")) ++n;  // "Gen." "Sen."
        // Given names that are also major places ("Florida Highway Patrol", "Georgia") only
        // start a name before a surname-like word.
        // ("Владимир Путин" is a person although Vladimir is a city: a surname follows.)
        if (given && names_major_place(a.ctx.gazetteer, w)) {
            const std::size_t s = k + 1;
            const bool surname_follows = s < a.tokens.size() && a.tokens[s].word && a.tokens[s].upper_initial &&
                                         a.tokens[s].gap == Gap::space &&
                                         !lex.is_common_word(a.folded_word(s)) &&
                                         !a.ctx.gazetteer.find(KeySpace::folded, a.folded_word(s)).found();
            if (!surname_follows) continue;
        }
        std::size_t end = n;
        while (end < a.tokens.size() && end - n < 3 && a.tokens[end].word && a.tokens[end].upper_initial &&
               !a.tokens[end].all_upper && a.tokens[end].gap == Gap::space &&
               !a.tokens[end].sentence_start && !lex.is_common_word(a.folded_word(end)) &&
               !lex.cue(CueCategory::qualifier_after, a.folded_word(end)))
            ++end;
        if (end == n) {
            // "Michael Brown": the surname is an ordinary word, but the given name is still a name.
            if (given && n < a.tokens.size() && a.tokens[n].word && a.tokens[n].upper_initial &&
                a.tokens[n].gap == Gap::space && !a.tokens[n].sentence_start &&
                !lex.cue(CueCategory::qualifier_after, a.folded_word(n)))
                out.spans.emplace_back(k, k + 1);
            continue;
        }
        // A given name alone before a place ("Maria Pokrovsk"?) is rare; titles before places
        // ("President Kyiv") do not occur, so both mark a person.
        out.spans.emplace_back(given ? k : n, end);
        if (end - (given ? k : n) >= 2 || title) out.surnames.insert(a.folded_word(end - 1));
        k = end - 1;
    }
    return out;
}

}  // namespace frontmap::gaz
