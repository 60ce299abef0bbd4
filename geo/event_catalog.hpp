#pragma once
// Every stored event with what a reader needs to judge it: the place and the resolver's
// runner-up, the dates and how they were found, the type, actor, control, claimant, denial and
// cue words, the source sentence and its document. For the viewer's event list and details
// pane. Reads a frontmap event store (GeoPackage or "PG:…") or a file written by `frontmap
// export` (GeoJSON, GeoJSON sequence, KML, GeoPackage, FlatGeobuf, CSV): fields it lacks stay
// empty.
#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry_types.hpp"

namespace frontmap::geo {

struct EventRecord {
    std::string id, origin, doc;
    std::string text, name, feature, country, admin1, role, match;  // the mention and its place
    LonLat where;
    double score = 0;  // the resolver's score for the place
    std::string runner_up_name;  // the alternative the resolver considered next, empty when none
    std::optional<LonLat> runner_up_where;
    double runner_up_score = 0;
    std::optional<std::chrono::sys_days> day, first_day, last_day;
    std::string date_precision, date_source;
    std::string event, actor, control, claimant;
    bool denied = false;
    double event_confidence = 0;
    std::vector<std::string> cues;
    double uncertainty_km = 0;
    std::string sentence, actor_name;
    std::size_t byte_start = 0, byte_end = 0;
};

struct SourceDocument {
    std::string id, title, path, url, source;
    std::optional<std::chrono::sys_days> date;
};

struct EventCatalog {
    std::vector<EventRecord> events;  // by day; undated events last
    std::map<std::string, SourceDocument> documents;  // by id; empty for exported files
    std::string source;               // what was opened, for titles and messages
};

// Drawn as a point on the map: a place the event happened at (role "location"), not a whole
// country named as an actor or a container ("Russia said…", "in Ukraine"), with a date. The
// same rule as read_event_points.
bool is_mappable(const EventRecord& event);

// Throws std::runtime_error naming the path and what to do: missing, unreadable, no events layer
// or no point features, a PostgreSQL that cannot be reached.
EventCatalog read_event_catalog(const std::string& path);

}  // namespace frontmap::geo
