#include "gazetteer/gazetteer_index.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "gazetteer/index_format.hpp"

namespace frontmap::gaz {

std::uint64_t hash_key(KeySpace space, std::string_view key) {
    // FNV-1a, 64-bit: short keys, no need for anything stronger.
    std::uint64_t h = 1469598103934665603ull;
    h = (h ^ static_cast<unsigned char>(space)) * 1099511628211ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
}

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw std::runtime_error(path + ": " + what);
}

template <typename T>
const T* section(const char* base, std::size_t size, std::uint64_t off, std::uint64_t count,
                 const std::string& path, const char* name) {
    if (off % alignof(T) != 0 || off > size || count > (size - off) / sizeof(T))
        fail(path, std::string("index section '") + name + "' lies outside the file; rebuild the index");
    return reinterpret_cast<const T*>(base + off);
}

}  // namespace

std::shared_ptr<const Gazetteer> Gazetteer::open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int e = errno;
        ::close(fd);
        fail(path, std::strerror(e));
    }
    auto size = static_cast<std::size_t>(st.st_size);
    if (size < sizeof(IndexHeader)) {
        ::close(fd);
        fail(path, "too small to be a frontmap gazetteer index");
    }
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    int map_errno = errno;
    ::close(fd);
    if (map == MAP_FAILED) fail(path, std::string("cannot map: ") + std::strerror(map_errno));

    std::shared_ptr<Gazetteer> g(new Gazetteer());
    g->path_ = path;
    g->mapping_ = map;
    g->mapping_size_ = size;
    const char* base = static_cast<const char*>(map);
    IndexHeader h;
    std::memcpy(&h, base, sizeof h);
    if (std::memcmp(h.magic, index_magic, sizeof index_magic) != 0)
        fail(path, "not a frontmap gazetteer index (bad magic)");
    if (h.version != index_version)
        fail(path, "index format version " + std::to_string(h.version) + ", this build reads " +
                       std::to_string(index_version) + "; rebuild it");
    g->fingerprint_ = h.fingerprint;
    g->place_count_ = h.place_count;
    g->places_ = section<PlaceRecord>(base, size, h.places_off, h.place_count, path, "places");
    g->strings_ = section<char>(base, size, h.strings_off, h.strings_size, path, "strings");
    g->strings_size_ = h.strings_size;
    if (h.bucket_count == 0 || (h.bucket_count & (h.bucket_count - 1)) != 0)
        fail(path, "bucket count is not a power of two; rebuild the index");
    g->buckets_ = section<std::uint64_t>(base, size, h.buckets_off, h.bucket_count, path, "buckets");
    g->bucket_mask_ = h.bucket_count - 1;
    g->keys_ = section<KeyRecord>(base, size, h.keys_off, h.key_count, path, "keys");
    g->key_count_ = h.key_count;
    g->postings_ = section<Posting>(base, size, h.postings_off, h.postings_count, path, "postings");
    g->postings_count_ = h.postings_count;
    g->skeleton_list_ =
        section<std::uint32_t>(base, size, h.skeletons_off, h.skeletons_count, path, "skeletons");
    g->skeleton_list_size_ = h.skeletons_count;
    g->cell_starts_ = section<std::uint32_t>(base, size, h.cell_starts_off, grid_cells + 1, path, "cell starts");
    g->cell_places_ = section<std::uint32_t>(base, size, h.cell_places_off, h.cell_places_count, path, "cell places");
    g->cell_places_count_ = h.cell_places_count;
    if (g->strings_size_ == 0 || g->strings_[g->strings_size_ - 1] != '\0')
        fail(path, "string pool is not terminated; rebuild the index");
    return g;
}

Gazetteer::~Gazetteer() {
    if (mapping_) ::munmap(mapping_, mapping_size_);
}

std::string_view Gazetteer::string_at(std::uint32_t offset) const {
    if (offset >= strings_size_) return {};
    return std::string_view(strings_ + offset);
}

std::string_view Gazetteer::country(std::uint32_t place) const {
    const auto& r = places_[place];
    if (r.country[0] == '\0') return {};
    return std::string_view(r.country, r.country[1] == '\0' ? 1 : 2);
}

std::span<const std::uint32_t> Gazetteer::skeletons(std::uint32_t place) const {
    const auto& r = places_[place];
    if (r.skeletons_begin > skeleton_list_size_ ||
        r.skeletons_count > skeleton_list_size_ - r.skeletons_begin)
        return {};
    return {skeleton_list_ + r.skeletons_begin, r.skeletons_count};
}

PlaceInfo Gazetteer::info(std::uint32_t place) const {
    const auto& r = places_[place];
    PlaceInfo p;
    p.geonameid = r.geonameid > 0 ? r.geonameid : 0;
    p.name = std::string(string_at(r.name));
    p.lat = r.lat;
    p.lon = r.lon;
    p.feature_class = r.feature_class;
    p.feature_code = std::string(feature_code(place));
    p.country = std::string(country(place));
    p.admin1_code = std::string(string_at(r.admin1_code));
    if (r.admin1_place != no_place && r.admin1_place < place_count_)
        p.admin1 = std::string(string_at(places_[r.admin1_place].name));
    p.population = r.population;
    p.source = std::string(string_at(r.source));
    return p;
}

std::span<const std::uint32_t> Gazetteer::populated_in_cell(int lat_floor, int lon_floor) const {
    if (lat_floor < -90 || lat_floor > 89) return {};
    lon_floor = ((lon_floor + 180) % 360 + 360) % 360 - 180;
    std::uint32_t c = static_cast<std::uint32_t>((lat_floor + 90) * 360 + (lon_floor + 180));
    std::uint32_t b = cell_starts_[c], e = cell_starts_[c + 1];
    if (b > e || e > cell_places_count_) return {};
    return {cell_places_ + b, e - b};
}

KeyLookup Gazetteer::find(KeySpace space, std::string_view key) const {
    const std::uint64_t h = hash_key(space, key);
    std::size_t slot = h & bucket_mask_;
    for (std::size_t probes = 0; probes <= bucket_mask_; ++probes) {
        const std::uint64_t bucket = buckets_[slot];
        if (bucket == empty_bucket) return {};
        const auto k = static_cast<std::uint32_t>(bucket);
        if ((bucket >> 32) == (h >> 32) && k < key_count_) {
            const KeyRecord& rec = keys_[k];
            // The stored length spares a strlen per probe; most probes fail on it.
            const std::size_t length = rec.flags >> 16;
            if (length == key.size() + 1 && rec.key + length < strings_size_ &&
                strings_[rec.key] == static_cast<char>(space) &&
                std::memcmp(strings_ + rec.key + 1, key.data(), key.size()) == 0) {
                KeyLookup out;
                if (rec.postings_begin <= postings_count_ &&
                    rec.postings_count <= postings_count_ - rec.postings_begin)
                    out.postings = {postings_ + rec.postings_begin, rec.postings_count};
                out.is_prefix = (rec.flags & 1u) != 0;
                out.common_word = (rec.flags & 2u) != 0;
                return out;
            }
        }
        slot = (slot + 1) & bucket_mask_;
    }
    return {};
}

}  // namespace frontmap::gaz
