#pragma once
// Tab-separated column splitting and number parsing for gazetteer source files. Built on
// string_view and std::from_chars: GeoNames dumps have millions of rows, so nothing here
// allocates unless it reports an error.
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap::gaz {

// Splits `line` at tabs into `columns` (the first N); returns how many columns the line has,
// which may be more than N, so callers can say "found 21 columns".
template <std::size_t N>
std::size_t split_tab_columns(std::string_view line, std::array<std::string_view, N>& columns) {
    std::size_t count = 0;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', begin);
        const std::size_t end = tab == std::string_view::npos ? line.size() : tab;
        if (count < N) columns[count] = line.substr(begin, end - begin);
        ++count;
        if (tab == std::string_view::npos) return count;
        begin = tab + 1;
    }
}

// "column 5 (latitude): \"abc\" is not a number" or "column 2 (name) is empty".
inline std::string column_error(int column, std::string_view name, std::string_view value,
                                std::string_view problem) {
    std::string message = "column " + std::to_string(column) + " (" + std::string(name) + ")";
    // An empty value is its own problem; "\"\" is not a number" would read like a parser bug.
    if (value.empty()) return message + " is empty";
    return message + ": " + quote_excerpt(value) + " " + std::string(problem);
}

inline std::optional<std::string> parse_integer_column(std::string_view text, int column,
                                                       std::string_view name, std::int64_t& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (text.empty() || ec == std::errc::invalid_argument || end != text.data() + text.size()) {
        return column_error(column, name, text, "is not an integer");
    }
    if (ec == std::errc::result_out_of_range) return column_error(column, name, text, "is out of range");
    return std::nullopt;
}

// Also checks the range [min, max]; NaN and infinity fail it.
inline std::optional<std::string> parse_number_column(std::string_view text, int column,
                                                      std::string_view name, double min, double max,
                                                      double& out) {
    if (text.starts_with('+')) text.remove_prefix(1);  // from_chars rejects an explicit '+'
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
        return column_error(column, name, text, "is not a number");
    }
    if (!(out >= min && out <= max)) {
        return column_error(column, name, text,
                            "is out of range; expected " + std::to_string(static_cast<int>(min)) +
                                " to " + std::to_string(static_cast<int>(max)));
    }
    return std::nullopt;
}

// Comma-separated names, empty entries dropped, appended to `out`.
inline void split_name_list(std::string_view list, std::vector<std::string>& out) {
    std::size_t begin = 0;
    while (begin <= list.size()) {
        std::size_t comma = list.find(',', begin);
        if (comma == std::string_view::npos) comma = list.size();
        if (comma > begin) out.emplace_back(list.substr(begin, comma - begin));
        begin = comma + 1;
    }
}

}  // namespace frontmap::gaz
