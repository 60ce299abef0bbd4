#pragma once
// On-disk layout of the gazetteer index: a header, then 8-byte aligned sections. Private to
// gazetteer_index.cpp (reader) and build_index.cpp (writer).
#include <cstdint>

namespace frontmap::gaz {

inline constexpr std::uint32_t empty_bucket = 0xFFFFFFFFu;

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
};

}  // namespace frontmap::gaz
