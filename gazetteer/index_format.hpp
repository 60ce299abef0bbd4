#pragma once
// On-disk layout of the gazetteer index: a header, then 8-byte aligned sections. Private to
// gazetteer_index.cpp (reader) and build_index.cpp (writer).
#include <cstdint>

namespace frontmap::gaz {

// A bucket holds the key's index in its low 32 bits and the top 32 bits of its hash in the high
// ones, so most failed probes are settled without touching the key record.
inline constexpr std::uint64_t empty_bucket = 0xFFFFFFFFFFFFFFFFull;

inline std::uint64_t make_bucket(std::uint64_t hash, std::uint32_t key) {
    return (hash & 0xFFFFFFFF00000000ull) | key;
}

struct IndexHeader {
    char magic[8];
    std::uint32_t version;
    std::uint32_t place_count;
    std::uint64_t fingerprint;
    std::uint64_t places_off;
    std::uint64_t strings_off, strings_size;
    std::uint64_t buckets_off, bucket_count;
    std::uint64_t keys_off, key_count;
    std::uint64_t postings_off, postings_count;
    std::uint64_t skeletons_off, skeletons_count;
    // Populated places by 1°×1° cell: cell_starts[c]..cell_starts[c+1] index cell_places.
    std::uint64_t cell_starts_off, cell_places_off, cell_places_count;
};

inline constexpr std::uint32_t grid_cells = 180 * 360;

inline std::uint32_t grid_cell(double lat, double lon) {
    int row = static_cast<int>(lat + 90.0);
    int col = static_cast<int>(lon + 180.0);
    row = row < 0 ? 0 : (row > 179 ? 179 : row);
    col = col < 0 ? 0 : (col > 359 ? 359 : col);
    return static_cast<std::uint32_t>(row * 360 + col);
}

}  // namespace frontmap::gaz
