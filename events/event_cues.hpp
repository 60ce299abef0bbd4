#pragma once
// The words events are reported with, in English, Ukrainian and Russian: loaded from
// assets/lang/event_cues.tsv (the file's header explains the kinds), and the cues of one sentence
// read with it: where they stand, which clause and comma part they fall in. Immutable after
// loading, so one lexicon can be shared between threads.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "events/date_tokens.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::events {

enum class EventCueKind {
    event,         // value "type:priority" — an event verb or noun ("captured", "обстріл*")
    side,          // value ru | ua | other — who a phrase stands for ("Russian forces", "ЗСУ");
                   // "speaker" for a phrase that points back to the speaker ("its troops")
    source,        // value ru | ua | third | unknown — who can assert things ("General Staff", "ISW")
    attribution,   // a reporting verb or phrase ("said", "заявили"); value "before" when it precedes
                   // its speaker ("according to", "за даними")
    denial,        // a denying verb ("denied", "спростували")
    hypothetical,  // intended or conditional ("aims to", "would", "if")
    repelled,      // the attack failed ("repelled", "unsuccessful", "відбили")
    contested,     // control is split or unclear ("partly", "gray zone")
    control,       // value ru | ua — a control adjective ("Russian-occupied", "окупован*")
    neutral,       // a side word that names no actor ("Ukrainian city", "Russian border")
    clause_break,  // separates clauses inside a sentence ("while", "but", ";")
    negation,      // the event right after it did not happen ("no", "not", "rather than", "не")
    vicinity,      // the event is around the places after it, not in them ("near", "towards", "біля")
    relative,      // starts a relative clause about the word before it ("which", "where", "де", "где")
    office,        // an office held at a place ("mayor", "officials", "влада"): the place names its holders
    count_
};

struct EventCue {
    EventCueKind kind = EventCueKind::event;
    std::string value;
    std::size_t words = 1;  // how many tokens the phrase spans
};

// A phrase of the lexicon found in a token sequence.
struct EventCueMatch {
    const EventCue* cue = nullptr;
    std::size_t first = 0;   // token index
    std::size_t tokens = 0;  // how many tokens the phrase spans
};

class EventLexicon {
public:
    static EventLexicon parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name);
    static EventLexicon load(const std::string& path, Diagnostics& diags);

    // Every phrase in `tokens`, left to right; at each position the longest phrase wins and the
    // scan resumes after it, so "Ukrainian city" (neutral) hides "Ukrainian" (side).
    std::vector<EventCueMatch> find(std::span<const DateToken> tokens) const;
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::vector<std::string> words;  // folded; a trailing '*' means "starts with"
        EventCue cue;
    };
    bool matches_at(const Entry& entry, std::span<const DateToken> tokens, std::size_t i) const;

    std::vector<Entry> entries_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;  // exact first words
    std::vector<std::size_t> prefix_first_;                                   // first word ends in '*'
};

std::optional<EventCueKind> parse_event_cue_kind(std::string_view name);

// --- The cues of one sentence and where they stand: what event typing reads.

// A cue found in a sentence, with its position in tokens and its words as written.
struct FoundCue {
    EventCueKind kind = EventCueKind::event;
    std::string value;
    std::size_t token = 0;   // first token
    std::size_t tokens = 1;  // how many tokens it spans
    std::string written;
};

// The tokens of one sentence and the cues found in them.
struct SentenceCues {
    std::vector<DateToken> tokens;  // offsets into the whole text
    std::vector<FoundCue> cues;     // left to right
};

using TokenRange = std::pair<std::size_t, std::size_t>;  // [first, last)

inline bool inside(TokenRange range, std::size_t token) { return token >= range.first && token < range.second; }
inline bool covers(const FoundCue& cue, std::size_t token) { return token >= cue.token && token < cue.token + cue.tokens; }

// The sentence at byte range `span` of `text`, with its lexicon cues; place mentions with role
// actor inside it ("Kyiv said", "Washington said") count as side or source cues.
SentenceCues read_sentence_cues(std::string_view text, TokenRange span, const EventLexicon& lexicon,
                                std::span<const gaz::Mention> mentions);

// The token that holds byte `byte` (the last one when the byte is past them all).
std::size_t token_at(const std::vector<DateToken>& tokens, std::size_t byte);

// The clause around a token: bounded by clause breaks (";", "while", "але"…).
TokenRange clause_of(const SentenceCues& sentence, std::size_t token);

// Whether a comma, dash or colon separates tokens a and b (see event_cues.cpp for the exception
// of a relative clause right after the place).
bool comma_between(const SentenceCues& sentence, std::size_t a, std::size_t b);

// Whether a cue of `kind` starts in `range`; `which` gets the first one.
bool has_kind(const SentenceCues& sentence, TokenRange range, EventCueKind kind, const FoundCue** which = nullptr);

// A negation right before the event word, in the same comma part ("made no gains", "не взяли").
const FoundCue* negation_of(const SentenceCues& sentence, const FoundCue& event);

// "near X, Y and Z", "towards X", "біля X": whether a vicinity cue reaches `token` (the places
// listed after it, until an event word).
bool in_vicinity(const SentenceCues& sentence, TokenRange clause, std::size_t token);

}  // namespace frontmap::events
