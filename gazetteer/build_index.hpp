#pragma once
// Builds the memory-mappable gazetteer index from source files (GeoNames dumps, supplement TSVs).
#include <cstdint>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostics.hpp"
#include "gazetteer/gazetteer_source.hpp"

namespace frontmap::gaz {

class CyrillicStemmer;

enum class SourceKind { geonames, supplement, alternate_names, admin1_codes };

struct SourceFile {
    std::string path;
    SourceKind kind = SourceKind::geonames;
};

// Guesses the kind of a gazetteer source from its name: alternateNames*.txt, admin1Codes*.txt,
// *.tsv (supplement), anything else a GeoNames geoname table.
SourceKind guess_source_kind(const std::string& path);

struct BuildOptions {
    const CyrillicStemmer* stemmer = nullptr;     // required
    std::unordered_set<std::string> excluded_names;  // folded words never indexed as alternates
    // Ordinary Cyrillic words (folded); name keys they share are flagged as common words.
    std::vector<std::string> common_cyrillic_words;
    std::uint64_t fingerprint = 0;                // stored so callers can tell a stale index
};

struct BuildStats {
    std::size_t places = 0;
    std::size_t names = 0;
    std::size_t keys = 0;
    std::size_t refs_applied = 0;
    std::size_t refs_unmatched = 0;
};

// Reads every source in order and merges them: a later row with the same geonameid adds its
// names to the earlier one; admin units and countries are matched by their codes; supplement
// ref rows add names to the place they point at (unknown refs are reported, not fatal).
std::vector<SourcePlace> merge_sources(std::span<const SourceFile> sources, Diagnostics& diags,
                                       BuildStats& stats);

// Writes the index for `places` to `out_path` atomically (temporary file, then rename).
// Throws std::runtime_error when the file cannot be written.
BuildStats write_index(const std::vector<SourcePlace>& places, const BuildOptions& options,
                       const std::string& out_path);

}  // namespace frontmap::gaz
