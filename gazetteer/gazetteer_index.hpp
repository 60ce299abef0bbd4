#pragma once
// The searchable gazetteer: an immutable, memory-mapped index of places and their name keys.
// Built once from source files (build_index.hpp), then opened in microseconds and shared
// read-only between threads.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "gazetteer/place.hpp"

namespace frontmap::gaz {

// How a name relates to the place it belongs to; part of a candidate's score.
enum class NameKind : std::uint8_t {
    primary = 0,     // the place's main name
    ascii = 1,       // GeoNames asciiname
    alternate = 2,   // another current name, any script
    historical = 3,  // a former name (Artemivsk for Bakhmut)
    alias = 4,       // added by a supplement ref row (abbreviations, press spellings)
    shortened = 5,   // an admin name without its generic word ("Kupiansk" for "Kupiansk Raion")
};

// Key spaces: one index holds the three ways a surface is compared with names.
enum class KeySpace : char {
    folded = 'n',    // fold_name(name)
    skeleton = 's',  // skeleton_key(fold_name(name))
    stem = 't',      // skeleton_key(stem_name(fold_name(name))), only where it differs from skeleton
};

struct Posting {
    std::uint32_t place = 0;
    NameKind kind = NameKind::primary;
    std::uint8_t reserved[3] = {0, 0, 0};
};

struct KeyLookup {
    std::span<const Posting> postings;  // places that carry this exact key
    bool is_prefix = false;             // a longer multi-word key starts with this key and a space
    bool common_word = false;           // an ordinary Ukrainian/Russian word has this key too
    bool found() const { return !postings.empty() || is_prefix; }
};

// Fixed-layout record stored in the index file.
struct PlaceRecord {
    std::int64_t geonameid;
    std::int64_t population;
    double lat;
    double lon;
    std::uint32_t name;          // string offsets into the pool (NUL-terminated)
    std::uint32_t admin1_code;
    std::uint32_t source;
    std::uint32_t admin1_place;  // index of the ADM1 place this lies in, or no_place
    std::uint32_t skeletons_begin;  // into the skeleton list: this place's name skeletons
    std::uint32_t skeletons_count;
    char feature_class;
    char country[2];
    char pad;
    char feature_code[8];        // inline: read for every candidate, so no pool lookup (NUL-padded)
};

inline constexpr std::uint32_t no_place = 0xFFFFFFFFu;

class Gazetteer {
public:
    // Maps an index file written by build_index. Throws std::runtime_error naming the file and
    // what is wrong (missing, truncated, wrong version) so the caller can rebuild it.
    static std::shared_ptr<const Gazetteer> open(const std::string& path);

    ~Gazetteer();
    Gazetteer(const Gazetteer&) = delete;
    Gazetteer& operator=(const Gazetteer&) = delete;

    std::uint32_t size() const { return place_count_; }
    const PlaceRecord& record(std::uint32_t place) const { return places_[place]; }
    std::string_view string_at(std::uint32_t offset) const;
    std::string_view name(std::uint32_t place) const { return string_at(places_[place].name); }
    std::string_view feature_code(std::uint32_t place) const {
        const char* code = places_[place].feature_code;
        std::size_t n = 0;
        while (n < sizeof places_[place].feature_code && code[n] != '\0') ++n;
        return {code, n};
    }
    std::string_view country(std::uint32_t place) const;
    PlaceInfo info(std::uint32_t place) const;
    // Name skeletons of a place (for near-spelling matches).
    std::span<const std::uint32_t> skeletons(std::uint32_t place) const;

    KeyLookup find(KeySpace space, std::string_view key) const;

    // Populated places (class P) whose point lies in the 1°×1° cell with this south-west corner.
    std::span<const std::uint32_t> populated_in_cell(int lat_floor, int lon_floor) const;

    std::uint64_t fingerprint() const { return fingerprint_; }
    std::size_t key_count() const { return key_count_; }
    const std::string& path() const { return path_; }

private:
    Gazetteer() = default;
    std::string path_;
    void* mapping_ = nullptr;
    std::size_t mapping_size_ = 0;
    std::uint64_t fingerprint_ = 0;
    std::uint32_t place_count_ = 0;
    std::size_t key_count_ = 0;
    const PlaceRecord* places_ = nullptr;
    const char* strings_ = nullptr;
    std::size_t strings_size_ = 0;
    const std::uint64_t* buckets_ = nullptr;
    std::size_t bucket_mask_ = 0;
    const struct KeyRecord* keys_ = nullptr;
    const Posting* postings_ = nullptr;
    std::size_t postings_count_ = 0;
    const std::uint32_t* skeleton_list_ = nullptr;
    std::size_t skeleton_list_size_ = 0;
    const std::uint32_t* cell_starts_ = nullptr;
    const std::uint32_t* cell_places_ = nullptr;
    std::size_t cell_places_count_ = 0;
};

// Key record in the hash table; internal to the index format but shared with the builder.
struct KeyRecord {
    std::uint32_t key;            // string offset: space char followed by the key text
    std::uint32_t postings_begin;
    std::uint32_t postings_count;
    std::uint32_t flags;          // bit 0: prefix of a longer key; bit 1: also a common word;
                                  // bits 16-31: length of the key string (space char included)
};

inline constexpr char index_magic[8] = {'F', 'M', 'G', 'A', 'Z', '0', '0', '1'};
// Bump whenever the file layout or the keys the builder derives from names change, so that
// cached indexes are rebuilt.
inline constexpr std::uint32_t index_version = 7;

std::uint64_t hash_key(KeySpace space, std::string_view key);

}  // namespace frontmap::gaz
