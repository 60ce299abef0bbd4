#pragma once
// The clauses of a sentence, as far as dating needs them: a date governs the clause it stands in;
// a date of the main clause also reaches the other clauses unless they are in the present tense;
// a date of a subordinate or relative clause stays there ("…like Kherson, which Ukraine liberated
// last month" does not date the places before it). The words that start clauses and mark the
// present tense come from assets/lang/clauses.tsv, in English, Ukrainian and Russian.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "events/date_tokens.hpp"

namespace frontmap::events {

enum class ClauseWordKind {
    subordinator,  // "while", "although", "хоча", "хотя": a clause whose date stays in it
    weak_subordinator,  // "as": a subordinator only after a comma or before a capitalised word
    temporal,      // "when", "коли", "когда": its date also sets the time of the main clause
    relative,      // "which", "який", "который": its date also dates the place just before it
    relative_agent,  // "who": about a person, whose act is the sentence's news
    not_clause,    // "as many as", "such as": holds a subordinator but starts no clause
    participle,    // a word ending ("ing", "ючи", "вши") that starts a clause after a comma
    present,       // "is", "would", "seeks", "є", "может": the clause describes the present
    perfect,       // "has", "have": present only when negated ("has not reported")
    negation,      // "not", "never"
    report_verb,   // "reported", "доповів", "доложил": a past verb of saying
    present_ending,  // "ує", "ает": a Ukrainian or Russian present-tense verb ends so
    coordinator,   // ", and", ", but", ", а", ", но": a clause of its own after a comma
    post_link,     // "pic.twitter.com/": a line with it belongs to an embedded post
    event_noun,    // "the capture of", "взяття": names an event by the place that follows
    count_
};

class ClauseLexicon {
public:
    static ClauseLexicon parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name);
    static ClauseLexicon load(const std::string& path, Diagnostics& diags);

    // How many word tokens the longest phrase of `kind` starting at tokens[i] spans; 0 if none.
    std::size_t match(std::span<const DateToken> tokens, std::size_t i, ClauseWordKind kind) const;
    bool ends_like_participle(std::string_view folded_word) const;
    bool ends_like_present(std::string_view folded_word) const;
    const std::vector<std::string>& post_links() const { return post_links_; }
    std::size_t size() const { return entries_; }

private:
    std::unordered_map<std::string, std::vector<ClauseWordKind>> phrases_;  // folded phrase -> kinds
    std::vector<std::string> participle_endings_, present_endings_, post_links_;
    std::size_t longest_phrase_ = 1;
    std::size_t entries_ = 0;
};

enum class ClauseKind { main, subordinate, temporal, relative, relative_agent, participle, coordinate };

// A stretch of a sentence that belongs to one clause. The main clause may be interrupted by
// others, so its pieces share `id` 0; every other clause has an id of its own.
struct ClausePiece {
    std::size_t byte_begin = 0, byte_end = 0;
    ClauseKind kind = ClauseKind::main;
    std::size_t id = 0;
    bool present = false;  // holds a present-tense, modal or future verb form, or a stative perfect
    bool reports = false;  // holds a past verb of saying
};

// The pieces of text[begin, end) in order, covering it. `date_spans` are the byte spans of the
// date expressions: a subordinator inside one ("since May") starts no clause.
std::vector<ClausePiece> find_clauses(std::string_view text, std::size_t begin, std::size_t end,
                                      const ClauseLexicon& words,
                                      std::span<const std::pair<std::size_t, std::size_t>> date_spans);

// Whether text[from, at) ends with an event noun of the lexicon: "…the capture of " before a name.
bool ends_with_event_noun(std::string_view text, std::size_t from, std::size_t at, const ClauseLexicon& words);

}  // namespace frontmap::events
