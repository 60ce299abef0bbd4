#pragma once
// What the candidate places of a recognised name are: countries, seats of government, big
// places. The context rules weigh a name's surroundings by these.
#include <cstdint>
#include <string>
#include <string_view>

#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/toponym.hpp"

namespace frontmap::gaz {

bool is_country(const Gazetteer& g, std::uint32_t place);
// Places that can stand for a government: countries, capitals, seats of government.
bool can_be_metonym(const Gazetteer& g, const Toponym& t);
bool any_candidate(const Gazetteer& g, const Toponym& t, bool (*pred)(const Gazetteer&, std::uint32_t));
// An acronym that is itself an indexed name of an oblast or region ("DPR", "ДНР", "EU").
bool names_admin_unit_exactly(const Gazetteer& g, const Toponym& t);
// Population of the largest populated place that has this exact name as its own.
std::int64_t largest_population(const Gazetteer& g, const Toponym& t);
// Countries, oblasts, continents, regions, water bodies and cities of 500,000 or more.
bool is_big_place(const Gazetteer& g, const Toponym& t);
// True when a folded name is the own name of an admin unit or a place of 100,000 or more.
bool names_major_place(const Gazetteer& g, const std::string& folded);
// Letters in a word, dots, apostrophes and hyphens not counted.
std::size_t letter_count(std::string_view utf8);

}  // namespace frontmap::gaz
