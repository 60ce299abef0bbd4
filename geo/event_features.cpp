#include "geo/event_features.hpp"

#include <charconv>
#include <cstdio>
#include <ctime>

#include "events/date_range.hpp"
#include "geo/event_schema.hpp"
#include "geo/event_store.hpp"

namespace frontmap::geo {
namespace {

namespace s = schema;

int index_of(OGRFeatureH f, const char* field) {
    const int i = OGR_F_GetFieldIndex(f, field);
    if (i < 0) throw StoreError(std::string("the store has no field ") + field + "; was it created by an older frontmap?");
    return i;
}

void set_string(OGRFeatureH f, const char* field, const std::string& v) {
    if (v.empty()) OGR_F_SetFieldNull(f, index_of(f, field));
    else OGR_F_SetFieldString(f, index_of(f, field), v.c_str());
}

void set_int64(OGRFeatureH f, const char* field, long long v) { OGR_F_SetFieldInteger64(f, index_of(f, field), v); }
void set_int(OGRFeatureH f, const char* field, int v) { OGR_F_SetFieldInteger(f, index_of(f, field), v); }
void set_real(OGRFeatureH f, const char* field, double v) { OGR_F_SetFieldDouble(f, index_of(f, field), v); }
void set_null(OGRFeatureH f, const char* field) { OGR_F_SetFieldNull(f, index_of(f, field)); }

void set_date(OGRFeatureH f, const char* field, std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd{day};
    OGR_F_SetFieldDateTime(f, index_of(f, field), static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                           static_cast<int>(unsigned(ymd.day())), 0, 0, 0, 0);
}

void set_point(OGRFeatureH f, double lon, double lat) {
    OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(pt, 0, lon, lat);
    OGR_F_SetGeometryDirectly(f, pt);
}

void append_json_string(std::string& out, std::string_view v) {
    out += '"';
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    out += '"';
}

std::string number(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string feature_name(const gaz::PlaceInfo& p) {
    return p.feature_code.empty() ? std::string() : std::string(1, p.feature_class) + "." + p.feature_code;
}

std::string runner_up_json(const gaz::Candidate& c) {
    std::string out = "{\"name\":";
    append_json_string(out, c.place.name);
    out += ",\"lat\":" + number(c.place.lat) + ",\"lon\":" + number(c.place.lon) + ",\"geonameid\":";
    out += c.place.geonameid > 0 ? std::to_string(c.place.geonameid) : "null";
    out += ",\"score\":" + number(c.score) + "}";
    return out;
}

std::string cues_json(const std::vector<std::string>& cues) {
    std::string out = "[";
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, cues[i]);
    }
    return out + "]";
}

std::string text_of(OGRFeatureH f, const char* field) {
    const int i = OGR_F_GetFieldIndex(f, field);
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "";
}

}  // namespace

std::string place_key(const gaz::PlaceInfo& place) {
    if (place.geonameid > 0) return "gn:" + std::to_string(place.geonameid);
    char buf[64];
    std::snprintf(buf, sizeof buf, "ll:%.5f,%.5f:", place.lat, place.lon);
    return buf + place.name;
}

void fill_event_feature(OGRFeatureH f, const events::Event& e, const std::string& doc_id) {
    const gaz::Mention& m = e.mention;
    set_string(f, s::event_id, e.id);
    set_string(f, s::origin, e.origin);
    set_string(f, s::doc, doc_id);
    set_int64(f, s::byte_start, static_cast<long long>(m.byte_begin));
    set_int64(f, s::byte_end, static_cast<long long>(m.byte_end));
    set_string(f, s::text, m.surface);
    set_string(f, s::name, m.place.name);
    set_real(f, s::lat, m.place.lat);
    set_real(f, s::lon, m.place.lon);
    if (m.place.geonameid > 0) set_int64(f, s::geonameid, m.place.geonameid);
    else set_null(f, s::geonameid);
    set_string(f, s::feature, feature_name(m.place));
    set_string(f, s::country, m.place.country);
    set_string(f, s::admin1, m.place.admin1);
    set_real(f, s::score, m.score);
    set_string(f, s::role, gaz::to_string(m.role));
    set_string(f, s::match, gaz::to_string(m.match));
    set_string(f, s::qualifier, m.qualifier);
    set_string(f, s::relation, m.relation);
    if (m.runner_up) set_string(f, s::runner_up, runner_up_json(*m.runner_up));
    else set_null(f, s::runner_up);
    if (e.date) {
        set_date(f, s::date, e.date->range.best());
        set_date(f, s::date_start, e.date->range.first);
        set_date(f, s::date_end, e.date->range.last);
        set_string(f, s::date_precision, events::to_string(e.date->range.precision));
        set_string(f, s::date_source, events::to_string(e.date->source));
    } else {
        for (const char* field : {s::date, s::date_start, s::date_end, s::date_precision, s::date_source})
            set_null(f, field);
    }
    set_string(f, s::event, events::to_string(e.label.type));
    set_string(f, s::actor, events::to_string(e.label.actor));
    set_string(f, s::control, events::to_string(e.label.control));
    if (e.label.claimant == events::Side::none) set_null(f, s::claimant);
    else set_string(f, s::claimant, events::to_string(e.label.claimant));
    set_int(f, s::denied, e.label.denied ? 1 : 0);
    set_real(f, s::event_confidence, e.label.confidence);
    set_string(f, s::cues, cues_json(e.label.cues));
    set_string(f, s::acled_event_type, e.acled_event_type);
    set_string(f, s::acled_sub_event_type, e.acled_sub_event_type);
    set_int(f, s::geo_precision, e.precision.geo);
    set_int(f, s::time_precision, e.precision.time);
    set_real(f, s::uncertainty_km, e.precision.uncertainty_km);
    set_string(f, s::sentence, e.sentence);
    set_string(f, s::actor_name, e.actor_name);
    set_string(f, s::place_key, place_key(m.place));
    set_point(f, m.place.lon, m.place.lat);
}

void fill_document_feature(OGRFeatureH f, const events::EventDocument& d, std::chrono::system_clock::time_point at) {
    set_string(f, s::doc, d.id);
    set_string(f, s::path, d.path);
    set_string(f, s::source, d.source);
    set_string(f, s::title, d.title);
    set_string(f, s::url, d.url);
    set_string(f, s::format, d.format);
    if (d.date) {
        set_date(f, s::document_date, d.date->best());
        set_string(f, s::document_date_precision, events::to_string(d.date->precision));
    } else {
        set_null(f, s::document_date);
        set_null(f, s::document_date_precision);
    }
    set_string(f, s::document_date_how, d.date_how);
    set_string(f, s::content_hash, d.content_hash);
    set_int64(f, s::bytes, static_cast<long long>(d.bytes));
    const std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    // 100 is OGR's "UTC" time zone flag.
    OGR_F_SetFieldDateTime(f, index_of(f, s::ingested_at), utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                           utc.tm_min, utc.tm_sec, 100);
}

std::optional<std::string> iso_day_of_field(OGRFeatureH f, int i) {
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i)) return std::nullopt;
    const OGRFieldType type = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i));
    if (type != OFTDate && type != OFTDateTime) {
        std::string text = OGR_F_GetFieldAsString(f, i);
        return text.size() >= 10 ? std::optional(text.substr(0, 10)) : std::nullopt;
    }
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &hh, &mm, &ss, &tz)) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

gaz::PlaceInfo place_of_event_feature(OGRFeatureH e) {
    gaz::PlaceInfo p;
    p.name = text_of(e, s::name);
    const std::string feature = text_of(e, s::feature);
    if (feature.size() > 2 && feature[1] == '.') {
        p.feature_class = feature[0];
        p.feature_code = feature.substr(2);
    }
    p.country = text_of(e, s::country);
    p.admin1 = text_of(e, s::admin1);
    p.lat = OGR_F_GetFieldAsDouble(e, OGR_F_GetFieldIndex(e, s::lat));
    p.lon = OGR_F_GetFieldAsDouble(e, OGR_F_GetFieldIndex(e, s::lon));
    const int g = OGR_F_GetFieldIndex(e, s::geonameid);
    if (OGR_F_IsFieldSetAndNotNull(e, g)) p.geonameid = OGR_F_GetFieldAsInteger64(e, g);
    return p;
}

void set_place_summary(OGRFeatureH f, const PlaceSummary& summary) {
    set_int(f, s::mentions, static_cast<int>(summary.mentions));
    for (auto [field, value] : {std::pair{s::first_date, &summary.first_date}, std::pair{s::last_date, &summary.last_date}}) {
        const auto day = *value ? events::parse_iso_date(**value) : std::nullopt;
        if (day) set_date(f, field, *day);
        else set_null(f, field);
    }
}

void fill_place_feature(OGRFeatureH f, const std::string& key, const gaz::PlaceInfo& place, const PlaceSummary& summary) {
    set_string(f, s::place_key, key);
    set_string(f, s::name, place.name);
    set_real(f, s::lat, place.lat);
    set_real(f, s::lon, place.lon);
    if (place.geonameid > 0) set_int64(f, s::geonameid, place.geonameid);
    else set_null(f, s::geonameid);
    set_string(f, s::feature, feature_name(place));
    set_string(f, s::country, place.country);
    set_string(f, s::admin1, place.admin1);
    set_place_summary(f, summary);
    set_point(f, place.lon, place.lat);
}

}  // namespace frontmap::geo
