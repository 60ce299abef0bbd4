#pragma once
// Resolution: picks, for each recognised name, the place it most probably means, from the
// place's own weight (population, feature type, name quality) and the document's evidence
// (its country focus and the other places it names nearby).
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/mention.hpp"
#include "gazetteer/tokenize.hpp"
#include "gazetteer/toponym.hpp"

namespace frontmap::gaz {

struct ResolveOptions {
    double min_score = 0.05;     // mentions scored below this are dropped
    double near_spelling_km = 250;  // search radius for near spellings around the document focus
    double near_spelling_local_km = 80;  // … around places named in the same passage
    // Platt scaling of the raw score's log-odds, fitted with scripts/calibration.py on the seed
    // gold and the LGL, TR-News and GeoWebNews corpora: a mention scored p is right (span and
    // place) about p of the time there.
    double calibration_slope = 0.6;
    double calibration_offset = -0.1;
};

// `script_hint` is the document's dominant script (Cyrillic texts lean to UA/RU places).
std::vector<Mention> resolve_toponyms(std::string_view text, std::vector<Toponym> toponyms,
                                      const Gazetteer& gazetteer, bool cyrillic_document,
                                      const ResolveOptions& options = {});

// Great-circle distance in km.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace frontmap::gaz
