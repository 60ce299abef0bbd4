// Context rules: what the words around a recognised name say about it. Each rule is general
// (a category of cue words from assets/lang/cues.tsv), never a list of particular places.
#include <algorithm>
#include <unordered_set>

#include "gazetteer/candidate_traits.hpp"
#include "gazetteer/find_toponyms.hpp"
#include "gazetteer/person_names.hpp"
#include "gazetteer/token_context.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {

namespace {

bool all_common_words(const TokenContext& a, const Toponym& t) {
    // Capitalised word pairs mid-sentence ("Middle East", "Orange County") are names; only
    // single words, or pairs at a sentence start or in a headline, are ambiguous.
    if (t.tok_end - t.tok_begin > 1 && !a.tokens[t.tok_begin].sentence_start &&
        !a.in_title_case_line(t.tok_begin))
        return false;
    for (std::size_t k = t.tok_begin; k < t.tok_end; ++k) {
        if (!a.tokens[k].word) continue;
        if (!a.ctx.lexicon.is_common_word(a.folded_word(k))) return false;
    }
    return true;
}

FeatureFilter filter_named(std::string_view value) {
    if (value.rfind("admin1", 0) == 0) return FeatureFilter::admin1;
    if (value.rfind("admin2", 0) == 0) return FeatureFilter::admin2;
    if (value.rfind("water", 0) == 0) return FeatureFilter::water;
    if (value.rfind("populated", 0) == 0) return FeatureFilter::populated;
    if (value.rfind("town_district", 0) == 0) return FeatureFilter::town_district;
    if (value.rfind("direction", 0) == 0) return FeatureFilter::direction;
    return FeatureFilter::any;
}

bool joins_span(std::string_view value) { return value.find("+span") != std::string_view::npos; }

void apply_qualifiers(const TokenContext& a, Toponym& t) {
    const Token& last = a.tokens[t.tok_end - 1];
    // A name that ends in its generic word ("Donetsk Region" is an indexed name) keeps it.
    // ("The city" is not: everything before the generic word must be a name.)
    bool named_head = false;
    for (std::size_t k = t.tok_begin; k + 1 < t.tok_end; ++k)
        named_head = named_head || (a.tokens[k].word && !a.ctx.lexicon.is_common_word(a.folded_word(k)));
    if (t.tok_end - t.tok_begin > 1 && named_head) {
        std::string w = a.folded_word(t.tok_end - 1);
        if (auto v = a.ctx.lexicon.cue(CueCategory::qualifier_after, w)) {
            t.filter = filter_named(*v);
            t.qualifier = w;
        }
    }
    std::size_t after = last.possessive ? std::string::npos : a.next_word(t.tok_end - 1);
    if (after != std::string::npos && t.qualifier.empty()) {
        std::string w = a.folded_word(after);
        if (auto v = a.ctx.lexicon.cue(CueCategory::qualifier_after, w)) {
            t.filter = filter_named(*v);
            t.qualifier = w;
            if (joins_span(*v)) t.byte_end = a.tokens[after].end;
        }
    }
    if (t.filter == FeatureFilter::any) {
        if (auto q = a.cue_before(CueCategory::qualifier_before, t.tok_begin)) {
            t.filter = filter_named(q->first);
            t.qualifier = a.words_before(t.tok_begin, q->second);
        }
    }
    if (auto r = a.cue_before(CueCategory::relation_before, t.tok_begin)) t.relation = std::string(r->first);
}

bool is_conjunction(std::string_view w) { return w == "and" || w == "і" || w == "та" || w == "и"; }

// "Kyiv said", "Moscow's forces", "Russia has not reported", "Москва заявила".
bool reads_as_metonym(const TokenContext& a, const Toponym& t) {
    const auto& lex = a.ctx.lexicon;
    const Token& last = a.tokens[t.tok_end - 1];
    std::size_t n = a.next_word(t.tok_end - 1);
    if (n == std::string::npos) return false;
    if (last.possessive) {
        // "Ukraine's east", "Ukraine's Donetsk region" are places; "Russia's defence ministry",
        // "Moscow's most significant gain" are the state acting.
        for (std::size_t m = n, k = 0; m != std::string::npos && k < 3; m = a.next_word(m), ++k) {
            std::string w = a.folded_word(m);
            if (lex.cue(CueCategory::possessive_location, w)) return false;
            if (a.tokens[m].upper_initial && !lex.cue(CueCategory::metonym_after, w) &&
                !a.ctx.gazetteer.find(KeySpace::folded, w).postings.empty())
                return false;
        }
        return true;
    }
    // A coordinated subject shares its verb: "Both Moscow and Kyiv face…".
    if (is_conjunction(a.folded_word(n))) {
        std::size_t m = a.next_word(n);
        while (m != std::string::npos && a.tokens[m].upper_initial) m = a.next_word(m);
        if (m == std::string::npos || m == a.next_word(n)) return false;
        n = m;
    }
    // "A meeting in Kyiv was held", "the capture of Kupiansk continues": after a preposition or
    // an event noun the name is not the verb's subject; only "Moscow officials" still reads as the state.
    const bool object = a.cue_before(CueCategory::place_context_before, t.tok_begin).has_value();
    bool after_auxiliary = false;
    for (int step = 0; step < 3 && n != std::string::npos; ++step, n = a.next_word(n)) {
        auto v = lex.cue(CueCategory::metonym_after, a.folded_word(n));
        if (!v) {
            // "Russia is acting", "Moscow has so far refused": after an auxiliary, anything but a
            // description of the place ("Ukraine is a country") makes the name the state.
            return after_auxiliary && !object && !a.tokens[n].upper_initial;
        }
        if (*v == "place_predicate") return false;
        if (object) return *v == "agent" && step == 0;
        if (*v != "auxiliary") return true;
        after_auxiliary = true;
    }
    return false;
}

bool is_compound_adjective(const TokenContext& a, const Toponym& t) {
    // "Kyiv-controlled", "Russia-backed" after; "post-Maidan", "pro-Russia" before.
    std::size_t e = t.tok_end;
    if (e + 1 < a.tokens.size() && a.punct(e, "-") && a.tokens[e].gap == Gap::none &&
        a.tokens[e + 1].word && a.tokens[e + 1].gap == Gap::none && !a.tokens[e + 1].upper_initial)
        return true;
    // "Wal-Mart": a small place's name joined to another capitalised word is a brand or a name.
    if (e + 1 < a.tokens.size() && a.punct(e, "-") && a.tokens[e].gap == Gap::none &&
        a.tokens[e + 1].word && a.tokens[e + 1].gap == Gap::none && !is_big_place(a.ctx.gazetteer, t) &&
        !can_be_metonym(a.ctx.gazetteer, t))
        return true;
    std::size_t b = t.tok_begin;
    if (b >= 2 && a.punct(b - 1, "-") && a.tokens[b].gap == Gap::none &&
        a.tokens[b - 1].gap == Gap::none && a.tokens[b - 2].word && !a.tokens[b - 2].upper_initial)
        return true;
    return false;
}

bool is_inside_handle_or_domain(const TokenContext& a, const Toponym& t) {
    std::size_t b = t.tok_begin, e = t.tok_end;
    if (b >= 1 && a.tokens[b].gap == Gap::none &&
        (a.punct(b - 1, "@") || a.punct(b - 1, "/") ||
         (a.punct(b - 1, ".") && b >= 2 && a.tokens[b - 1].gap == Gap::none && a.tokens[b - 2].word)))
        return true;
    if (e + 1 < a.tokens.size() && a.tokens[e].gap == Gap::none &&
        (a.punct(e, ".") || a.punct(e, "/")) && a.tokens[e + 1].word &&
        a.tokens[e + 1].gap == Gap::none && !a.tokens[e + 1].upper_initial)
        return true;
    return false;
}

void reject_false_friends(const TokenContext& a, const PersonNames& persons, Toponym& t) {
    const auto& lex = a.ctx.lexicon;
    const auto& g = a.ctx.gazetteer;
    const Token& first = a.tokens[t.tok_begin];
    const bool single = t.tok_end - t.tok_begin == 1;
    const bool country = any_candidate(g, t, is_country);
    if (is_compound_adjective(a, t) || is_inside_handle_or_domain(a, t)) { t.rejected = true; return; }
    // People: inside a person's name, a surname used before, a title word, or a small place
    // that "said" something.
    if (!country && persons.covers(t.tok_begin, t.tok_end)) { t.rejected = true; return; }
    if (single && !country && !is_big_place(g, t) && persons.surnames.count(t.folded)) { t.rejected = true; return; }
    if (single && lex.cue(CueCategory::person_before, t.folded)) { t.rejected = true; return; }
    if (!country && !is_big_place(g, t) && !can_be_metonym(g, t)) {
        std::size_t n = a.next_word(t.tok_end - 1);
        if (n != std::string::npos && lex.cue(CueCategory::metonym_after, a.folded_word(n)) == "speech") {
            t.rejected = true;
            return;
        }
    }
    if (single && (lex.cue(CueCategory::not_place, t.folded) || lex.is_demonym(t.folded))) {
        t.rejected = true;
        return;
    }
    if (single && lex.cue(CueCategory::calendar, t.folded) && t.filter == FeatureFilter::any) {
        t.rejected = true;
        return;
    }
    // Organisation names: "Kyiv Independent", "Armed Forces of Ukraine".
    if (std::size_t n = a.next_word(t.tok_end - 1);
        n != std::string::npos && a.tokens[n].upper_initial && !a.tokens[t.tok_end - 1].possessive &&
        lex.cue(CueCategory::org_after, a.folded_word(n))) {
        t.rejected = true;
        return;
    }
    if (auto org = a.cue_before(CueCategory::org_before, t.tok_begin)) {
        std::size_t opener = t.tok_begin;
        for (std::size_t k = 0; k < org->second && opener > 0; ++k) {
            --opener;
            while (opener > 0 && !a.tokens[opener].word) --opener;
        }
        if (a.tokens[opener].upper_initial) { t.rejected = true; return; }
    }
    // People: "President Putin", "Gen. Valery Gerasimov".
    if (a.cue_before(CueCategory::person_before, t.tok_begin) && t.tok_begin > 0 &&
        !country && t.filter == FeatureFilter::any) {
        std::size_t k = t.tok_begin - 1;
        while (k > 0 && !a.tokens[k].word) --k;
        if (a.tokens[k].upper_initial) { t.rejected = true; return; }
    }
    // Acronyms ("NATO", "ISW") are places only as country abbreviations ("UK", "USA").
    if (single && first.all_upper && letter_count(token_text(a.text, first)) <= 4 && !country &&
        !names_admin_unit_exactly(g, t) && token_text(a.text, first).find('.') == std::string_view::npos) {
        t.rejected = true;
        return;
    }
    // One or two letters are initials, particles or prepositions, not places ("По", "By").
    if (single && !country && letter_count(token_text(a.text, first)) <= 2 && t.folded.back() != '.' &&
        token_text(a.text, first).find('.') == std::string_view::npos) {
        t.rejected = true;
        return;
    }
    const bool variant_only = std::none_of(t.candidates.begin(), t.candidates.end(), [](const CandidatePlace& c) {
        return c.match == MatchKind::exact || c.match == MatchKind::inflected;
    });
    // Words that are also ordinary words need place context; a name made only of such words
    // ("The City", "Central District") too.
    // A city of 100,000 or more capitalised mid-sentence ("Mobile", "Reading", "Atlanta") is
    // usually the city.
    const bool big_city_mid_sentence = largest_population(g, t) >= 100000 && !first.sentence_start &&
                                       !first.all_upper && !a.in_title_case_line(t.tok_begin);
    if (!country && t.filter == FeatureFilter::any && !first.cyrillic && !big_city_mid_sentence &&
        all_common_words(a, t)) {
        if (first.sentence_start || first.all_upper || variant_only) {
            t.rejected = true;
            return;
        }
        t.needs_locative_evidence = true;
        t.evidence = 0.55;
    }
    // Ordinary Ukrainian/Russian words ("Атак", "Тим") read as places only with place context.
    if (single && !country && !is_big_place(g, t) && !can_be_metonym(g, t) && t.filter == FeatureFilter::any &&
        (t.common_word || (first.cyrillic && letter_count(token_text(a.text, first)) <= 3))) {
        if (first.sentence_start) { t.rejected = true; return; }
        t.needs_locative_evidence = true;
        t.evidence = std::min(t.evidence, 0.6);
    }
    // A given name alone ("Michael", "Mary") is a person far more often than a place.
    const bool given_name_city = largest_population(g, t) >= 200000 && !first.sentence_start;
    if (single && !is_big_place(g, t) && !given_name_city && lex.is_given_name(t.folded) &&
        t.filter == FeatureFilter::any) {
        if (first.sentence_start) { t.rejected = true; return; }
        t.needs_locative_evidence = true;
        t.evidence = std::min(t.evidence, 0.55);
    }
    // "South Kordofan" when only "South" is indexed: an ordinary word before an unknown
    // capitalised one is the start of a name we do not know, not that place.
    if (single && !country && all_common_words(a, t)) {
        std::size_t n = a.next_word(t.tok_end - 1);
        if (n != std::string::npos && a.tokens[n].upper_initial && !a.tokens[n].sentence_start &&
            !g.find(KeySpace::folded, a.folded_word(n)).found() &&
            !lex.cue(CueCategory::qualifier_after, a.folded_word(n))) {
            t.rejected = true;
            return;
        }
    }
    // A transliteration-variant match of one short word is weak evidence.
    if (single && variant_only) {
        if (letter_count(token_text(a.text, first)) < 5 || (first.cyrillic && first.sentence_start)) {
            t.rejected = true;
            return;
        }
        t.evidence = std::min(t.evidence, first.cyrillic ? 0.6 : 0.7);
    }
    // Part of a longer proper name ("Wagner Group", "Yuriy Sak"): a capitalised word that is not
    // a place, a qualifier or a cue follows. Big places keep their reading ("Donetsk People's").
    if (!country && !a.tokens[t.tok_end - 1].possessive && !is_big_place(g, t)) {
        std::size_t n = a.next_word(t.tok_end - 1);
        if (n != std::string::npos && a.tokens[n].upper_initial && !a.tokens[n].sentence_start) {
            std::string w = a.folded_word(n);
            bool known = lex.cue(CueCategory::qualifier_after, w) || lex.cue(CueCategory::metonym_after, w) ||
                         g.find(KeySpace::folded, w).found();
            if (!known) { t.rejected = true; return; }
        }
    }
}

// Two names separated only by a comma or a coordinating conjunction.
bool listed_together(const TokenContext& a, const Toponym& first, const Toponym& second) {
    if (second.tok_begin < first.tok_end || second.tok_begin - first.tok_end != 1) return false;
    const std::size_t k = first.tok_end;
    if (a.punct(k, ",")) return true;
    if (!a.tokens[k].word) return false;
    static constexpr std::string_view conjunctions[] = {"and", "or", "та", "і", "й", "и", "або", "или", "чи"};
    const std::string& w = a.folded_word(k);
    return std::find(std::begin(conjunctions), std::end(conjunctions), w) != std::end(conjunctions);
}

bool place_context_before(const TokenContext& a, std::size_t tok) {
    return a.cue_before(CueCategory::place_context_before, tok).has_value();
}

// Unknown capitalised words after "capture of", "near", "в"… may be misspelt places.
void add_near_spelling_candidates(const TokenContext& a, std::vector<Toponym>& toponyms) {
    std::vector<bool> covered(a.tokens.size(), false);
    for (const auto& t : toponyms)
        for (std::size_t k = t.tok_begin; k < t.tok_end; ++k) covered[k] = true;
    for (std::size_t k = 1; k < a.tokens.size(); ++k) {
        const Token& t = a.tokens[k];
        if (covered[k] || !t.word || !t.upper_initial || t.all_upper || t.sentence_start) continue;
        if (t.end - t.begin < 5) continue;
        std::size_t n = a.next_word(k);
        if (n != std::string::npos && a.tokens[n].upper_initial) continue;  // a person or org name
        if (k >= 1 && a.tokens[k - 1].word && a.tokens[k - 1].upper_initial &&
            a.tokens[k].gap == Gap::space)
            continue;
        std::string w = a.folded_word(k);
        const auto& lex = a.ctx.lexicon;
        if (lex.is_common_word(w) || lex.is_demonym(w) || lex.cue(CueCategory::calendar, w) ||
            lex.cue(CueCategory::not_place, w))
            continue;
        if (!place_context_before(a, k)) continue;
        Toponym u;
        u.tok_begin = k;
        u.tok_end = k + 1;
        u.byte_begin = t.begin;
        u.byte_end = t.end;
        u.folded = std::move(w);
        u.near_spelling = true;
        u.evidence = 0.5;
        apply_qualifiers(a, u);
        toponyms.push_back(std::move(u));
    }
    std::sort(toponyms.begin(), toponyms.end(),
              [](const Toponym& x, const Toponym& y) { return x.tok_begin < y.tok_begin; });
}

}  // namespace

void apply_context_rules(std::string_view text, const std::vector<Token>& tokens,
                         const RecognitionContext& ctx, std::vector<Toponym>& toponyms) {
    TokenContext a{text, tokens, ctx};
    const PersonNames persons = find_person_names(a);
    std::vector<bool> pending(toponyms.size(), false);  // ordinary words still without context
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        auto& t = toponyms[i];
        apply_qualifiers(a, t);
        reject_false_friends(a, persons, t);
        if (t.rejected) continue;
        if (t.needs_locative_evidence && t.relation.empty() && !place_context_before(a, t.tok_begin))
            pending[i] = true;
        if (t.tok_end - t.tok_begin > 1) t.evidence = std::min(0.97, t.evidence + 0.05);
        if (tokens[t.tok_begin].sentence_start && t.tok_end - t.tok_begin == 1)
            t.evidence = std::min(t.evidence, 0.85);
        if (can_be_metonym(ctx.gazetteer, t) && t.filter == FeatureFilter::any &&
            reads_as_metonym(a, t))
            t.role = MentionRole::actor;
    }
    // A qualifier taken into a span ("Saratov City") is not a name of its own.
    for (std::size_t i = 1; i < toponyms.size(); ++i) {
        std::size_t k = i;
        while (k > 0 && toponyms[k - 1].rejected) --k;
        if (k > 0 && !toponyms[i].rejected && toponyms[i].byte_begin < toponyms[k - 1].byte_end)
            toponyms[i].rejected = true;
    }
    // In a list of places ("Нікополь та Марганець", "Bath, Bristol and Reading") the others
    // are the place context.
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        if (!pending[i]) continue;
        bool listed = (i > 0 && !toponyms[i - 1].rejected && !pending[i - 1] &&
                       listed_together(a, toponyms[i - 1], toponyms[i])) ||
                      (i + 1 < toponyms.size() && !toponyms[i + 1].rejected && !pending[i + 1] &&
                       listed_together(a, toponyms[i], toponyms[i + 1]));
        if (!listed) toponyms[i].rejected = true;
    }
    toponyms.erase(std::remove_if(toponyms.begin(), toponyms.end(),
                                  [](const Toponym& t) { return t.rejected; }),
                   toponyms.end());
    add_near_spelling_candidates(a, toponyms);
}

}  // namespace frontmap::gaz
