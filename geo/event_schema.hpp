#pragma once
// Layer and field names of the event store (GeoPackage or PostGIS), shared by the writer
// (ingest), the reader (export, front model, viewer) and the tests. Field names follow
// `frontmap extract --format jsonl` wherever the same thing is stored.
namespace frontmap::geo::schema {

inline constexpr const char* events_layer = "events";        // points, EPSG:4326
inline constexpr const char* documents_layer = "documents";  // no geometry
inline constexpr const char* places_layer = "places";        // points, one per distinct place

// events
inline constexpr const char* event_id = "event_id";          // string, unique
inline constexpr const char* origin = "origin";              // "text" | "acled"
inline constexpr const char* doc = "doc";                    // documents.doc
inline constexpr const char* byte_start = "byte_start";      // integer, UTF-8 offsets into the text
inline constexpr const char* byte_end = "byte_end";
inline constexpr const char* text = "text";                  // the surface form in the article
inline constexpr const char* name = "name";                  // gazetteer name
inline constexpr const char* lat = "lat";
inline constexpr const char* lon = "lon";
inline constexpr const char* geonameid = "geonameid";        // integer64, null when none
inline constexpr const char* feature = "feature";            // "P.PPLA2"
inline constexpr const char* country = "country";
inline constexpr const char* admin1 = "admin1";
inline constexpr const char* score = "score";                // real, place score 0..1
inline constexpr const char* role = "role";
inline constexpr const char* match = "match";
inline constexpr const char* qualifier = "qualifier";
inline constexpr const char* relation = "relation";
inline constexpr const char* runner_up = "runner_up";        // JSON {"name","lat","lon","geonameid","score"} or null
inline constexpr const char* date = "date";                  // Date (ISO day), null when undated
inline constexpr const char* date_start = "date_start";      // Date
inline constexpr const char* date_end = "date_end";          // Date
inline constexpr const char* date_precision = "date_precision";  // day|week|month|season|year
inline constexpr const char* date_source = "date_source";    // explicit|relative|document|inferred
inline constexpr const char* event = "event";                // EventType as to_string prints it
inline constexpr const char* actor = "actor";                // ru|ua|third|unknown|none
inline constexpr const char* control = "control";            // ru|ua|contested|none
inline constexpr const char* claimant = "claimant";          // null when stated as fact
inline constexpr const char* denied = "denied";              // boolean
inline constexpr const char* event_confidence = "event_confidence";  // real 0..1
inline constexpr const char* cues = "cues";                  // JSON array of strings
inline constexpr const char* acled_event_type = "acled_event_type";
inline constexpr const char* acled_sub_event_type = "acled_sub_event_type";
inline constexpr const char* geo_precision = "geo_precision";    // integer 1..3
inline constexpr const char* time_precision = "time_precision";  // integer 1..3
inline constexpr const char* uncertainty_km = "uncertainty_km";  // real
inline constexpr const char* sentence = "sentence";
inline constexpr const char* actor_name = "actor_name";
// events also carry place_key (below): the key of their `places` row, indexed, so the rows of
// the places a batch touches are brought up to date without comparing coordinates.

// documents (doc as above)
inline constexpr const char* path = "path";
inline constexpr const char* source = "source";
inline constexpr const char* title = "title";
inline constexpr const char* url = "url";
inline constexpr const char* format = "format";
inline constexpr const char* document_date = "document_date";            // Date, null when undated
inline constexpr const char* document_date_precision = "document_date_precision";
inline constexpr const char* document_date_how = "document_date_how";
inline constexpr const char* content_hash = "content_hash";              // hex SHA-256 of the text
inline constexpr const char* bytes = "bytes";
inline constexpr const char* ingested_at = "ingested_at";                // DateTime, UTC

// places: name, lat, lon, geonameid, feature, country, admin1 as above, plus
inline constexpr const char* place_key = "place_key";    // "gn:<geonameid>" or "ll:<lat>,<lon>:<name>"
inline constexpr const char* mentions = "mentions";      // integer: events at this place
inline constexpr const char* first_date = "first_date";  // Date
inline constexpr const char* last_date = "last_date";    // Date

}  // namespace frontmap::geo::schema
