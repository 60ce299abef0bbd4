#pragma once
// Events, documents and places as OGR features of the store's layers, and back. Private to
// geo/ (includes GDAL).
#include <ogr_api.h>

#include <chrono>
#include <optional>
#include <string>

#include "events/event.hpp"

namespace frontmap::geo {

// Fills an `events` feature; the point is the place's lon/lat.
void fill_event_feature(OGRFeatureH f, const events::Event& event, const std::string& doc_id);
void fill_document_feature(OGRFeatureH f, const events::EventDocument& doc, std::chrono::system_clock::time_point ingested_at);

// What `places` keeps about the events at one place.
struct PlaceSummary {
    long long mentions = 0;
    std::optional<std::string> first_date, last_date;  // ISO days
};

// A new `places` row; the point is the place's lon/lat.
void fill_place_feature(OGRFeatureH f, const std::string& key, const gaz::PlaceInfo& place, const PlaceSummary& summary);
// Updates the counts and dates of an existing `places` row.
void set_place_summary(OGRFeatureH f, const PlaceSummary& summary);
// The place an `events` feature is at (for a place row whose events were all written earlier).
gaz::PlaceInfo place_of_event_feature(OGRFeatureH event_feature);

// The value of a Date field (or of a text field holding an ISO day, as SQLite returns
// aggregates) as "YYYY-MM-DD"; nullopt when null.
std::optional<std::string> iso_day_of_field(OGRFeatureH f, int index);

}  // namespace frontmap::geo
