#pragma once
// Where to colour an event's source sentence in the details pane: the place as written, the
// date expressions (found again with the temporal lexicon) and the cue words that typed it.
#include <cstddef>
#include <vector>

#include "events/temporal_lexicon.hpp"
#include "geo/event_catalog.hpp"

namespace frontmap::view {

enum class Mark { place, cue, date };  // in order of priority where spans meet

struct Highlight {
    std::size_t begin = 0, end = 0;  // UTF-8 byte offsets into the sentence, end exclusive
    Mark mark = Mark::place;
};

// Sorted, not overlapping (the place wins over a cue, a cue over a date where they meet).
std::vector<Highlight> highlight_sentence(const geo::EventRecord& event, const events::TemporalLexicon& lexicon);

}  // namespace frontmap::view
