// One data row of frontmap's supplement TSV: places and names GeoNames lacks or spells
// differently (front-line hamlets, rivers, Ukrainian spellings). Columns:
//   ref geonameid name alternatenames lat lon feature country admin1 population source
// An empty ref adds a place (name, lat, lon and feature CLASS.CODE required); a ref of
// "geonames:<id>", "admin1:<CC>.<code>" or "country:<CC>" adds names to an existing place.
#include <array>

#include "gazetteer/gazetteer_source.hpp"
#include "gazetteer/tsv_columns.hpp"

namespace frontmap::gaz {
namespace {

constexpr std::size_t kSupplementColumns = 11;

std::string_view trim(std::string_view s) {
    const std::size_t first = s.find_first_not_of(" \r");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \r") - first + 1);
}

bool is_country_code(std::string_view s) {
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

// Checks the ref column and copies what it implies (id, country, admin1) into `out`.
std::optional<std::string> parse_ref(std::string_view ref, SourcePlace& out) {
    const auto bad = [&] {
        return column_error(1, "ref", ref,
                            "is not a reference; expected empty (a new place), geonames:<id>, "
                            "admin1:<CC>.<code> or country:<CC>");
    };
    if (ref.starts_with("geonames:")) {
        std::int64_t id = 0;
        if (parse_integer_column(ref.substr(9), 1, "ref", id) || id <= 0) return bad();
        out.geonameid = id;
    } else if (ref.starts_with("admin1:")) {
        const std::string_view code = ref.substr(7);
        if (code.size() < 4 || !is_country_code(code.substr(0, 2)) || code[2] != '.') return bad();
        out.country = std::string(code.substr(0, 2));
        out.admin1_code = std::string(code.substr(3));
    } else if (ref.starts_with("country:")) {
        if (!is_country_code(ref.substr(8))) return bad();
        out.country = std::string(ref.substr(8));
    } else {
        return bad();
    }
    out.ref = std::string(ref);
    return std::nullopt;
}

std::optional<std::string> parse_feature(std::string_view feature, SourcePlace& out) {
    if (feature.empty()) return std::string("column 7 (feature) is empty; a new place needs CLASS.CODE, e.g. P.PPL");
    const bool ok = feature.size() >= 3 && feature[0] >= 'A' && feature[0] <= 'Z' && feature[1] == '.';
    if (!ok) return column_error(7, "feature", feature, "is not CLASS.CODE, e.g. P.PPL or H.STM");
    out.feature_class = feature[0];
    out.feature_code = std::string(feature.substr(2));
    return std::nullopt;
}

std::optional<std::string> parse_position(std::string_view lat, std::string_view lon, bool required,
                                          SourcePlace& out) {
    if (lat.empty() && lon.empty()) {
        if (required) return std::string("columns 5 and 6 (lat, lon) are empty; a new place needs both");
        return std::nullopt;
    }
    if (auto error = parse_number_column(lat, 5, "lat", -90, 90, out.lat)) return error;
    return parse_number_column(lon, 6, "lon", -180, 180, out.lon);
}

}  // namespace

std::optional<std::string> parse_supplement_line(std::string_view line, SourcePlace& out) {
    std::array<std::string_view, kSupplementColumns> c;
    const std::size_t count = split_tab_columns(line, c);
    if (count != kSupplementColumns) {
        return "expected 11 tab-separated columns (ref, geonameid, name, alternatenames, lat, lon, "
               "feature, country, admin1, population, source), found " + std::to_string(count);
    }
    for (auto& column : c) column = trim(column);
    out = SourcePlace{};
    const bool new_place = c[0].empty();
    if (!new_place) {
        if (auto error = parse_ref(c[0], out)) return error;
    }
    if (!c[1].empty()) {
        if (auto error = parse_integer_column(c[1], 2, "geonameid", out.geonameid)) return error;
        if (out.geonameid <= 0) return column_error(2, "geonameid", c[1], "must be a positive integer");
    }
    out.name = std::string(c[2]);
    split_name_list(c[3], out.alternate_names);
    if (new_place && out.name.empty()) return std::string("column 3 (name) is empty; a new place needs a name");
    if (out.name.empty() && out.alternate_names.empty()) {
        return std::string("columns 3 and 4 (name, alternatenames) are both empty; the row adds no name");
    }
    if (auto error = parse_position(c[4], c[5], new_place, out)) return error;
    if (new_place || !c[6].empty()) {
        if (auto error = parse_feature(c[6], out)) return error;
    }
    if (!c[7].empty()) {
        if (!is_country_code(c[7])) return column_error(8, "country", c[7], "is not an ISO 3166-1 code like UA");
        out.country = std::string(c[7]);
    }
    if (!c[8].empty()) out.admin1_code = std::string(c[8]);
    if (!c[9].empty()) {
        if (auto error = parse_integer_column(c[9], 10, "population", out.population)) return error;
        if (out.population < 0) return column_error(10, "population", c[9], "is negative");
    }
    out.source = std::string(c[10]);
    return std::nullopt;
}

}  // namespace frontmap::gaz
