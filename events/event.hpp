#pragma once
// A dated, typed event at a place: the boundary type from events/ to geo/ (the event store,
// the front model) and on to the renderer and the viewer. One per location mention of an
// article, or one per row of an ACLED export.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/date_mentions.hpp"
#include "events/event_typing.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::events {

// ACLED-style precision codes, so events from text sit beside ACLED's own.
// geo_precision: 1 the exact town or village, 2 near it / a part of a region, 3 a province or
// larger. time_precision: 1 the day, 2 the week, 3 the month or coarser.
struct Precision {
    int geo = 3;
    int time = 3;
    double uncertainty_km = 0;  // radius within which the event most likely happened
};

struct Event {
    std::string id;              // stable across re-ingests: "<doc>#<byte_begin>", "acled:<event_id_cnty>"
    std::string origin = "text"; // "text" (found in an article) or "acled" (imported)
    gaz::Mention mention;        // place, span, score, role; for ACLED rows the location columns
    std::optional<MentionDate> date;
    EventLabel label;
    Precision precision;
    std::string acled_event_type;      // ACLED's vocabulary ("Battles"), mapped or imported
    std::string acled_sub_event_type;  // ("Armed clash")
    std::string sentence;        // the source sentence (ACLED: its notes)
    std::string actor_name;      // free text where the source names it (ACLED actor1)
};

// A document as the store keeps it: where it came from and when it was written.
struct EventDocument {
    std::string id;
    std::string path, source, title, url, format;
    std::optional<DateRange> date;
    std::string date_how = "none";  // see DocumentDate::how
    std::string content_hash;       // hex digest of the text; decides "unchanged" on re-ingest
    std::size_t bytes = 0;
};

}  // namespace frontmap::events
