#include "geo/event_export.hpp"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "geo/atomic_output.hpp"
#include "geo/event_schema.hpp"
#include "geo/gdal_event_writer.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/geojson_writer.hpp"

namespace frontmap::geo {

namespace {

struct Store {
    gdal::Dataset dataset;
    OGRLayerH events = nullptr;
};

bool is_postgres(const std::string& store) { return store.rfind("PG:", 0) == 0 || store.rfind("pg:", 0) == 0; }

std::string layer_names(GDALDatasetH ds) {
    std::string names;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
        names += (names.empty() ? "" : ", ") + std::string(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
    return names.empty() ? "none" : names;
}

Store open_store(const std::string& store) {
    const bool pg = is_postgres(store);
    if (!pg && !std::filesystem::exists(store))
        throw std::runtime_error(store + ": no such event store; create it with 'frontmap ingest INPUT... --db " + store + "'");
    const char* const drivers[] = {pg ? "PostgreSQL" : "GPKG", nullptr};
    CPLErrorReset();
    Store s;
    s.dataset.reset(GDALOpenEx(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!s.dataset) {
        std::string why = gdal::last_error(pg ? "cannot connect" : "not a GeoPackage");
        if (why.find("locked") != std::string::npos)
            why += " (another program is writing to it; try again when it is done)";
        else if (!pg)
            why += "; expected a GeoPackage written by 'frontmap ingest'";
        throw std::runtime_error("cannot open " + store + " as an event store: " + why);
    }
    s.events = GDALDatasetGetLayerByName(s.dataset.get(), schema::events_layer);
    if (!s.events)
        throw std::runtime_error(store + " has no '" + schema::events_layer + "' layer (its layers: " +
                                 layer_names(s.dataset.get()) + "); is it a frontmap event store? Fill one with 'frontmap ingest'");
    return s;
}

// Events are stored in WGS84; a store in another CRS is reprojected on the way out.
gdal::CoordinateTransformation transformation_to_wgs84(OGRLayerH layer) {
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    const auto wgs84 = gdal::wgs84_lon_lat();
    if (!srs || OSRIsSame(srs, static_cast<OGRSpatialReferenceH>(wgs84.get()))) return nullptr;
    gdal::CoordinateTransformation t(OCTNewCoordinateTransformation(srs, static_cast<OGRSpatialReferenceH>(wgs84.get())));
    if (!t) throw std::runtime_error("cannot reproject the store's events to WGS84: " + gdal::last_error());
    return t;
}

void apply_attribute_filter(OGRLayerH layer, const EventFilter& filter) {
    const std::string sql = attribute_filter_sql(filter);
    if (OGR_L_SetAttributeFilter(layer, sql.empty() ? nullptr : sql.c_str()) != OGRERR_NONE)
        throw std::runtime_error("the store's events layer cannot be filtered (" + gdal::last_error() +
                                 "); is it missing a column of the event schema?");
}

// One writer interface over the hand-written GeoJSON writer and GDAL's drivers.
class EventSink {
public:
    virtual ~EventSink() = default;
    virtual void write(OGRFeatureH event) = 0;
    virtual void finish() = 0;
};

struct FileCloser {
    void operator()(std::FILE* f) const { if (f && f != stdout) std::fclose(f); }
};

class GeoJsonSink : public EventSink {
public:
    GeoJsonSink(const std::string& path, GeoJsonWriter::Layout layout, OGRFeatureDefnH defn, Diagnostics& diags)
        : file_(path == "-" ? stdout : std::fopen(path.c_str(), "wb")), diags_(diags),
          writer_(checked(file_.get(), path), layout, defn, timestamp_source(defn)) {}
    void write(OGRFeatureH event) override { writer_.write(event); }
    void finish() override {
        writer_.finish();
        std::FILE* f = file_.release();
        if (f != stdout && std::fclose(f) != 0) throw std::runtime_error("writing the output failed (disk full?)");
        if (writer_.invalid_json_values() > 0)
            diags_.warn("export", std::to_string(writer_.invalid_json_values()) +
                                      " JSON values in the store did not parse; written as strings");
    }

private:
    static std::FILE* checked(std::FILE* f, const std::string& path) {
        if (!f) throw std::runtime_error("cannot create " + path);
        return f;
    }
    // kepler.gl's time filter wants a date-time column; QGIS uses date_start/date_end.
    static std::string timestamp_source(OGRFeatureDefnH defn) {
        return OGR_FD_GetFieldIndex(defn, schema::date) >= 0 && OGR_FD_GetFieldIndex(defn, "timestamp") < 0 ? schema::date : "";
    }
    std::unique_ptr<std::FILE, FileCloser> file_;
    Diagnostics& diags_;
    GeoJsonWriter writer_;
};

class GdalSink : public EventSink {
public:
    GdalSink(GdalEventFormat format, const std::string& path, OGRFeatureDefnH defn) : writer_(format, path, defn) {}
    void write(OGRFeatureH event) override { writer_.write(event); }
    void finish() override { writer_.finish(); }

private:
    GdalEventWriter writer_;
};

std::unique_ptr<EventSink> make_sink(ExportFormat format, const std::string& path, OGRFeatureDefnH defn, Diagnostics& diags) {
    switch (format) {
    case ExportFormat::geojson: return std::make_unique<GeoJsonSink>(path, GeoJsonWriter::Layout::collection, defn, diags);
    case ExportFormat::geojsonseq: return std::make_unique<GeoJsonSink>(path, GeoJsonWriter::Layout::sequence, defn, diags);
    case ExportFormat::csv: return std::make_unique<GdalSink>(GdalEventFormat::csv, path == "-" ? "/vsistdout/" : path, defn);
    case ExportFormat::kml: return std::make_unique<GdalSink>(GdalEventFormat::kml, path, defn);
    case ExportFormat::gpkg: return std::make_unique<GdalSink>(GdalEventFormat::gpkg, path, defn);
    case ExportFormat::fgb: return std::make_unique<GdalSink>(GdalEventFormat::fgb, path, defn);
    }
    throw std::logic_error("unknown export format");
}

// Reads the filtered events in one or two spatial passes and hands them to the sink.
std::size_t copy_events(OGRLayerH layer, const EventFilter& filter, EventSink& sink) {
    const auto transform = transformation_to_wgs84(layer);
    if (transform && filter.bbox)
        throw std::runtime_error("--bbox needs a store in WGS84 (EPSG:4326); this one uses another coordinate system");
    std::vector<std::optional<BoundingBox>> passes;
    if (filter.bbox)
        for (const auto& box : spatial_passes(*filter.bbox)) passes.emplace_back(box);
    else
        passes.emplace_back(std::nullopt);
    // One thread: a reader thread handing features to the writer was measured slower (more
    // CPU in allocation across threads, no gain in wall time on two cores).
    std::size_t written = 0;
    for (const auto& box : passes) {
        if (box) OGR_L_SetSpatialFilterRect(layer, box->west, box->south, box->east, box->north);
        else OGR_L_SetSpatialFilter(layer, nullptr);
        OGR_L_ResetReading(layer);
        CPLErrorReset();
        for (gdal::Feature f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
            if (OGRGeometryH g = OGR_F_GetGeometryRef(gdal::get(f)); g && transform)
                OGR_G_Transform(g, static_cast<OGRCoordinateTransformationH>(transform.get()));
            sink.write(gdal::get(f));
            ++written;
        }
        // GetNextFeature answers "no more" also when reading failed (a locked or damaged file).
        if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("reading the store failed: " + gdal::last_error());
    }
    return written;
}

void refuse_writing_over_store(const std::string& store, const std::string& output) {
    std::error_code ec;
    if (!is_postgres(store) && std::filesystem::exists(output, ec) && std::filesystem::equivalent(store, output, ec))
        throw std::runtime_error(output + " is the event store itself; export to another file");
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
    for (auto f : {ExportFormat::geojson, ExportFormat::geojsonseq, ExportFormat::csv, ExportFormat::kml,
                   ExportFormat::gpkg, ExportFormat::fgb})
        if (name == to_string(f)) return f;
    if (name == "flatgeobuf") return ExportFormat::fgb;
    return std::nullopt;
}

const char* to_string(ExportFormat format) {
    switch (format) {
    case ExportFormat::geojson: return "geojson";
    case ExportFormat::geojsonseq: return "geojsonseq";
    case ExportFormat::csv: return "csv";
    case ExportFormat::kml: return "kml";
    case ExportFormat::gpkg: return "gpkg";
    case ExportFormat::fgb: return "fgb";
    }
    return "";
}

bool can_stream(ExportFormat format) {
    return format == ExportFormat::geojson || format == ExportFormat::geojsonseq || format == ExportFormat::csv;
}

ExportSummary export_events(const ExportRequest& request, Diagnostics& diags) {
    gdal::QuietErrors quiet;
    GDALAllRegister();
    const bool to_stdout = request.output == "-";
    if (to_stdout && !can_stream(request.format))
        throw std::runtime_error(std::string(to_string(request.format)) +
                                 " cannot be written to standard output; give a file name with -o");
    std::optional<AtomicOutput> file;
    if (!to_stdout) {
        refuse_writing_over_store(request.store, request.output);
        file.emplace(request.output, request.overwrite);  // checked before the store is read
    }
    Store store = open_store(request.store);
    ExportSummary summary;
    summary.store_events = OGR_L_GetFeatureCount(store.events, FALSE);
    apply_attribute_filter(store.events, request.filter);
    auto sink = make_sink(request.format, to_stdout ? "-" : file->temporary(), OGR_L_GetLayerDefn(store.events), diags);
    summary.events = copy_events(store.events, request.filter, *sink);
    sink->finish();
    if (file) file->commit();
    return summary;
}

}  // namespace frontmap::geo
