#pragma once
// One gazetteer entry as the rest of the program sees it (a copy, never a view into the index).
#include <cstdint>
#include <string>

namespace frontmap::gaz {

struct PlaceInfo {
    std::int64_t geonameid = 0;  // 0 when the place does not come from GeoNames
    std::string name;            // preferred (English/Latin) name
    double lat = 0;
    double lon = 0;
    char feature_class = 'P';    // GeoNames class: A P H L S T R V U
    std::string feature_code;    // GeoNames code: PPLA2, ADM1, PCLI, STM, SEA, RGN…
    std::string country;         // ISO 3166-1 alpha-2, may be empty (seas, rivers across borders)
    std::string admin1_code;     // GeoNames admin1 code ("05")
    std::string admin1;          // admin1 name ("Donetsk"), empty when unknown
    std::int64_t population = 0;
    std::string source;          // "geonames", "naturalearth", "supplement", or a user file name
};

}  // namespace frontmap::gaz
