#pragma once
// Opening the GDAL dataset behind an event store. Private to geo/ (includes GDAL).
#include <string>

#include "geo/gdal_messages.hpp"

namespace frontmap::geo {

struct StoreDataset {
    gdal::Dataset ds;
    std::string name;  // for messages: the path, or the connection string without its password
    bool postgres = false;
};

// A .gpkg path (created with the three layers under a temporary name and renamed when
// missing) or "PG:…". Creates missing layers, fields and indexes, and refuses a store another
// process holds. Throws StoreError with a message that names the store and what to do.
StoreDataset open_store_dataset(const std::string& target);

// GDAL's text says SQLite could not get its lock.
bool says_locked(const std::string& gdal_text);
// GDAL's messages (libpq's especially) span lines and tabs; ours are one line.
std::string one_line(const std::string& text);

}  // namespace frontmap::geo
