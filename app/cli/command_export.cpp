// frontmap export: stored events as GeoJSON, GeoJSONSeq, CSV, KML, GeoPackage or FlatGeobuf,
// filtered by dates, area, type, actor and score.
#include <iostream>
#include <stdexcept>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "geo/event_export.hpp"

namespace frontmap::cli {

const char* const export_help = R"(usage: frontmap export --db STORE --format F -o FILE [filters]

Writes the events of an event store (filled by 'frontmap ingest') to a file for GIS tools,
web maps and Google Earth.

Store:
  --db STORE            a GeoPackage (events.gpkg) or PostGIS: PG:"dbname=war host=localhost"
Output:
  --format F            geojson     RFC 7946 FeatureCollection (WGS84 lon/lat, 7 decimals);
                                    dates as ISO 8601 strings (date, date_start, date_end) and
                                    a "timestamp" date-time: QGIS's temporal controller
                                    (start/end fields) and kepler.gl's time filter find them;
                                    cues and runner_up as JSON
                        geojsonseq  one GeoJSON feature per line (newline-delimited)
                        csv         a WKT column, lon and lat columns, ISO dates
                        kml         placemarks named "place — event type", the sentence as
                                    description, TimeStamp (a day) or TimeSpan (longer) for
                                    Google Earth's time slider
                        gpkg        a GeoPackage with the store's columns and a spatial index
                        fgb         FlatGeobuf with a spatial index
                        (default: from the extension of -o)
  -o, --output FILE     where to write, atomically (a temporary file, then renamed);
                        - for standard output (geojson, geojsonseq, csv only)
  --force               replace FILE when it exists
Filters (all optional, combined with AND):
  --from YYYY-MM-DD     events whose date interval [date_start, date_end] overlaps
  --to YYYY-MM-DD       [from, to]; undated events are left out when either is given
  --bbox W,S,E,N        degrees; W > E crosses the antimeridian (170,50,-170,70)
  --type T,...          capture, advance, encirclement, withdrawal, liberation, clash,
                        shelling, strike, casualties, civilian_harm, claim, political, none
  --actor A,...         ru, ua, third, unknown, none
  --origin O,...        text (from articles) or acled (imported)
  --doc ID,...          events of these documents
  --min-score X         place score at least X (0..1)
Examples:
  frontmap export --db events.gpkg -o events.geojson
  frontmap export --db events.gpkg --format kml --from 2025-11-01 --to 2025-11-30 \
                  --type capture,advance --bbox 36.5,47.8,38.0,48.8 -o pokrovsk.kml
  frontmap export --db PG:"dbname=war" --format csv --actor ru --min-score 0.5 -o - | head
Exit status: 0 ok, 1 some values could not be written as they are (see messages), 2 usage
or input error (nothing is written then).
)";

namespace {

// Library parsers throw std::invalid_argument; here that is the user's typing.
template <typename Parse>
auto parsed(const std::string& option, const std::string& text, Parse parse) {
    try {
        return parse(text);
    } catch (const std::invalid_argument& e) {
        throw UsageError(option + ": " + e.what());
    }
}

geo::ExportFormat choose_format(const Arguments& a, const std::string& output) {
    if (auto f = a.value("--format")) {
        if (auto format = geo::parse_export_format(*f)) return *format;
        throw UsageError("--format must be geojson, geojsonseq, csv, kml, gpkg or fgb, not " + *f);
    }
    const auto dot = output.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : output.substr(dot + 1);
    if (ext == "json") return geo::ExportFormat::geojson;
    if (ext == "geojsonl" || ext == "geojsons") return geo::ExportFormat::geojsonseq;
    if (auto format = geo::parse_export_format(ext)) return *format;
    throw UsageError("--format is needed (geojson, geojsonseq, csv, kml, gpkg or fgb): the output name " +
                     (output == "-" ? std::string("-") : "'" + output + "'") + " does not say");
}

geo::EventFilter read_filter(const Arguments& a) {
    geo::EventFilter f;
    if (auto v = a.value("--from")) f.from = parsed("--from", *v, geo::parse_filter_date);
    if (auto v = a.value("--to")) f.to = parsed("--to", *v, geo::parse_filter_date);
    if (f.from && f.to && *f.from > *f.to) throw UsageError("--from " + *a.value("--from") + " is after --to " + *a.value("--to"));
    if (auto v = a.value("--bbox")) f.bbox = parsed("--bbox", *v, geo::parse_bbox);
    if (auto v = a.value("--type")) f.types = parsed("--type", *v, geo::parse_event_types);
    if (auto v = a.value("--actor")) f.actors = parsed("--actor", *v, geo::parse_actors);
    if (auto v = a.value("--origin")) f.origins = parsed("--origin", *v, geo::parse_origins);
    if (auto v = a.value("--doc")) f.docs = parsed("--doc", *v, geo::parse_list);
    if (auto v = a.value("--min-score")) f.min_score = parsed("--min-score", *v, geo::parse_min_score);
    return f;
}

}  // namespace

int run_export(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args,
                {"--db", "--format", "-o", "--output", "--from", "--to", "--bbox", "--type", "--actor", "--origin",
                 "--doc", "--min-score"},
                {"--force", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << export_help;
        return 0;
    }
    if (!a.positionals().empty())
        throw UsageError("export takes no INPUT (" + a.positionals().front() + "); the events come from --db STORE");
    geo::ExportRequest request;
    request.store = a.value_or("--db", "");
    if (request.store.empty()) throw UsageError("--db STORE is needed: the GeoPackage or PG: database to export from");
    request.output = a.value("-o") ? *a.value("-o") : a.value_or("--output", "");
    if (request.output.empty()) throw UsageError("-o FILE is needed (or -o - for standard output)");
    request.format = choose_format(a, request.output);
    if (request.output == "-" && !geo::can_stream(request.format))
        throw UsageError(std::string(geo::to_string(request.format)) +
                         " cannot go to standard output (the file is written out of order); give -o FILE");
    request.filter = read_filter(a);
    request.overwrite = a.flag("--force");

    Diagnostics diags;
    const auto summary = geo::export_events(request, diags);
    const auto problems = diags.take();
    print_diagnostics(problems, err);
    if (request.output != "-") {
        err << "frontmap: exported " << summary.events << " events";
        if (summary.store_events >= 0) err << " of " << summary.store_events;
        err << " to " << request.output << " (" << geo::to_string(request.format) << ")\n";
    }
    return problems.empty() ? 0 : 1;
}

}  // namespace frontmap::cli
