#pragma once
// Baseline control maps: a time series of one side's held territory read from vector files
// (any GDAL format), dated by file name or per feature, unioned per date, repaired and in
// WGS84. Bad files and features are reported to Diagnostics and skipped; the rest is used.
#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "geo/geometry_types.hpp"

namespace frontmap::geo {

struct BaselineSnapshot {
    std::chrono::sys_days date{};
    MultiPolygon held;                 // WGS84, valid; a single valid source keeps its vertices
    std::vector<std::string> sources;  // the files that made it
};

struct BaselineOptions {
    // How to find the date in a file name: YYYY, MM and DD stand for the digits, `*` for any
    // text, e.g. "front_DD.MM.YYYY". Empty: YYYYMMDD or YYYY-MM-DD anywhere in the name.
    std::string date_pattern;
    // Attribute that dates each feature, used for files whose name carries no date (or for
    // every file when `date_field_overrides_name`).
    std::string date_field = "date";
    bool date_field_overrides_name = false;
    // Snapshots whose extent lies farther than `far_margin_degrees` from this box are skipped
    // with a warning (a wrong file or a wrong CRS, usually).
    std::optional<LonLatBox> area_of_interest;
    double far_margin_degrees = 2.0;
};

// Snapshots sorted by date, one per date.
struct BaselineSeries {
    std::vector<BaselineSnapshot> snapshots;

    bool empty() const { return snapshots.empty(); }
    LonLatBox extent() const;
    const BaselineSnapshot* at(std::chrono::sys_days date) const;  // exact date or null
};

// The date a file name carries, or nothing. Throws std::invalid_argument for a pattern
// without YYYY, MM and DD.
std::optional<std::chrono::sys_days> date_from_file_name(std::string_view file_name, std::string_view pattern = {});

// `paths`: files, or folders whose vector files (by extension) are read in name order.
BaselineSeries read_baselines(std::span<const std::string> paths, const BaselineOptions& options,
                              Diagnostics& diagnostics);

}  // namespace frontmap::geo
