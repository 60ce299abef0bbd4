#pragma once
// Which stored events a reader wants: a date window, a bounding box, event types, actors,
// origins, documents and a minimum place score. Parsed from command-line text here so every
// reader of the store (export, later the front model and the viewer) accepts the same syntax.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontmap::geo {

// Degrees WGS84. west > east means the box crosses the antimeridian (170,50,-170,60).
struct BoundingBox {
    double west = -180, south = -90, east = 180, north = 90;
};

struct EventFilter {
    std::optional<std::chrono::sys_days> from, to;  // events whose [date_start, date_end] overlaps
    std::optional<BoundingBox> bbox;
    std::vector<std::string> types;    // EventType names ("capture"); empty: all
    std::vector<std::string> actors;   // ru|ua|third|unknown|none
    std::vector<std::string> origins;  // text|acled
    std::vector<std::string> docs;     // document ids
    std::optional<double> min_score;   // on the place score
};

// Parsers for user text; each throws std::invalid_argument with a message that says what was
// expected and quotes the input.
std::chrono::sys_days parse_filter_date(std::string_view text);      // "2025-11-05"
BoundingBox parse_bbox(std::string_view text);                       // "west,south,east,north"
std::vector<std::string> parse_event_types(std::string_view text);   // "capture,advance"
std::vector<std::string> parse_actors(std::string_view text);        // "ru,ua"
std::vector<std::string> parse_origins(std::string_view text);       // "text,acled"
std::vector<std::string> parse_list(std::string_view text);          // comma-separated, trimmed
double parse_min_score(std::string_view text);                       // 0..1

// The filter as an SQL WHERE clause that SQLite (GeoPackage) and PostgreSQL both accept, over
// the column names of geo/event_schema.hpp; empty when nothing is filtered by attribute.
std::string attribute_filter_sql(const EventFilter& filter);

// The boxes to query one after the other: one, or two when the box crosses the antimeridian
// (they do not overlap, so no event is read twice).
std::vector<BoundingBox> spatial_passes(const BoundingBox& box);

}  // namespace frontmap::geo
