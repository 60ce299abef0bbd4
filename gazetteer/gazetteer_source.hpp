#pragma once
// Readers for gazetteer source files: GeoNames dumps and frontmap's supplement TSV.
// They only parse; building the searchable index is gazetteer_index's job.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap::gaz {

// One place as a source file describes it, before indexing.
struct SourcePlace {
    std::int64_t geonameid = 0;                 // 0 = not a GeoNames place
    std::string name;
    std::string asciiname;
    std::vector<std::string> alternate_names;   // current names, any script
    std::vector<std::string> historical_names;  // former names (Artemivsk for Bakhmut)
    double lat = 0;
    double lon = 0;
    char feature_class = 'P';
    std::string feature_code;
    std::string country;      // ISO 3166-1 alpha-2
    std::string admin1_code;  // GeoNames admin1 code, e.g. "05"
    std::string admin2_code;
    std::int64_t population = 0;
    std::string source;       // file name or the supplement's source column
    // Supplement rows may add names to a place defined elsewhere instead of adding a place:
    // "geonames:713174", "admin1:UA.05", "country:UA". Empty for a new place.
    std::string ref;
};

// One row of GeoNames alternateNamesV2.txt (or the older alternateNames.txt, 8 columns).
struct AlternateName {
    std::int64_t geonameid = 0;
    std::string lang;  // ISO 639 code, or "post", "link", "iata"… (non-names are skipped by the caller)
    std::string name;
    bool preferred = false;
    bool short_name = false;
    bool colloquial = false;
    bool historic = false;
};

// One row of GeoNames admin1CodesASCII.txt: "UA.05<TAB>Donetsk<TAB>Donetsk<TAB>709716".
struct Admin1Code {
    std::string code;  // "UA.05"
    std::string name;
    std::string asciiname;
    std::int64_t geonameid = 0;
};

// Parses one line of the GeoNames "geoname" table (19 tab-separated columns).
// Returns an error message (what was wrong, which column) or nothing on success.
std::optional<std::string> parse_geonames_line(std::string_view line, SourcePlace& out);

// Parses one data line of the supplement TSV (columns in assets/gazetteer/README.md).
std::optional<std::string> parse_supplement_line(std::string_view line, SourcePlace& out);

// File readers: plain or gzip-compressed (by content, not extension). Bad lines are reported as
// "path:line: message" and skipped; a missing or unreadable file is reported and nothing is read.
// They return the number of records delivered.
std::size_t read_geonames(const std::string& path, Diagnostics& diags,
                          const std::function<void(SourcePlace&&)>& sink);
std::size_t read_supplement(const std::string& path, Diagnostics& diags,
                            const std::function<void(SourcePlace&&)>& sink);
std::size_t read_alternate_names(const std::string& path, Diagnostics& diags,
                                 const std::function<void(AlternateName&&)>& sink);
std::vector<Admin1Code> read_admin1_codes(const std::string& path, Diagnostics& diags);

}  // namespace frontmap::gaz
