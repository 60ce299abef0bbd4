#pragma once
// Puts a document's mentions, their dates and their event labels together as Events: one per
// location mention (metonyms such as "Kyiv said" are actors, not places where things happen).
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "events/acled_types.hpp"
#include "events/date_mentions.hpp"
#include "events/event.hpp"
#include "events/event_typing.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::events {

// The three spans are parallel (one entry per mention). `text` is the document's text, which
// the mentions' byte offsets point into; each event keeps its sentence and gets the ACLED
// category of its label.
std::vector<Event> assemble_events(std::string_view doc_id, std::string_view text,
                                   std::span<const gaz::Mention> mentions,
                                   std::span<const std::optional<MentionDate>> dates,
                                   std::span<const EventLabel> labels, const AcledTypeMap& acled_types);

}  // namespace frontmap::events
