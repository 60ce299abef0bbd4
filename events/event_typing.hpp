#pragma once
// Event typing: what each place mention's clause says happens there (capture, shelling…), who
// does it, who says so, whether the other side denies it, and the control it implies. Rules
// are general; the vocabulary lives in assets/lang/event_cues.tsv (see EventLexicon).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "events/event_cues.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::events {

enum class EventType { none, capture, advance, encirclement, withdrawal, liberation, clash, shelling, strike,
                       casualties, civilian_harm, claim, political };
enum class Side { none, ru, ua, other, unknown };
enum class Control { none, ru, ua, contested };

// Lower-case names as the evaluation scripts read them; Side::other prints as "third" because
// as a claimant it means a third party (ISW, witnesses, other outlets).
const char* to_string(EventType type);
const char* to_string(Side side);
const char* to_string(Control control);

struct EventLabel {
    EventType type = EventType::none;
    Side actor = Side::none;          // who performs it
    Control control = Control::none;  // control the clause implies for the place at the mention's date
    Side claimant = Side::none;       // who asserts it (none = stated as fact; other = third party)
    bool denied = false;              // the other side denies/rejects it in the same or the next sentence
    double confidence = 0;            // 0..1
    std::vector<std::string> cues;    // the cue words that decided it (as they appear in the text)
};

// One label per mention, in the same order, from the mention's sentence. Mentions with role
// actor, and places with no event cue in their clause, get type none.
std::vector<EventLabel> label_events(std::string_view text, std::span<const gaz::Mention> mentions,
                                     const EventLexicon& lexicon);

}  // namespace frontmap::events
