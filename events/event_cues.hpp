#pragma once
// The words events are reported with, in English, Ukrainian and Russian: loaded from
// assets/lang/event_cues.tsv (the file's header explains the kinds and the ACLED mapping).
// Immutable after loading, so one lexicon can be shared between threads.
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

enum class EventCueKind {
    event,         // value "type:priority" — an event verb or noun ("captured", "обстріл*")
    side,          // value ru | ua | other — who a phrase stands for ("Russian forces", "ЗСУ")
    source,        // value ru | ua | third | unknown — who can assert things ("General Staff", "ISW")
    attribution,   // a reporting verb or phrase ("said", "according to", "заявили")
    denial,        // a denying verb ("denied", "спростували")
    hypothetical,  // intended or conditional ("aims to", "would", "if")
    repelled,      // the attack failed ("repelled", "unsuccessful", "відбили")
    contested,     // control is split or unclear ("partly", "gray zone")
    control,       // value ru | ua — a control adjective ("Russian-occupied", "окупован*")
    neutral,       // a side word that names no actor ("Ukrainian city", "Russian border")
    clause_break,  // separates clauses inside a sentence ("while", "but", ";")
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

}  // namespace frontmap::events
