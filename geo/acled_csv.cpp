#include "geo/acled_csv.hpp"

#include <cpl_string.h>

#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "events/date_range.hpp"
#include "geo/gdal_messages.hpp"

namespace frontmap::geo {
namespace {

constexpr std::array required_columns{"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
                                      "country",       "admin1",     "location",   "latitude",       "longitude",
                                      "geo_precision", "time_precision", "notes"};

// Where each CSV record starts (line number, byte offset) and how many fields it has, so
// messages can name the line even when a quoted notes field spans several lines. GDAL reads
// the values; this only counts.
struct RecordSpan {
    std::size_t line = 0, begin = 0, end = 0, fields = 0;
};

std::vector<RecordSpan> scan_records(std::string_view bytes) {
    std::vector<RecordSpan> out;
    std::size_t line = 1, i = 0;
    while (i < bytes.size()) {
        RecordSpan r{line, i, i, 1};
        bool quoted = false, blank = true;
        for (; i < bytes.size(); ++i) {
            const char c = bytes[i];
            if (c == '"') quoted = !quoted;
            if (c == '\n') ++line;
            if (c == '\n' && !quoted) break;
            if (c == ',' && !quoted) ++r.fields;
            if (c != '\r' && c != '\n') blank = false;
        }
        r.end = i;
        if (i < bytes.size()) ++i;  // the newline
        if (!blank) out.push_back(r);  // GDAL skips empty lines too
    }
    return out;
}

std::optional<std::chrono::sys_days> parse_acled_date(std::string_view s) {
    if (auto iso = events::parse_iso_date(s)) return iso;
    // "17 February 2024" (ACLED's older exports)
    static constexpr std::array months{"january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"};
    unsigned day = 0;
    int year = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), day);
    if (r.ec != std::errc() || *r.ptr != ' ') return std::nullopt;
    std::string_view rest(r.ptr + 1, s.data() + s.size() - r.ptr - 1);
    const auto space = rest.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    std::string month_name(rest.substr(0, space));
    for (auto& c : month_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view year_text = rest.substr(space + 1);
    auto ry = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
    if (ry.ec != std::errc() || ry.ptr != year_text.data() + year_text.size()) return std::nullopt;
    for (unsigned m = 0; m < months.size(); ++m) {
        const std::string_view full = months[m];
        if (month_name == full || (month_name.size() == 3 && full.substr(0, 3) == month_name)) {
            const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{m + 1}, std::chrono::day{day}};
            if (!ymd.ok()) return std::nullopt;
            return std::chrono::sys_days{ymd};
        }
    }
    return std::nullopt;
}

std::optional<double> parse_number(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    double v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// ACLED's precision codes, as the radius an analyst should read around the point: 1 the town
// itself, 2 somewhere near it or in part of a region, 3 only the province is known (the same
// radii as events from text at those levels, see events/event_precision.cpp).
double uncertainty_km_for(int geo_precision) { return geo_precision == 1 ? 2 : geo_precision == 2 ? 25 : 100; }

events::DateRange range_for(std::chrono::sys_days day, int time_precision) {
    if (time_precision == 2) return events::week_range(day);
    if (time_precision == 3) return events::month_range(std::chrono::year_month_day{day}.year() / std::chrono::year_month_day{day}.month());
    return events::day_range(day);
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw AcledFileError("cannot read the file (missing or no permission)");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

class RowReader {
public:
    RowReader(OGRFeatureH f, OGRFeatureDefnH defn) : f_(f), defn_(defn) {}
    std::string operator()(const char* column) const {
        const int i = OGR_FD_GetFieldIndex(defn_, column);
        return i >= 0 && OGR_F_IsFieldSetAndNotNull(f_, i) ? OGR_F_GetFieldAsString(f_, i) : "";
    }

private:
    OGRFeatureH f_;
    OGRFeatureDefnH defn_;
};

int precision_code(const std::string& text, const char* column, const std::string& where, Diagnostics& diags) {
    if (text == "1" || text == "2" || text == "3") return text[0] - '0';
    diags.warn(where, std::string(column) + " " + quote_excerpt(text) + " is not 1, 2 or 3; read as 3 (least precise)");
    return 3;
}

}  // namespace

DocumentBatchItem read_acled_csv(const std::string& path, const events::AcledTypeMap& types, const AcledActorSides& actors,
                                 Diagnostics& diags) {
    const std::string bytes = read_all(path);
    const auto records = scan_records(bytes);
    if (records.empty()) throw AcledFileError("the file is empty; expected an ACLED CSV export with a header line");
    GDALAllRegister();
    gdal::CollectedErrors errors;
    const char* drivers[] = {"CSV", nullptr};
    const char* open_options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=YES", nullptr};
    gdal::Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, open_options, nullptr));
    OGRLayerH layer = ds ? GDALDatasetGetLayer(ds.get(), 0) : nullptr;
    if (!layer) throw AcledFileError("not a CSV file GDAL can read (" + errors.text() + ")");
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    std::string missing;
    for (const char* column : required_columns)
        if (OGR_FD_GetFieldIndex(defn, column) < 0) missing += (missing.empty() ? "" : ", ") + std::string(column);
    if (!missing.empty())
        throw AcledFileError("line 1: not an ACLED export: no column " + missing + " in the header " +
                             quote_excerpt(std::string_view(bytes).substr(records[0].begin, records[0].end - records[0].begin)));
    const std::size_t header_fields = records[0].fields;
    const std::string file_name = std::filesystem::path(path).filename().string();

    DocumentBatchItem item;
    item.document.id = "acled:" + file_name;
    item.document.path = path;
    item.document.source = "ACLED";
    item.document.title = file_name;
    item.document.format = "acled-csv";
    item.document.content_hash = sha256_hex(bytes);
    item.document.bytes = bytes.size();

    std::set<std::string> ids;
    std::size_t row = 0;
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        ++row;
        const RecordSpan span = row < records.size() ? records[row] : RecordSpan{};
        const std::string where = path + ":" + std::to_string(span.line);
        const RowReader get(gdal::get(feature), defn);
        if (span.fields < header_fields) {
            diags.skip(where, "only " + std::to_string(span.fields) + " of the header's " + std::to_string(header_fields) +
                                  " columns; row skipped");
            continue;
        }
        const std::string id = get("event_id_cnty");
        if (id.empty()) {
            diags.skip(where, "no event_id_cnty; row skipped");
            continue;
        }
        if (!ids.insert(id).second) {
            diags.skip(where, "event_id_cnty " + quote_excerpt(id) + " appears earlier in the file; row skipped");
            continue;
        }
        const auto day = parse_acled_date(get("event_date"));
        if (!day) {
            diags.skip(where, "event_date " + quote_excerpt(get("event_date")) +
                                  " is not a date (expected 2024-02-17 or 17 February 2024); row skipped");
            continue;
        }
        const auto lat = parse_number(get("latitude")), lon = parse_number(get("longitude"));
        if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) {
            diags.skip(where, "bad coordinates latitude " + quote_excerpt(get("latitude")) + ", longitude " +
                                  quote_excerpt(get("longitude")) + " (expected decimal degrees); row skipped");
            continue;
        }
        events::Event e;
        e.id = "acled:" + id;
        e.origin = "acled";
        gaz::Mention& m = e.mention;
        m.doc_id = item.document.id;
        m.byte_begin = span.begin;
        m.byte_end = span.end;
        m.surface = get("location");
        m.place.name = m.surface;
        m.place.lat = *lat;
        m.place.lon = *lon;
        m.place.feature_code.clear();
        m.place.country = get("country");
        m.place.admin1 = get("admin1");
        m.place.source = "acled";
        m.score = 1.0;  // an analyst placed it; the row is the ground truth we compare against
        e.precision.geo = precision_code(get("geo_precision"), "geo_precision", where, diags);
        e.precision.time = precision_code(get("time_precision"), "time_precision", where, diags);
        e.precision.uncertainty_km = uncertainty_km_for(e.precision.geo);
        e.date = events::MentionDate{range_for(*day, e.precision.time), events::DateSource::explicit_date};
        e.acled_event_type = get("event_type");
        e.acled_sub_event_type = get("sub_event_type");
        e.label.type = types.from_acled(e.acled_event_type, e.acled_sub_event_type);
        e.actor_name = get("actor1");
        e.label.actor = actors.side_of(e.actor_name);
        e.label.confidence = 1.0;
        e.sentence = get("notes");
        item.events.push_back(std::move(e));
    }
    if (!errors.empty()) diags.warn(path, "GDAL: " + errors.text());
    return item;
}

}  // namespace frontmap::geo
