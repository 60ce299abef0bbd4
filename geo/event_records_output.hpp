#pragma once
// The events a viewer shows (after its filters), written for GIS tools: one point per event
// with its date, type, actor, control, claimant, denial, scores, place, sentence and document.
// Any GDAL vector format by extension (.geojson RFC 7946, .gpkg, .kml, .csv…), atomically.
#include <string>
#include <vector>

#include "geo/event_catalog.hpp"

namespace frontmap::geo {

// Throws std::runtime_error with a message a user can act on (unknown extension, missing
// folder, existing file without `overwrite`, a failed write); nothing is left half-written.
void write_event_records(const std::string& path, const std::vector<const EventRecord*>& events, bool overwrite);

}  // namespace frontmap::geo
