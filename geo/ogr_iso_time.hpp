#pragma once
// ISO 8601 text of OGR date, time and date-time fields ("2025-11-05", "2025-11-05T10:00:00Z").
// OGR's own string form ("2025/11/05") is what GDAL's CSV writer would otherwise print.
// Internal to geo/.
#include <ogr_api.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace frontmap::geo {

// The value of a Date, DateTime or Time field that is set and not null.
inline std::string iso_8601(OGRFeatureH f, int index, OGRFieldType type) {
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    OGR_F_GetFieldAsDateTimeEx(f, index, &y, &m, &d, &h, &mi, &s, &tz);
    char buf[48];
    std::string out;
    if (type != OFTTime) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        out += buf;
    }
    if (type == OFTDate) return out;
    if (type == OFTDateTime) out += 'T';
    const int whole = static_cast<int>(s);
    const int ms = static_cast<int>(std::lround((s - static_cast<float>(whole)) * 1000));
    std::snprintf(buf, sizeof buf, ms > 0 ? "%02d:%02d:%02d.%03d" : "%02d:%02d:%02d", h, mi, whole, ms);
    out += buf;
    // OGR zone flags: 0 unknown, 1 local time, 100 UTC, 100±n offsets of n quarter hours.
    if (tz == 100) {
        out += 'Z';
    } else if (tz > 1) {
        const int minutes = (tz - 100) * 15;
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', std::abs(minutes) / 60, std::abs(minutes) % 60);
        out += buf;
    }
    return out;
}

}  // namespace frontmap::geo
