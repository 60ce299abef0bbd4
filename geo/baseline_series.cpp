#include "geo/baseline_series.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <stdexcept>

#include "events/date_range.hpp"
#include "geo/gdal_messages.hpp"
#include "geo/geos_handles.hpp"
#include "geo/planar_geometry.hpp"

namespace frontmap::geo {

namespace fs = std::filesystem;
using std::chrono::sys_days;

LonLatBox BaselineSeries::extent() const {
    LonLatBox box;
    for (const auto& s : snapshots) box.extend(bounds(s.held));
    return box;
}

const BaselineSnapshot* BaselineSeries::at(sys_days date) const {
    auto it = std::lower_bound(snapshots.begin(), snapshots.end(), date,
                               [](const BaselineSnapshot& s, sys_days d) { return s.date < d; });
    return it != snapshots.end() && it->date == date ? &*it : nullptr;
}

namespace {

std::optional<sys_days> make_date(int y, int m, int d) {
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y < 1900 || y > 2200) return std::nullopt;
    return sys_days{ymd};
}

// "front_DD.MM.YYYY" -> a regex with the three fields as groups, in the order they appear.
std::regex pattern_regex(std::string_view pattern, int& year_group, int& month_group, int& day_group) {
    std::string re;
    int group = 0;
    year_group = month_group = day_group = 0;
    for (std::size_t i = 0; i < pattern.size();) {
        auto token = [&](std::string_view t) { return pattern.substr(i, t.size()) == t; };
        if (token("YYYY")) { re += "(\\d{4})"; year_group = ++group; i += 4; continue; }
        if (token("MM")) { re += "(\\d{2})"; month_group = ++group; i += 2; continue; }
        if (token("DD")) { re += "(\\d{2})"; day_group = ++group; i += 2; continue; }
        const char c = pattern[i++];
        if (c == '*') re += ".*";
        else if (std::isalnum(static_cast<unsigned char>(c))) re += c;
        else { re += '\\'; re += c; }
    }
    if (!year_group || !month_group || !day_group)
        throw std::invalid_argument("date pattern " + quote_excerpt(pattern) +
                                    " needs YYYY, MM and DD (e.g. \"front_DD.MM.YYYY\")");
    return std::regex(re);
}

bool is_vector_file(const fs::path& p) {
    constexpr std::string_view extensions[] = {".geojson", ".json", ".gpkg", ".shp", ".fgb", ".kml",
                                                      ".gml", ".topojson", ".sqlite", ".gpx", ".tab", ".mif"};
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::find(std::begin(extensions), std::end(extensions), ext) != std::end(extensions);
}

std::vector<fs::path> list_inputs(std::span<const std::string> paths, Diagnostics& diagnostics) {
    std::vector<fs::path> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> found;
            for (const auto& entry : fs::directory_iterator(p, ec))
                if (entry.is_regular_file() && is_vector_file(entry.path())) found.push_back(entry.path());
            std::sort(found.begin(), found.end());
            if (found.empty()) diagnostics.warn(p, "no vector files (.geojson, .gpkg, .shp, .fgb, …) in this folder");
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(p, ec)) {
            files.emplace_back(p);
        } else {
            diagnostics.skip(p, "baseline not found; check the path");
        }
    }
    return files;
}

// The date of one feature from its attribute: an OGR date field or an ISO date string.
std::optional<sys_days> feature_date(OGRFeatureH f, int field) {
    if (field < 0 || !OGR_F_IsFieldSetAndNotNull(f, field)) return std::nullopt;
    const OGRFieldType type = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, field));
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        if (!OGR_F_GetFieldAsDateTimeEx(f, field, &y, &m, &d, &hh, &mm, &ss, &tz)) return std::nullopt;
        return make_date(y, m, d);
    }
    return events::parse_iso_date(OGR_F_GetFieldAsString(f, field));
}

bool same_as_wgs84(OGRSpatialReferenceH srs) {
    auto wgs84 = gdal::wgs84_lon_lat();
    const char* options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES",
                             "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
    return OSRIsSameEx(srs, static_cast<OGRSpatialReferenceH>(wgs84.get()), options) != 0;
}

// Collected polygons of one date before the union.
struct DatedParts {
    std::vector<geos::Geometry> parts;
    std::vector<std::string> sources;
};

class FileReader {
public:
    FileReader(const geos::Context& ctx, const BaselineOptions& options, Diagnostics& diagnostics)
        : ctx_(ctx), options_(options), diagnostics_(diagnostics) {}

    void read(const fs::path& path, std::map<sys_days, DatedParts>& out);

private:
    void read_layer(OGRLayerH layer, const std::string& where, std::optional<sys_days> file_date,
                    std::map<sys_days, DatedParts>& out);
    std::optional<geos::Geometry> polygon_of(OGRFeatureH f, OGRCoordinateTransformationH to_wgs84,
                                             const std::string& where);

    const geos::Context& ctx_;
    const BaselineOptions& options_;
    Diagnostics& diagnostics_;
    bool skipped_whole_file_ = false;  // already reported (no date, no CRS transform)
};

void FileReader::read(const fs::path& path, std::map<sys_days, DatedParts>& out) {
    const std::string where = path.string();
    std::optional<sys_days> file_date;
    if (!options_.date_field_overrides_name) file_date = date_from_file_name(path.filename().string(), options_.date_pattern);
    gdal::CollectedErrors errors;
    gdal::Dataset ds(GDALOpenEx(where.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) {
        diagnostics_.skip(where, "not a readable vector file" + (errors.empty() ? std::string() : ": " + errors.text()));
        return;
    }
    std::size_t before = 0, after = 0;
    for (const auto& [date, parts] : out) before += parts.parts.size();
    const int layers = GDALDatasetGetLayerCount(ds.get());
    for (int i = 0; i < layers; ++i) read_layer(GDALDatasetGetLayer(ds.get(), i), where, file_date, out);
    for (const auto& [date, parts] : out) after += parts.parts.size();
    if (after == before && !skipped_whole_file_)
        diagnostics_.skip(where, "no polygons in this file (empty, or only points and lines); nothing used from it");
    skipped_whole_file_ = false;
}

void FileReader::read_layer(OGRLayerH layer, const std::string& where, std::optional<sys_days> file_date,
                            std::map<sys_days, DatedParts>& out) {
    const int field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), options_.date_field.c_str());
    if (!file_date && field < 0) {
        diagnostics_.skip(where, "no date: the file name has none (YYYYMMDD or YYYY-MM-DD) and layer " +
                                     quote_excerpt(OGR_L_GetName(layer)) + " has no '" + options_.date_field +
                                     "' attribute; rename the file, or give --date-pattern or a date field");
        skipped_whole_file_ = true;
        return;
    }
    gdal::CoordinateTransformation to_wgs84;
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer); srs && !same_as_wgs84(srs)) {
        auto wgs84 = gdal::wgs84_lon_lat();
        to_wgs84.reset(OCTNewCoordinateTransformation(srs, static_cast<OGRSpatialReferenceH>(wgs84.get())));
        if (!to_wgs84) {
            diagnostics_.skip(where, "cannot reproject its CRS to WGS84: " + gdal::last_error());
            skipped_whole_file_ = true;
            return;
        }
        diagnostics_.report(Severity::note, where, "reprojected to WGS84", false);
    }
    OGR_L_ResetReading(layer);
    std::size_t undated = 0, empty = 0;
    for (gdal::Feature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
        const std::string feature_where = where + ": feature " + std::to_string(OGR_F_GetFID(gdal::get(f)));
        auto date = file_date ? file_date : feature_date(gdal::get(f), field);
        if (!date) { ++undated; continue; }
        std::optional<geos::Geometry> poly;
        try {
            poly = polygon_of(gdal::get(f), static_cast<OGRCoordinateTransformationH>(to_wgs84.get()), feature_where);
        } catch (const std::runtime_error& e) {  // GEOS gave up on this geometry: skip it, keep the rest
            diagnostics_.skip(feature_where, std::string("geometry could not be used: ") + e.what());
            continue;
        }
        if (!poly) { ++empty; continue; }
        auto& slot = out[*date];
        slot.parts.push_back(std::move(*poly));
        if (slot.sources.empty() || slot.sources.back() != where) slot.sources.push_back(where);
    }
    if (undated) diagnostics_.skip(where, std::to_string(undated) + " feature(s) without a valid '" + options_.date_field + "' date skipped");
    if (empty) diagnostics_.skip(where, std::to_string(empty) + " feature(s) without polygon geometry skipped");
}

std::optional<geos::Geometry> FileReader::polygon_of(OGRFeatureH f, OGRCoordinateTransformationH to_wgs84,
                                                     const std::string& where) {
    OGRGeometryH src = OGR_F_GetGeometryRef(f);
    if (!src || OGR_G_IsEmpty(src)) return std::nullopt;
    // ForceTo linearises curves and turns polygons into multipolygons; lines stay lines.
    OGRGeometryH g = OGR_G_ForceTo(OGR_G_Clone(src), wkbMultiPolygon, nullptr);
    struct Destroy { void operator()(void* p) const { OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(p)); } };
    std::unique_ptr<void, Destroy> owned(g);
    if (!g || wkbFlatten(OGR_G_GetGeometryType(g)) != wkbMultiPolygon) return std::nullopt;
    OGR_G_FlattenTo2D(g);
    if (to_wgs84 && OGR_G_Transform(g, to_wgs84) != OGRERR_NONE) {
        diagnostics_.skip(where, "could not be reprojected to WGS84: " + gdal::last_error());
        return std::nullopt;
    }
    std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(g)));
    OGR_G_ExportToIsoWkb(g, wkbNDR, wkb.data());
    auto geom = geos::own(ctx_, GEOSGeomFromWKB_buf_r(ctx_.get(), wkb.data(), wkb.size()), "read WKB");
    if (geos::is_empty(ctx_, geom.get())) return std::nullopt;
    if (GEOSisValid_r(ctx_.get(), geom.get()) != 1) {
        char* reason = GEOSisValidReason_r(ctx_.get(), geom.get());
        const std::string why = reason ? reason : "invalid";
        GEOSFree_r(ctx_.get(), reason);
        geom = geos::polygonal_part(ctx_, geos::make_valid(ctx_, geom.get()).get());
        diagnostics_.warn(where, "invalid polygon repaired (" + why + ")");
        if (geos::is_empty(ctx_, geom.get())) return std::nullopt;
    }
    return geom;
}

// One date's parts as one valid multipolygon; a single valid part keeps its exact vertices.
MultiPolygon union_of(const geos::Context& ctx, DatedParts& parts) {
    if (parts.parts.size() == 1) return to_multipolygon(ctx, parts.parts.front().get(), nullptr);
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts.parts) raw.push_back(p.get());
    auto collection = geos::own(ctx, GEOSGeom_createCollection_r(ctx.get(), GEOS_GEOMETRYCOLLECTION, raw.data(),
                                                                 static_cast<unsigned>(raw.size())),
                                "collect parts");
    for (auto& p : parts.parts) p.release();  // owned by the collection now
    parts.parts.clear();
    auto u = geos::own(ctx, GEOSUnaryUnion_r(ctx.get(), collection.get()), "union");
    return to_multipolygon(ctx, geos::polygonal_part(ctx, u.get()).get(), nullptr);
}

std::string box_text(const LonLatBox& b) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%.2f,%.2f,%.2f,%.2f", b.min_lon, b.min_lat, b.max_lon, b.max_lat);
    return buf;
}

}  // namespace

std::optional<sys_days> date_from_file_name(std::string_view file_name, std::string_view pattern) {
    const std::string name(file_name);
    if (!pattern.empty()) {
        int yg = 0, mg = 0, dg = 0;
        const std::regex re = pattern_regex(pattern, yg, mg, dg);
        std::smatch m;
        if (!std::regex_search(name, m, re)) return std::nullopt;
        return make_date(std::stoi(m[yg]), std::stoi(m[mg]), std::stoi(m[dg]));
    }
    // Not inside a longer run of digits, so ids and times are not read as dates.
    const std::regex compact("(^|[^0-9])([0-9]{4})([0-9]{2})([0-9]{2})(?![0-9])");
    const std::regex dashed("(^|[^0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])");
    for (const auto* re : {&dashed, &compact}) {
        for (auto it = std::sregex_iterator(name.begin(), name.end(), *re); it != std::sregex_iterator(); ++it) {
            const auto& m = *it;
            if (auto d = make_date(std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4]))) return d;
        }
    }
    return std::nullopt;
}

BaselineSeries read_baselines(std::span<const std::string> paths, const BaselineOptions& options,
                              Diagnostics& diagnostics) {
    GDALAllRegister();
    if (!options.date_pattern.empty()) {
        int yg, mg, dg;
        (void)pattern_regex(options.date_pattern, yg, mg, dg);  // reject a bad pattern before any file
    }
    const geos::Context ctx;
    std::map<sys_days, DatedParts> by_date;
    FileReader reader(ctx, options, diagnostics);
    for (const auto& file : list_inputs(paths, diagnostics)) reader.read(file, by_date);

    BaselineSeries series;
    for (auto& [date, parts] : by_date) {
        const std::string where = parts.sources.empty() ? events::to_iso(date) : parts.sources.front();
        BaselineSnapshot snap{date, {}, parts.sources};
        try {
            snap.held = union_of(ctx, parts);
        } catch (const std::runtime_error& e) {
            diagnostics.skip(where, "baseline for " + events::to_iso(date) + " could not be merged: " + e.what());
            continue;
        }
        if (snap.held.empty()) {
            diagnostics.skip(where, "baseline for " + events::to_iso(date) + " has no area after repair");
            continue;
        }
        if (options.area_of_interest && !bounds(snap.held).intersects(options.area_of_interest->expanded(options.far_margin_degrees))) {
            diagnostics.skip(where, "baseline for " + events::to_iso(date) + " lies far outside the area of interest (extent " +
                                        box_text(bounds(snap.held)) + ", area " + box_text(*options.area_of_interest) +
                                        "); check its CRS or --bbox");
            continue;
        }
        series.snapshots.push_back(std::move(snap));
    }
    return series;
}

}  // namespace frontmap::geo
