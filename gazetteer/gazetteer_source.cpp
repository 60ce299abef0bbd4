// GeoNames dump parsers and the file readers for every gazetteer source. Rows are split with
// string_view and numbers read with std::from_chars: an index rebuild reads 200k rows (cities500)
// to 12M rows (allCountries), so per-row cost is what start-up time is made of.
#include "gazetteer/gazetteer_source.hpp"

#include <array>

#include "gazetteer/line_reader.hpp"
#include "gazetteer/tsv_columns.hpp"

namespace frontmap::gaz {
namespace {

constexpr std::size_t kGeonamesColumns = 19;
constexpr std::string_view kSupplementHeader =
    "ref\tgeonameid\tname\talternatenames\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\tsource";
constexpr std::string_view kGeonamesHint = "download it from https://download.geonames.org/export/dump/";
// After this many bad lines in one file the rest are only counted: a wrong file (say, a CSV
// passed as a GeoNames dump) must not bury the report under millions of lines.
constexpr std::size_t kMaxReportedLines = 100;

bool is_blank_or_comment(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t\r");
    return first == std::string_view::npos || line[first] == '#';
}

std::string file_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::optional<std::string> parse_flag(std::string_view text, int column, std::string_view name, bool& out) {
    if (text.empty() || text == "0") {
        out = false;
    } else if (text == "1") {
        out = true;
    } else {
        return column_error(column, name, text, "is not 1 or empty");
    }
    return std::nullopt;
}

// Reads `path` line by line and calls `parse_line(line)`, which returns an error message or
// nothing. Errors are reported as "path:line: message; line skipped".
template <typename ParseLine>
void read_lines(const std::string& path, std::string_view hint, Diagnostics& diags, ParseLine&& parse_line) {
    std::string open_error;
    auto reader = LineReader::open(path, open_error);
    if (!reader) {
        diags.skip(path, "cannot open: " + open_error + "; " + std::string(hint));
        return;
    }
    std::size_t bad_lines = 0;
    const auto report = [&](std::string message) {
        if (++bad_lines <= kMaxReportedLines) {
            diags.skip(path + ":" + std::to_string(reader->line_number()), std::move(message) + "; line skipped");
        }
    };
    std::string_view line;
    for (;;) {
        const auto status = reader->next(line);
        if (status == LineReader::Status::end) break;
        if (status == LineReader::Status::too_long) {
            report("line is longer than " + std::to_string(LineReader::kMaxLineBytes) + " bytes");
            continue;
        }
        if (auto error = parse_line(line)) report(std::move(*error));
    }
    if (bad_lines > kMaxReportedLines) {
        diags.skip(path, std::to_string(bad_lines - kMaxReportedLines) + " more bad lines after the first " +
                             std::to_string(kMaxReportedLines) + " were skipped without a message each");
    }
    if (reader->error()) {
        diags.skip(path + ":" + std::to_string(reader->line_number()),
                   "read failed: " + *reader->error() + "; the rest of the file was not read");
    }
}

}  // namespace

std::optional<std::string> parse_geonames_line(std::string_view line, SourcePlace& out) {
    std::array<std::string_view, kGeonamesColumns> c;
    const std::size_t count = split_tab_columns(line, c);
    if (count != kGeonamesColumns) {
        return "expected 19 tab-separated columns (the GeoNames geoname table), found " + std::to_string(count);
    }
    std::int64_t id = 0;
    if (auto error = parse_integer_column(c[0], 1, "geonameid", id)) return error;
    if (id <= 0) return column_error(1, "geonameid", c[0], "must be a positive integer");
    if (c[1].empty()) return column_error(2, "name", {}, {});
    double lat = 0;
    double lon = 0;
    if (auto error = parse_number_column(c[4], 5, "latitude", -90, 90, lat)) return error;
    if (auto error = parse_number_column(c[5], 6, "longitude", -180, 180, lon)) return error;
    const bool class_ok = c[6].size() == 1 && c[6][0] >= 'A' && c[6][0] <= 'Z';
    if (!class_ok) return column_error(7, "feature class", c[6], "is not one letter (A, H, L, P, R, S, T, U, V)");
    std::int64_t population = 0;
    if (!c[14].empty()) {
        if (auto error = parse_integer_column(c[14], 15, "population", population)) return error;
        if (population < 0) return column_error(15, "population", c[14], "is negative");
    }
    // Assigning field by field (not out = {}) keeps string capacity when a caller reuses `out`.
    out.geonameid = id;
    out.name.assign(c[1]);
    out.asciiname.assign(c[2]);
    out.alternate_names.clear();
    split_name_list(c[3], out.alternate_names);
    out.historical_names.clear();
    out.lat = lat;
    out.lon = lon;
    out.feature_class = c[6][0];
    out.feature_code.assign(c[7]);
    out.country.assign(c[8]);
    out.admin1_code.assign(c[10]);
    out.admin2_code.assign(c[11]);
    out.population = population;
    out.ref.clear();
    return std::nullopt;
}

std::size_t read_geonames(const std::string& path, Diagnostics& diags,
                          const std::function<void(SourcePlace&&)>& sink) {
    std::size_t delivered = 0;
    const std::string source = file_name(path);
    read_lines(path, kGeonamesHint, diags, [&](std::string_view line) -> std::optional<std::string> {
        if (is_blank_or_comment(line)) return std::nullopt;
        SourcePlace place;
        if (auto error = parse_geonames_line(line, place)) return error;
        place.source = source;
        sink(std::move(place));
        ++delivered;
        return std::nullopt;
    });
    return delivered;
}

std::size_t read_supplement(const std::string& path, Diagnostics& diags,
                            const std::function<void(SourcePlace&&)>& sink) {
    std::size_t delivered = 0;
    bool header_seen = false;
    bool header_ok = false;
    const std::string source = file_name(path);
    read_lines(path, "check the --supplement path", diags, [&](std::string_view line) -> std::optional<std::string> {
        if (!header_seen && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
        if (is_blank_or_comment(line)) return std::nullopt;
        if (!header_seen) {
            header_seen = true;
            while (line.ends_with(' ') || line.ends_with('\t')) line.remove_suffix(1);
            header_ok = line == kSupplementHeader;
            if (!header_ok) {
                return "header is " + quote_excerpt(line, 160) + ", expected the tab-separated columns " +
                       quote_excerpt(kSupplementHeader, 160) + "; file not read";
            }
            return std::nullopt;
        }
        if (!header_ok) return std::nullopt;  // one message for a wrong header, not one per row
        SourcePlace place;
        if (auto error = parse_supplement_line(line, place)) return error;
        if (place.source.empty()) place.source = source;
        sink(std::move(place));
        ++delivered;
        return std::nullopt;
    });
    return delivered;
}

std::size_t read_alternate_names(const std::string& path, Diagnostics& diags,
                                 const std::function<void(AlternateName&&)>& sink) {
    std::size_t delivered = 0;
    read_lines(path, kGeonamesHint, diags, [&](std::string_view line) -> std::optional<std::string> {
        if (is_blank_or_comment(line)) return std::nullopt;
        std::array<std::string_view, 10> c;
        const std::size_t count = split_tab_columns(line, c);
        if (count != 10 && count != 8) {
            return "expected 10 tab-separated columns (alternateNamesV2) or 8 (alternateNames), found " +
                   std::to_string(count);
        }
        AlternateName name;
        if (auto error = parse_integer_column(c[1], 2, "geonameid", name.geonameid)) return error;
        if (name.geonameid <= 0) return column_error(2, "geonameid", c[1], "must be a positive integer");
        if (c[3].empty()) return column_error(4, "alternate name", {}, {});
        if (auto error = parse_flag(c[4], 5, "isPreferredName", name.preferred)) return error;
        if (auto error = parse_flag(c[5], 6, "isShortName", name.short_name)) return error;
        if (auto error = parse_flag(c[6], 7, "isColloquial", name.colloquial)) return error;
        if (auto error = parse_flag(c[7], 8, "isHistoric", name.historic)) return error;
        name.lang.assign(c[2]);
        name.name.assign(c[3]);
        sink(std::move(name));
        ++delivered;
        return std::nullopt;
    });
    return delivered;
}

std::vector<Admin1Code> read_admin1_codes(const std::string& path, Diagnostics& diags) {
    std::vector<Admin1Code> codes;
    read_lines(path, kGeonamesHint, diags, [&](std::string_view line) -> std::optional<std::string> {
        if (is_blank_or_comment(line)) return std::nullopt;
        std::array<std::string_view, 4> c;
        const std::size_t count = split_tab_columns(line, c);
        if (count != 4) return "expected 4 tab-separated columns (code, name, asciiname, geonameid), found " + std::to_string(count);
        const std::size_t dot = c[0].find('.');
        if (dot == std::string_view::npos || dot == 0 || dot + 1 == c[0].size()) {
            return column_error(1, "code", c[0], "is not COUNTRY.ADMIN1, e.g. UA.05");
        }
        Admin1Code code;
        if (auto error = parse_integer_column(c[3], 4, "geonameid", code.geonameid)) return error;
        code.code.assign(c[0]);
        code.name.assign(c[1]);
        code.asciiname.assign(c[2]);
        codes.push_back(std::move(code));
        return std::nullopt;
    });
    return codes;
}

}  // namespace frontmap::gaz
