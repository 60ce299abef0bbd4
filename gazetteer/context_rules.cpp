// Context rules: what the words around a recognised name say about it. Each rule is general
// (a category of cue words from assets/lang/cues.tsv), never a list of particular places.
#include <algorithm>
#include <unordered_set>

#include "gazetteer/find_toponyms.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {

namespace {

struct Around {
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

// People named in the document: "<given name> <Capitalised>…" and "<title> <Capitalised>…"
// spans, and the surnames they end with, so that a later bare "Jones" is a person too.
struct PersonNames {
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // token ranges [begin, end)
    std::unordered_set<std::string> surnames;

    bool covers(std::size_t begin, std::size_t end) const {
        for (const auto& [b, e] : spans)
            if (b <= begin && end <= e && (b < begin || end < e || e - b == 1)) return true;
        return false;
    }
};

bool names_major_place(const Gazetteer& g, const std::string& folded) {
    for (const auto& p : g.find(KeySpace::folded, folded).postings) {
        const auto& r = g.record(p.place);
        if (r.feature_class == 'A' || r.population >= 100000) return true;
    }
    return false;
}

PersonNames find_person_names(const Around& a) {
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
        if (given && names_major_place(a.ctx.gazetteer, w)) continue;
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

bool is_country(const Gazetteer& g, std::uint32_t p) {
    auto code = g.feature_code(p);
    return g.record(p).feature_class == 'A' && (code.rfind("PCL", 0) == 0 || code == "TERR");
}

// Places that can stand for a government: countries, capitals, seats of government.
bool can_be_metonym(const Gazetteer& g, const Toponym& t) {
    for (const auto& c : t.candidates) {
        auto code = g.feature_code(c.place);
        if (is_country(g, c.place) || code == "PPLC" || code == "GOVL" || code == "CSTL") return true;
    }
    return false;
}

bool any_candidate(const Gazetteer& g, const Toponym& t, bool (*pred)(const Gazetteer&, std::uint32_t)) {
    return std::any_of(t.candidates.begin(), t.candidates.end(),
                       [&](const CandidatePlace& c) { return pred(g, c.place); });
}

std::size_t letter_count(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80 && c != '.' && c != '\'' && c != '-') ++n;
    return n;
}

bool all_common_words(const Around& a, const Toponym& t) {
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

// Population of the largest place that has this exact name as its own (not an alternate).
// An acronym that is itself an indexed name of an oblast ("DPR", "ДНР").
bool names_admin_unit_exactly(const Gazetteer& g, const Toponym& t) {
    for (const auto& c : t.candidates) {
        if (c.match != MatchKind::exact) continue;
        auto code = g.feature_code(c.place);
        char cls = g.record(c.place).feature_class;
        if ((cls == 'A' && code == "ADM1") || (cls == 'L' && (code == "RGN" || code == "CONT")))
            return true;
    }
    return false;
}

std::int64_t largest_population(const Gazetteer& g, const Toponym& t) {
    std::int64_t best = 0;
    for (const auto& c : t.candidates)
        if (c.match == MatchKind::exact && g.record(c.place).feature_class == 'P' &&
            (c.name_kind == NameKind::primary || c.name_kind == NameKind::ascii))
            best = std::max(best, g.record(c.place).population);
    return best;
}

bool is_big_place(const Gazetteer& g, const Toponym& t) {
    for (const auto& c : t.candidates) {
        const auto& r = g.record(c.place);
        auto code = g.feature_code(c.place);
        if (r.population >= 500000 || r.feature_class == 'H' ||
            (r.feature_class == 'A' && (code == "ADM1" || code.rfind("PCL", 0) == 0)) ||
            (r.feature_class == 'L' && (code == "CONT" || code == "RGN")))
            return true;
    }
    return false;
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

void apply_qualifiers(const Around& a, Toponym& t) {
    const Token& last = a.tokens[t.tok_end - 1];
    // A name that ends in its generic word ("Donetsk Region" is an indexed name) keeps it.
    if (t.tok_end - t.tok_begin > 1) {
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

// "Kyiv said", "Moscow's forces", "Russia has not reported", "Москва заявила".
bool reads_as_metonym(const Around& a, const Toponym& t) {
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
    for (int step = 0; step < 3 && n != std::string::npos; ++step, n = a.next_word(n)) {
        auto v = lex.cue(CueCategory::metonym_after, a.folded_word(n));
        if (!v) return false;
        if (*v != "auxiliary") return true;
    }
    return false;
}

bool is_compound_adjective(const Around& a, const Toponym& t) {
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

bool is_inside_handle_or_domain(const Around& a, const Toponym& t) {
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

void reject_false_friends(const Around& a, const PersonNames& persons, Toponym& t) {
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
        std::string prev = a.words_before(t.tok_begin, 1);
        std::size_t k = t.tok_begin - 1;
        while (k > 0 && !a.tokens[k].word) --k;
        if (a.tokens[k].upper_initial) { t.rejected = true; return; }
        (void)prev;
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
    if (single && !country && !is_big_place(g, t) && t.filter == FeatureFilter::any &&
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
bool listed_together(const Around& a, const Toponym& first, const Toponym& second) {
    if (second.tok_begin < first.tok_end || second.tok_begin - first.tok_end != 1) return false;
    const std::size_t k = first.tok_end;
    if (a.punct(k, ",")) return true;
    if (!a.tokens[k].word) return false;
    static constexpr std::string_view conjunctions[] = {"and", "or", "та", "і", "й", "и", "або", "или", "чи"};
    const std::string& w = a.folded_word(k);
    return std::find(std::begin(conjunctions), std::end(conjunctions), w) != std::end(conjunctions);
}

bool place_context_before(const Around& a, std::size_t tok) {
    return a.cue_before(CueCategory::place_context_before, tok).has_value();
}

// Unknown capitalised words after "capture of", "near", "в"… may be misspelt places.
void add_near_spelling_candidates(const Around& a, std::vector<Toponym>& toponyms) {
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
    Around a{text, tokens, ctx};
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
