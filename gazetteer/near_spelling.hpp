#pragma once
// Near-spelling search: an unknown name in place context ("the capture of Severansk") is
// compared with the names of populated places around the document's focus.
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/toponym.hpp"

namespace frontmap::gaz {

// Levenshtein distance between two byte strings (skeletons are ASCII), stopping early once
// it exceeds `limit` (then returns limit + 1).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// Populated places within `radius_km` of the focus whose name skeleton is within a quarter of
// the word's length in edits (at least one), closest spellings first. Empty without a focus.
std::vector<CandidatePlace> find_near_spellings(const Gazetteer& g, std::string_view folded_word,
                                                bool has_focus, double lat, double lon,
                                                double radius_km);

}  // namespace frontmap::gaz
