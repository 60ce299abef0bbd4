// Placeholder until the mapping table lands (assets/lang/acled_types.tsv).
#include "events/acled_types.hpp"

namespace frontmap::events {

AcledTypeMap AcledTypeMap::parse(std::string_view, Diagnostics&, std::string_view) { return {}; }
AcledTypeMap AcledTypeMap::load(const std::string&, Diagnostics&) { return {}; }
AcledCategory AcledTypeMap::to_acled(const EventLabel&) const { return {}; }
EventType AcledTypeMap::from_acled(std::string_view, std::string_view) const { return EventType::none; }

}  // namespace frontmap::events
