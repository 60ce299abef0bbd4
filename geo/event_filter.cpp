#include "geo/event_filter.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "core/diagnostics.hpp"
#include "events/date_range.hpp"
#include "events/event_typing.hpp"
#include "geo/event_schema.hpp"

namespace frontmap::geo {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::optional<double> parse_number(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

// Every item must be one of `allowed`; a typo would otherwise silently select nothing.
std::vector<std::string> parse_choices(std::string_view text, const std::vector<std::string>& allowed,
                                       const char* what) {
    auto items = parse_list(text);
    for (const auto& item : items)
        if (std::find(allowed.begin(), allowed.end(), item) == allowed.end())
            throw std::invalid_argument("unknown " + std::string(what) + " " + quote_excerpt(item) +
                                        "; expected a comma-separated list of: " + join(allowed));
    return items;
}

std::string sql_string(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

std::string sql_identifier(const char* name) { return std::string("\"") + name + "\""; }

std::string sql_in(const char* column, const std::vector<std::string>& values) {
    std::string out = sql_identifier(column) + " IN (";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + sql_string(values[i]);
    return out + ")";
}

std::string sql_number(double v) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, end);
}

}  // namespace

std::chrono::sys_days parse_filter_date(std::string_view text) {
    auto d = events::parse_iso_date(trim(text));
    if (!d || trim(text).size() != 10)
        throw std::invalid_argument("bad date " + quote_excerpt(text) + "; expected YYYY-MM-DD, a real calendar day");
    return *d;
}

BoundingBox parse_bbox(std::string_view text) {
    std::vector<double> v;
    std::string_view rest = text;
    for (;;) {
        const auto comma = rest.find(',');
        auto n = parse_number(rest.substr(0, comma));
        if (!n) break;
        v.push_back(*n);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    const std::string expected = "; expected WEST,SOUTH,EAST,NORTH in degrees (e.g. 36.5,47.5,38.5,49.0)";
    if (v.size() != 4 || std::count(text.begin(), text.end(), ',') != 3)
        throw std::invalid_argument("bad box " + quote_excerpt(text) + expected);
    BoundingBox b{v[0], v[1], v[2], v[3]};
    if (std::abs(b.west) > 180 || std::abs(b.east) > 180)
        throw std::invalid_argument("bad box " + quote_excerpt(text) + ": longitudes must be within -180..180" + expected);
    if (std::abs(b.south) > 90 || std::abs(b.north) > 90)
        throw std::invalid_argument("bad box " + quote_excerpt(text) + ": latitudes must be within -90..90" + expected);
    if (b.south > b.north)
        throw std::invalid_argument("bad box " + quote_excerpt(text) + ": south is above north" + expected);
    // west > east is not an error: the box crosses the antimeridian.
    return b;
}

std::vector<std::string> parse_list(std::string_view text) {
    std::vector<std::string> items;
    for (;;) {
        const auto comma = text.find(',');
        const auto item = trim(text.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    if (items.empty()) throw std::invalid_argument("empty list; expected comma-separated values (a,b)");
    return items;
}

std::vector<std::string> parse_event_types(std::string_view text) {
    std::vector<std::string> allowed;
    for (int t = static_cast<int>(events::EventType::none); t <= static_cast<int>(events::EventType::political); ++t)
        allowed.emplace_back(events::to_string(static_cast<events::EventType>(t)));
    return parse_choices(text, allowed, "event type");
}

std::vector<std::string> parse_actors(std::string_view text) {
    return parse_choices(text, {"ru", "ua", "third", "unknown", "none"}, "actor");
}

std::vector<std::string> parse_origins(std::string_view text) {
    return parse_choices(text, {"text", "acled"}, "origin");
}

double parse_min_score(std::string_view text) {
    auto v = parse_number(text);
    if (!v || *v < 0 || *v > 1)
        throw std::invalid_argument("bad score " + quote_excerpt(text) + "; expected a number from 0 to 1");
    return *v;
}

std::string attribute_filter_sql(const EventFilter& f) {
    std::vector<std::string> terms;
    // Overlap of [date_start, date_end] with [from, to]; ISO dates compare as text in SQLite
    // and as dates in PostgreSQL. Undated events drop out as soon as a window is given.
    if (f.to) terms.push_back(sql_identifier(schema::date_start) + " <= " + sql_string(events::to_iso(*f.to)));
    if (f.from) terms.push_back(sql_identifier(schema::date_end) + " >= " + sql_string(events::to_iso(*f.from)));
    if (!f.types.empty()) terms.push_back(sql_in(schema::event, f.types));
    if (!f.actors.empty()) terms.push_back(sql_in(schema::actor, f.actors));
    if (!f.origins.empty()) terms.push_back(sql_in(schema::origin, f.origins));
    if (!f.docs.empty()) terms.push_back(sql_in(schema::doc, f.docs));
    if (f.min_score) terms.push_back(sql_identifier(schema::score) + " >= " + sql_number(*f.min_score));
    std::string sql;
    for (const auto& t : terms) sql += (sql.empty() ? "" : " AND ") + t;
    return sql;
}

std::vector<BoundingBox> spatial_passes(const BoundingBox& box) {
    if (box.west <= box.east) return {box};
    return {{box.west, box.south, 180, box.north}, {-180, box.south, box.east, box.north}};
}

}  // namespace frontmap::geo
