#pragma once
// The hand-written data files in assets/lang/ share one shape: tab-separated records, '#'
// comment lines, blank lines ignored. One reader, so every file reports problems the same way.
#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap {

// The whole of a language file, or nothing with an error saying what the program loses without
// it (`consequence`, e.g. "dates will not be recognised") and how to point it at the assets.
inline std::optional<std::string> read_language_file(const std::string& path, Diagnostics& diags,
                                                     std::string_view consequence) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.report(Severity::error, path,
                     "cannot open it; " + std::string(consequence) + " (set FRONTMAP_ASSETS or pass the assets folder)");
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

inline std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return fields;
}

// Calls `record(fields, where)` for each record with exactly `columns` fields ("where" is
// "source:line"); a line with another count is reported as a warning naming `column_names`
// and skipped.
template <typename Record>
void for_each_tsv_record(std::string_view tsv, std::string_view source_name, std::size_t columns,
                         std::string_view column_names, Diagnostics& diags, Record&& record) {
    std::size_t line_number = 0;
    std::size_t start = 0;
    while (start < tsv.size()) {
        std::size_t end = tsv.find('\n', start);
        if (end == std::string_view::npos) end = tsv.size();
        std::string_view line = tsv.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const std::string where = std::string(source_name) + ":" + std::to_string(line_number);
        const auto fields = split_tabs(line);
        if (fields.size() != columns) {
            diags.warn(where, "expected " + std::to_string(columns) + " tab-separated columns (" +
                                  std::string(column_names) + "), found " + std::to_string(fields.size()) +
                                  ": " + quote_excerpt(line) + "; line skipped");
            continue;
        }
        record(fields, where);
    }
}

}  // namespace frontmap
