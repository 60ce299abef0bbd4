#pragma once
// ACLED-style geo and time precision codes and an uncertainty radius for an event, from the
// kind of place it names, the spatial relation around it and the precision of its date.
#include <optional>

#include "events/date_mentions.hpp"
#include "events/event.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::events {

Precision precision_of(const gaz::Mention& mention, const std::optional<MentionDate>& date);

}  // namespace frontmap::events
