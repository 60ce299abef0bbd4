#pragma once
// Opening an event store read-only for the readers of geo/ (control observations, event
// points): the same checks and messages for a GeoPackage path and a "PG:…" connection string.
// Private to geo/ (includes GDAL).
#include <functional>
#include <string>

#include "geo/gdal_handles.hpp"

namespace frontmap::geo {

bool names_postgres_store(const std::string& store);
// The store for messages: the path, or words without the connection string's password.
std::string store_display_name(const std::string& store);
// Throws std::runtime_error naming the store and what to do (missing, not a GeoPackage,
// cannot connect).
gdal::Dataset open_store_read_only(const std::string& store);

// Every feature of the store's events layer that the OGR SQL filter `where` selects, in turn.
// Throws std::runtime_error naming the store: no events layer, a filter its columns cannot
// answer (`filter_purpose` says what the filter was for), or reading failed (a locked or
// damaged file).
void read_stored_events(const std::string& store, const std::string& where, const std::string& filter_purpose,
                        const std::function<void(OGRFeatureH)>& each);

}  // namespace frontmap::geo
