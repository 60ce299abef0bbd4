// Writing the memory-mappable index: places, a string pool, an open-addressing hash table of
// name keys with their postings, and per-place name skeletons for near-spelling search.
#include "gazetteer/build_index.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "gazetteer/cyrillic_stemmer.hpp"
#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/index_format.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {

namespace {

class StringPool {
public:
    StringPool() { data_.push_back('\0'); }  // offset 0 is the empty string
    std::uint32_t add(std::string_view s) {
        if (s.empty()) return 0;
        auto it = index_.find(std::string(s));
        if (it != index_.end()) return it->second;
        auto off = static_cast<std::uint32_t>(data_.size());
        if (data_.size() + s.size() + 1 > 0xFFFFFFF0u)
            throw std::runtime_error("gazetteer string pool exceeds 4 GiB");
        data_.append(s);
        data_.push_back('\0');
        index_.emplace(std::string(s), off);
        return off;
    }
    const std::string& bytes() const { return data_; }

private:
    std::string data_;
    std::unordered_map<std::string, std::uint32_t> index_;
};

bool has_cyrillic(std::string_view s) {
    for (unsigned char c : s)
        if (c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3) return true;
    return false;
}

bool has_letter(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    return false;
}

// Admin units are written without their generic word as often as with it.
std::string strip_generic_word(std::string_view folded) {
    static constexpr std::string_view generic[] = {
        " raion",  " rayon",   " district", " oblast",        " region",   " municipality",
        " county", " province", " krai",    " governorate",   " район",    " область",
        " округ",  " край",    " municipal district", " city of"};
    for (auto g : generic) {
        if (folded.size() > g.size() && folded.substr(folded.size() - g.size()) == g)
            return std::string(folded.substr(0, folded.size() - g.size()));
    }
    return {};
}

struct KeyBuilder {
    std::unordered_map<std::string, std::vector<Posting>> postings;  // "space char + key"

    void add(KeySpace space, const std::string& key, std::uint32_t place, NameKind kind) {
        if (key.empty()) return;
        std::string full;
        full.reserve(key.size() + 1);
        full.push_back(static_cast<char>(space));
        full.append(key);
        auto& list = postings[full];
        for (auto& p : list)
            if (p.place == place) {
                if (kind < p.kind) p.kind = kind;
                return;
            }
        Posting p;
        p.place = place;
        p.kind = kind;
        list.push_back(p);
    }
};

// Masculine nominative adjective endings, the form dictionaries list adjectives under
// (folded: й is и after diacritics are stripped).
bool is_adjective_lemma(std::string_view folded) {
    static constexpr std::string_view endings[] = {"ии", "іи", "ыи", "ои", "ии"};
    for (auto e : endings)
        if (folded.size() > e.size() && folded.substr(folded.size() - e.size()) == e) return true;
    return false;
}

std::uint64_t next_pow2(std::uint64_t n) {
    std::uint64_t p = 1;
    while (p < n) p <<= 1;
    return p;
}

template <typename T>
void append_section(std::string& out, const T* data, std::size_t count, std::uint64_t& off) {
    while (out.size() % 8 != 0) out.push_back('\0');
    off = out.size();
    if (count) out.append(reinterpret_cast<const char*>(data), count * sizeof(T));
}

void write_atomically(const std::string& path, const std::string& bytes) {
    std::filesystem::path target(path);
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path());
    std::string tmp = path + ".tmp." + std::to_string(::getpid());
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) throw std::runtime_error(tmp + ": cannot create: " + std::strerror(errno));
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        f.flush();
        if (!f) {
            std::remove(tmp.c_str());
            throw std::runtime_error(tmp + ": write failed (disk full?)");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        int e = errno;
        std::remove(tmp.c_str());
        throw std::runtime_error(path + ": cannot rename into place: " + std::strerror(e));
    }
}

}  // namespace

BuildStats write_index(const std::vector<SourcePlace>& places, const BuildOptions& options,
                       const std::string& out_path) {
    if (!options.stemmer) throw std::invalid_argument("write_index needs a Cyrillic stemmer");
    BuildStats stats;
    StringPool pool;
    KeyBuilder keys;
    std::vector<PlaceRecord> records(places.size());
    std::vector<std::vector<std::string>> place_skeletons(places.size());
    std::map<std::pair<std::string, std::string>, std::uint32_t> admin1_of;

    for (std::uint32_t i = 0; i < places.size(); ++i) {
        const SourcePlace& p = places[i];
        PlaceRecord& r = records[i];
        std::memset(&r, 0, sizeof r);
        r.geonameid = p.geonameid;
        r.population = p.population;
        r.lat = p.lat;
        r.lon = p.lon;
        r.name = pool.add(p.name);
        std::memcpy(r.feature_code, p.feature_code.data(), std::min(p.feature_code.size(), sizeof r.feature_code - 1));
        r.admin1_code = pool.add(p.admin1_code);
        r.source = pool.add(p.source);
        r.admin1_place = no_place;
        r.feature_class = p.feature_class;
        if (p.country.size() >= 1) r.country[0] = p.country[0];
        if (p.country.size() >= 2) r.country[1] = p.country[1];
        if (p.feature_code == "ADM1") admin1_of[{p.country, p.admin1_code}] = i;

        auto index_name = [&](const std::string& name, NameKind kind) {
            if (name.empty() || name.size() > 120 || !has_letter(name)) return;
            std::string folded = fold_name(name);
            if (folded.size() < 2) return;
            if (kind != NameKind::primary && options.excluded_names.count(folded)) return;
            ++stats.names;
            keys.add(KeySpace::folded, folded, i, kind);
            std::string skel = skeleton_key(folded);
            keys.add(KeySpace::skeleton, skel, i, kind);
            auto& sk = place_skeletons[i];
            if (!skel.empty() && std::find(sk.begin(), sk.end(), skel) == sk.end()) sk.push_back(skel);
            if (has_cyrillic(folded)) {
                std::string stem = skeleton_key(options.stemmer->stem_name(folded));
                if (stem != skel) keys.add(KeySpace::stem, stem, i, kind);
            }
            // "Southern Kordofan" is as often "South Kordofan".
            if (p.feature_class == 'A') {
                static constexpr std::pair<std::string_view, std::string_view> directions[] = {
                    {"southern ", "south "}, {"northern ", "north "}, {"eastern ", "east "}, {"western ", "west "}};
                for (const auto& [longer, shorter] : directions)
                    if (folded.rfind(longer, 0) == 0) {
                        std::string alias = std::string(shorter) + folded.substr(longer.size());
                        keys.add(KeySpace::folded, alias, i, NameKind::shortened);
                        keys.add(KeySpace::skeleton, skeleton_key(alias), i, NameKind::shortened);
                    }
            }
            // Oblasts are named without "Oblast"; a bare "Jones" is never Jones County.
            if (p.feature_class == 'A' && p.feature_code == "ADM1") {
                std::string shorter = strip_generic_word(folded);
                if (!shorter.empty() && shorter.size() >= 3) {
                    keys.add(KeySpace::folded, shorter, i, NameKind::shortened);
                    keys.add(KeySpace::skeleton, skeleton_key(shorter), i, NameKind::shortened);
                }
            }
        };
        index_name(p.name, NameKind::primary);
        if (p.asciiname != p.name) index_name(p.asciiname, NameKind::ascii);
        for (const auto& n : p.alternate_names) index_name(n, NameKind::alternate);
        for (const auto& n : p.historical_names) index_name(n, NameKind::historical);
    }
    for (std::uint32_t i = 0; i < places.size(); ++i) {
        const SourcePlace& p = places[i];
        if (p.admin1_code.empty()) continue;
        auto it = admin1_of.find({p.country, p.admin1_code});
        if (it != admin1_of.end()) records[i].admin1_place = it->second;
    }

    // Every word-prefix of a multi-word key is marked, so the matcher knows when to keep reading.
    std::vector<std::string> prefixes;
    for (const auto& [key, list] : keys.postings) {
        for (std::size_t pos = key.find(' '); pos != std::string::npos; pos = key.find(' ', pos + 1))
            prefixes.push_back(key.substr(0, pos));
    }
    std::unordered_map<std::string, bool> is_prefix;
    for (auto& pfx : prefixes) {
        is_prefix[pfx] = true;
        keys.postings.try_emplace(pfx);
    }

    // Keys that ordinary Ukrainian/Russian words share, in any of their case forms.
    std::unordered_set<std::string> common_keys;
    for (const auto& word : options.common_cyrillic_words) {
        std::string folded = fold_name(word);
        common_keys.insert(std::string(1, static_cast<char>(KeySpace::folded)) + folded);
        common_keys.insert(std::string(1, static_cast<char>(KeySpace::skeleton)) + skeleton_key(folded));
        // Case forms of nouns ("атак" of "атака") too, but not of adjectives: "покровський"
        // is made from the town's name and shares its stem.
        if (is_adjective_lemma(folded)) continue;
        std::string stem = skeleton_key(options.stemmer->stem_name(folded));
        common_keys.insert(std::string(1, static_cast<char>(KeySpace::skeleton)) + stem);
        common_keys.insert(std::string(1, static_cast<char>(KeySpace::stem)) + stem);
    }

    std::vector<std::string> ordered;
    ordered.reserve(keys.postings.size());
    for (const auto& kv : keys.postings) ordered.push_back(kv.first);
    std::sort(ordered.begin(), ordered.end());  // deterministic files for the same sources

    std::vector<KeyRecord> key_records;
    std::vector<Posting> postings;
    key_records.reserve(ordered.size());
    std::unordered_map<std::string, std::uint32_t> key_string_offset;
    for (const auto& k : ordered) {
        auto& list = keys.postings[k];
        std::sort(list.begin(), list.end(),
                  [](const Posting& a, const Posting& b) { return a.place < b.place; });
        KeyRecord rec{};
        rec.key = pool.add(k);
        rec.postings_begin = static_cast<std::uint32_t>(postings.size());
        rec.postings_count = static_cast<std::uint32_t>(list.size());
        rec.flags = (is_prefix.count(k) ? 1u : 0u) | (common_keys.count(k) ? 2u : 0u) |
                    (static_cast<std::uint32_t>(std::min<std::size_t>(k.size(), 0xFFFF)) << 16);
        postings.insert(postings.end(), list.begin(), list.end());
        key_records.push_back(rec);
        if (k[0] == static_cast<char>(KeySpace::skeleton)) key_string_offset[k] = rec.key + 1;
    }
    std::vector<std::uint32_t> skeleton_list;
    for (std::uint32_t i = 0; i < places.size(); ++i) {
        records[i].skeletons_begin = static_cast<std::uint32_t>(skeleton_list.size());
        for (const auto& s : place_skeletons[i]) {
            auto it = key_string_offset.find(std::string(1, static_cast<char>(KeySpace::skeleton)) + s);
            if (it != key_string_offset.end()) skeleton_list.push_back(it->second);
        }
        records[i].skeletons_count =
            static_cast<std::uint32_t>(skeleton_list.size()) - records[i].skeletons_begin;
    }

    const std::uint64_t bucket_count = next_pow2(std::max<std::uint64_t>(16, key_records.size() * 2));
    std::vector<std::uint64_t> buckets(bucket_count, empty_bucket);
    const std::string& strings = pool.bytes();
    for (std::uint32_t k = 0; k < key_records.size(); ++k) {
        std::string_view full(strings.data() + key_records[k].key);
        auto space = static_cast<KeySpace>(full[0]);
        const std::uint64_t h = hash_key(space, full.substr(1));
        std::size_t slot = h & (bucket_count - 1);
        while (buckets[slot] != empty_bucket) slot = (slot + 1) & (bucket_count - 1);
        buckets[slot] = make_bucket(h, k);
    }

    // Populated places by grid cell, for searches around a point.
    std::vector<std::uint32_t> cell_starts(grid_cells + 1, 0);
    std::vector<std::uint32_t> cell_places;
    {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> by_cell;
        for (std::uint32_t i = 0; i < records.size(); ++i)
            if (records[i].feature_class == 'P') by_cell.emplace_back(grid_cell(records[i].lat, records[i].lon), i);
        std::sort(by_cell.begin(), by_cell.end());
        for (const auto& [cell, place] : by_cell) {
            ++cell_starts[cell + 1];
            cell_places.push_back(place);
        }
        for (std::uint32_t c = 0; c < grid_cells; ++c) cell_starts[c + 1] += cell_starts[c];
    }

    IndexHeader h{};
    std::memcpy(h.magic, index_magic, sizeof index_magic);
    h.version = index_version;
    h.place_count = static_cast<std::uint32_t>(records.size());
    h.fingerprint = options.fingerprint;
    std::string out(sizeof(IndexHeader), '\0');
    append_section(out, records.data(), records.size(), h.places_off);
    append_section(out, strings.data(), strings.size(), h.strings_off);
    h.strings_size = strings.size();
    append_section(out, buckets.data(), buckets.size(), h.buckets_off);
    h.bucket_count = bucket_count;
    append_section(out, key_records.data(), key_records.size(), h.keys_off);
    h.key_count = key_records.size();
    append_section(out, postings.data(), postings.size(), h.postings_off);
    h.postings_count = postings.size();
    append_section(out, skeleton_list.data(), skeleton_list.size(), h.skeletons_off);
    h.skeletons_count = skeleton_list.size();
    append_section(out, cell_starts.data(), cell_starts.size(), h.cell_starts_off);
    append_section(out, cell_places.data(), cell_places.size(), h.cell_places_off);
    h.cell_places_count = cell_places.size();
    std::memcpy(out.data(), &h, sizeof h);
    write_atomically(out_path, out);

    stats.places = records.size();
    stats.keys = key_records.size();
    return stats;
}

}  // namespace frontmap::gaz
