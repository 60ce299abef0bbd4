#include "events/acled_types.hpp"

#include <optional>

#include "core/tsv_records.hpp"

namespace frontmap::events {
namespace {

std::optional<EventType> event_type_named(std::string_view name) {
    for (int t = 0; t <= static_cast<int>(EventType::political); ++t) {
        const auto type = static_cast<EventType>(t);
        if (name == to_string(type)) return type;
    }
    return std::nullopt;
}

bool is_actor_value(std::string_view actor) {
    return actor == "any" || actor == "ru" || actor == "ua" || actor == "third" || actor == "unknown";
}

}  // namespace

AcledTypeMap AcledTypeMap::parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name) {
    AcledTypeMap map;
    for_each_tsv_record(tsv, source_name, 5, "direction, type, actor, acled_event_type, acled_sub_event_type", diags,
                        [&](const std::vector<std::string_view>& fields, const std::string& where) {
        const std::string_view direction = fields[0];
        if (direction != "to" && direction != "from" && direction != "both") {
            diags.warn(where, "unknown direction " + quote_excerpt(direction) + "; expected to, from or both; line skipped");
            return;
        }
        const auto type = event_type_named(fields[1]);
        if (!type) {
            diags.warn(where, "unknown event type " + quote_excerpt(fields[1]) +
                                  "; expected capture, advance, … (see the file header); line skipped");
            return;
        }
        if (!is_actor_value(fields[2])) {
            diags.warn(where, "unknown actor " + quote_excerpt(fields[2]) +
                                  "; expected any, ru, ua, third or unknown; line skipped");
            return;
        }
        if (fields[3].empty() || fields[4].empty()) {
            diags.warn(where, "empty ACLED event type or sub-event type; line skipped");
            return;
        }
        Row row;
        row.type = *type;
        row.actor = fields[2] == "any" ? "" : std::string(fields[2]);
        row.category = {std::string(fields[3]), std::string(fields[4])};
        row.exports = direction != "from";
        row.imports = direction != "to";
        map.rows_.push_back(std::move(row));
    });
    return map;
}

AcledTypeMap AcledTypeMap::load(const std::string& path, Diagnostics& diags) {
    const auto content = read_language_file(path, diags, "events will carry no ACLED type");
    return content ? parse(*content, diags, path) : AcledTypeMap{};
}

AcledCategory AcledTypeMap::to_acled(const EventLabel& label) const {
    if (label.type == EventType::none) return {};
    const std::string actor = to_string(label.actor);
    for (const Row& row : rows_) {
        if (row.exports && row.type == label.type && (row.actor.empty() || row.actor == actor)) return row.category;
    }
    return {};
}

EventType AcledTypeMap::from_acled(std::string_view event_type, std::string_view sub_event_type) const {
    for (const Row& row : rows_) {
        if (row.imports && row.category.event_type == event_type && row.category.sub_event_type == sub_event_type)
            return row.type;
    }
    return EventType::none;
}

}  // namespace frontmap::events
