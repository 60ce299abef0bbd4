// Fuzzes the gazetteer row parsers: every line of the input goes through both the GeoNames and
// the supplement parser, which must return a message or a place, never crash.
#include <cstdint>
#include <string_view>

#include "gazetteer/gazetteer_source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    frontmap::gaz::SourcePlace place;
    while (!input.empty()) {
        const std::size_t newline = input.find('\n');
        const std::string_view line = input.substr(0, newline);
        if (!frontmap::gaz::parse_geonames_line(line, place)) {
            if (!(place.lat >= -90 && place.lat <= 90) || place.geonameid <= 0) __builtin_trap();
        }
        if (!frontmap::gaz::parse_supplement_line(line, place)) {
            if (!(place.lon >= -180 && place.lon <= 180)) __builtin_trap();
        }
        if (newline == std::string_view::npos) break;
        input.remove_prefix(newline + 1);
    }
    return 0;
}
