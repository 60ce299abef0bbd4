#include "cli/mention_output.hpp"

#include "events/event_precision.hpp"

#include <cmath>
#include <cstdio>

namespace frontmap::cli {

namespace {

void append_number(std::string& out, double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    out += buf;
}

void append_place_fields(std::string& out, const gaz::PlaceInfo& p) {
    out += "\"name\":";
    append_json_string(out, p.name);
    out += ",\"lat\":";
    append_number(out, p.lat, 5);
    out += ",\"lon\":";
    append_number(out, p.lon, 5);
    out += ",\"geonameid\":";
    out += p.geonameid > 0 ? std::to_string(p.geonameid) : "null";
    out += ",\"feature\":";
    append_json_string(out, std::string(1, p.feature_class) + "." + p.feature_code);
    out += ",\"country\":";
    if (p.country.empty()) out += "null"; else append_json_string(out, p.country);
    out += ",\"admin1\":";
    if (p.admin1.empty()) out += "null"; else append_json_string(out, p.admin1);
}

// Display width of UTF-8 text: code points, not bytes.
std::size_t display_width(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string pad(std::string_view s, std::size_t width) {
    std::string out(s);
    // Cut long cells on a code point boundary.
    if (display_width(out) > width) {
        std::size_t n = 0, i = 0;
        for (; i < out.size(); ++i) {
            if ((static_cast<unsigned char>(out[i]) & 0xC0) != 0x80) {
                if (n == width - 1) break;
                ++n;
            }
        }
        out = out.substr(0, i) + "…";
    }
    std::size_t w = display_width(out);
    if (w < width) out.append(width - w, ' ');
    return out;
}

}  // namespace

namespace {

void append_date_fields(std::string& out, const std::optional<events::MentionDate>& date,
                        const events::DocumentDate& document_date) {
    auto iso = [&](std::chrono::sys_days d) { append_json_string(out, events::to_iso(d)); };
    if (date) {
        out += ",\"date\":";
        iso(date->range.best());
        out += ",\"date_start\":";
        iso(date->range.first);
        out += ",\"date_end\":";
        iso(date->range.last);
        out += ",\"date_precision\":";
        append_json_string(out, events::to_string(date->range.precision));
        out += ",\"date_source\":";
        append_json_string(out, events::to_string(date->source));
    } else {
        out += ",\"date\":null,\"date_start\":null,\"date_end\":null,\"date_precision\":null,\"date_source\":null";
    }
    out += ",\"document_date\":";
    if (document_date.range) iso(document_date.range->best()); else out += "null";
    out += ",\"document_date_how\":";
    append_json_string(out, document_date.how);
}

// ACLED's vocabulary and precision codes, so rows sit beside ACLED's own.
void append_acled_fields(std::string& out, const events::AcledCategory& category, const events::Precision& p) {
    out += ",\"acled_event_type\":";
    if (category.event_type.empty()) out += "null"; else append_json_string(out, category.event_type);
    out += ",\"acled_sub_event_type\":";
    if (category.sub_event_type.empty()) out += "null"; else append_json_string(out, category.sub_event_type);
    out += ",\"geo_precision\":" + std::to_string(p.geo);
    out += ",\"time_precision\":" + std::to_string(p.time);
    out += ",\"uncertainty_km\":";
    append_number(out, p.uncertainty_km, 1);
}

void append_event_fields(std::string& out, const events::EventLabel& e) {
    out += ",\"event\":";
    append_json_string(out, events::to_string(e.type));
    out += ",\"actor\":";
    append_json_string(out, events::to_string(e.actor));
    out += ",\"control\":";
    append_json_string(out, events::to_string(e.control));
    out += ",\"claimant\":";
    if (e.claimant == events::Side::none) out += "null"; else append_json_string(out, events::to_string(e.claimant));
    out += ",\"denied\":";
    out += e.denied ? "true" : "false";
    out += ",\"event_confidence\":";
    append_number(out, e.confidence, 2);
    out += ",\"cues\":[";
    for (std::size_t i = 0; i < e.cues.size(); ++i) {
        if (i) out += ",";
        append_json_string(out, e.cues[i]);
    }
    out += "]";
}

}  // namespace

std::string mention_to_json(const DocumentFindings& findings, std::size_t index, const Document& doc) {
    const gaz::Mention& m = findings.mentions[index];
    const auto& date = findings.dates[index];
    const auto& document_date = findings.document_date;
    std::string out;
    out.reserve(512);
    out += "{\"doc\":";
    append_json_string(out, doc.id);
    out += ",\"start\":" + std::to_string(m.byte_begin + doc.base_offset);
    out += ",\"end\":" + std::to_string(m.byte_end + doc.base_offset);
    out += ",\"text\":";
    append_json_string(out, m.surface);
    out += ",";
    append_place_fields(out, m.place);
    out += ",\"score\":";
    append_number(out, m.score, 3);
    out += ",\"role\":";
    append_json_string(out, gaz::to_string(m.role));
    out += ",\"match\":";
    append_json_string(out, gaz::to_string(m.match));
    out += ",\"qualifier\":";
    if (m.qualifier.empty()) out += "null"; else append_json_string(out, m.qualifier);
    out += ",\"relation\":";
    if (m.relation.empty()) out += "null"; else append_json_string(out, m.relation);
    append_date_fields(out, date, document_date);
    if (index < findings.events.size()) append_event_fields(out, findings.events[index]);
    if (index < findings.acled.size()) append_acled_fields(out, findings.acled[index], events::precision_of(m, date));
    out += ",\"runner_up\":";
    if (m.runner_up) {
        out += "{";
        append_place_fields(out, m.runner_up->place);
        out += ",\"score\":";
        append_number(out, m.runner_up->score, 3);
        out += "}";
    } else {
        out += "null";
    }
    out += "}";
    return out;
}

void MentionTable::write(const DocumentFindings& findings, const Document& doc) {
    const auto& mentions = findings.mentions;
    if (!header_written_) {
        out_ << pad("document", 28) << "  " << pad("offset", 7) << "  " << pad("text", 22) << "  "
             << pad("place", 22) << "  " << pad("feature", 9) << "  " << pad("cc", 2) << "  "
             << pad("admin1", 16) << "  " << pad("lat", 8) << "  " << pad("lon", 8) << "  "
             << pad("score", 5) << "  " << pad("date", 10) << "  role\n";
        header_written_ = true;
    }
    std::string doc_name = doc.id;
    if (auto slash = doc_name.find_last_of('/'); slash != std::string::npos) doc_name = doc_name.substr(slash + 1);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const auto& m = mentions[i];
        const auto& date = i < findings.dates.size() ? findings.dates[i] : std::nullopt;
        char lat[16], lon[16], score[16];
        std::snprintf(lat, sizeof lat, "%.4f", m.place.lat);
        std::snprintf(lon, sizeof lon, "%.4f", m.place.lon);
        std::snprintf(score, sizeof score, "%.2f", m.score);
        out_ << pad(doc_name, 28) << "  " << pad(std::to_string(m.byte_begin + doc.base_offset), 7)
             << "  " << pad(m.surface, 22) << "  " << pad(m.place.name, 22) << "  "
             << pad(std::string(1, m.place.feature_class) + "." + m.place.feature_code, 9) << "  "
             << pad(m.place.country.empty() ? "-" : m.place.country, 2) << "  "
             << pad(m.place.admin1.empty() ? "-" : m.place.admin1, 16) << "  " << pad(lat, 8) << "  "
             << pad(lon, 8) << "  " << pad(score, 5) << "  "
             << pad(date ? events::to_iso(date->range.best()) : "-", 10) << "  " << gaz::to_string(m.role)
             << (m.relation.empty() ? "" : " (" + m.relation + ")") << "\n";
    }
}

}  // namespace frontmap::cli
