#pragma once
// Our event vocabulary against ACLED's event types and sub-event types, both ways: events from
// text get an ACLED category, ACLED rows imported into the store get one of our types. The
// table lives in assets/lang/acled_types.tsv (docs/acled-mapping.md explains it).
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "events/event_typing.hpp"

namespace frontmap::events {

struct AcledCategory {
    std::string event_type;      // "Battles", "Explosions/Remote violence", …; empty for none
    std::string sub_event_type;  // "Armed clash", "Shelling/artillery/missile attack", …
};

class AcledTypeMap {
public:
    static AcledTypeMap parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name);
    static AcledTypeMap load(const std::string& path, Diagnostics& diags);

    // The ACLED category of one of our labels (the actor decides "Government regains territory").
    AcledCategory to_acled(const EventLabel& label) const;
    // Our type for an ACLED row; EventType::none when the pair is unknown.
    EventType from_acled(std::string_view event_type, std::string_view sub_event_type) const;

private:
    struct Row {
        EventType type = EventType::none;
        std::string actor;  // "" any, else ru|ua|third|unknown
        AcledCategory category;
        bool exports = true;  // used by to_acled (direction "to" or "both")
        bool imports = true;  // used by from_acled (direction "from" or "both")
    };
    std::vector<Row> rows_;
};

}  // namespace frontmap::events
