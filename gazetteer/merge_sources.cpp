// Merging gazetteer sources into one list of places, before indexing.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "gazetteer/build_index.hpp"

namespace frontmap::gaz {

namespace {

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool is_country_code(const std::string& fcode) {
    return fcode.rfind("PCL", 0) == 0 || fcode == "TERR";
}

// Admin units and countries from different sources describe the same thing under different
// (or no) geonameids; their codes identify them.
std::string unit_key(const SourcePlace& p) {
    if (p.feature_class != 'A') return {};
    // Without its code a unit cannot be told from its neighbours: no key, no merging.
    if (p.country.empty()) return {};
    if (is_country_code(p.feature_code)) return "country:" + p.country;
    if (p.feature_code == "ADM1" && !p.admin1_code.empty())
        return "admin1:" + p.country + "." + p.admin1_code;
    if (p.feature_code == "ADM2" && !p.admin1_code.empty() && !p.admin2_code.empty())
        return "admin2:" + p.country + "." + p.admin1_code + "." + p.admin2_code;
    return {};
}

void add_names(SourcePlace& into, const SourcePlace& from) {
    auto add = [&](const std::string& n) {
        if (n.empty() || n == into.name) return;
        if (std::find(into.alternate_names.begin(), into.alternate_names.end(), n) ==
            into.alternate_names.end())
            into.alternate_names.push_back(n);
    };
    add(from.name);
    add(from.asciiname);
    for (const auto& n : from.alternate_names) add(n);
    for (const auto& n : from.historical_names)
        if (std::find(into.historical_names.begin(), into.historical_names.end(), n) ==
            into.historical_names.end())
            into.historical_names.push_back(n);
}

struct Merger {
    std::vector<SourcePlace> places;
    std::unordered_map<std::int64_t, std::size_t> by_id;
    std::unordered_map<std::string, std::size_t> by_unit;
    std::vector<SourcePlace> refs;

    void add(SourcePlace&& p) {
        if (!p.ref.empty()) {
            refs.push_back(std::move(p));
            return;
        }
        if (p.geonameid > 0) {
            auto it = by_id.find(p.geonameid);
            if (it != by_id.end()) {
                add_names(places[it->second], p);
                return;
            }
        }
        std::string unit = unit_key(p);
        if (!unit.empty()) {
            auto it = by_unit.find(unit);
            if (it != by_unit.end()) {
                SourcePlace& kept = places[it->second];
                // Prefer the GeoNames row's identity and point; keep every name.
                if (kept.geonameid <= 0 && p.geonameid > 0) {
                    SourcePlace old = std::move(kept);
                    kept = std::move(p);
                    add_names(kept, old);
                    by_id[kept.geonameid] = it->second;
                } else {
                    add_names(kept, p);
                }
                return;
            }
            by_unit[unit] = places.size();
        }
        if (p.geonameid > 0) by_id[p.geonameid] = places.size();
        places.push_back(std::move(p));
    }

    std::size_t resolve_ref(const std::string& ref) const {
        auto colon = ref.find(':');
        if (colon == std::string::npos) return places.size();
        std::string scheme = lower_ascii(ref.substr(0, colon));
        std::string value = ref.substr(colon + 1);
        if (scheme == "geonames") {
            try {
                auto it = by_id.find(std::stoll(value));
                return it == by_id.end() ? places.size() : it->second;
            } catch (...) {
                return places.size();
            }
        }
        auto it = by_unit.find(scheme + ":" + value);
        return it == by_unit.end() ? places.size() : it->second;
    }
};

}  // namespace

SourceKind guess_source_kind(const std::string& path) {
    std::string base = path.substr(path.find_last_of('/') == std::string::npos
                                       ? 0
                                       : path.find_last_of('/') + 1);
    std::string lower = lower_ascii(base);
    if (lower.rfind("alternatenames", 0) == 0) return SourceKind::alternate_names;
    if (lower.rfind("admin1codes", 0) == 0) return SourceKind::admin1_codes;
    auto ends_with = [&](const char* s) {
        std::string suffix(s);
        return lower.size() >= suffix.size() &&
               lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".tsv") || ends_with(".tsv.gz")) return SourceKind::supplement;
    return SourceKind::geonames;
}

std::vector<SourcePlace> merge_sources(std::span<const SourceFile> sources, Diagnostics& diags,
                                       BuildStats& stats) {
    Merger m;
    std::multimap<std::int64_t, AlternateName> alternates;
    std::vector<Admin1Code> admin1_codes;
    for (const auto& src : sources) {
        switch (src.kind) {
            case SourceKind::geonames:
                read_geonames(src.path, diags, [&](SourcePlace&& p) { m.add(std::move(p)); });
                break;
            case SourceKind::supplement:
                read_supplement(src.path, diags, [&](SourcePlace&& p) { m.add(std::move(p)); });
                break;
            case SourceKind::alternate_names:
                read_alternate_names(src.path, diags, [&](AlternateName&& a) {
                    // Codes, postcodes and links are not names anyone writes in prose.
                    if (a.lang == "post" || a.lang == "link" || a.lang == "iata" ||
                        a.lang == "icao" || a.lang == "faac" || a.lang == "fr_1793" ||
                        a.lang == "unlc" || a.lang == "wkdt" || a.lang == "tcid")
                        return;
                    alternates.emplace(a.geonameid, std::move(a));
                });
                break;
            case SourceKind::admin1_codes: {
                auto codes = read_admin1_codes(src.path, diags);
                admin1_codes.insert(admin1_codes.end(), codes.begin(), codes.end());
                break;
            }
        }
    }
    for (auto& [id, alt] : alternates) {
        auto it = m.by_id.find(id);
        if (it == m.by_id.end()) continue;
        SourcePlace& p = m.places[it->second];
        auto& list = alt.historic ? p.historical_names : p.alternate_names;
        if (std::find(list.begin(), list.end(), alt.name) == list.end()) list.push_back(alt.name);
    }
    // admin1CodesASCII names an admin unit even where the dump has no ADM1 row for it.
    for (const auto& code : admin1_codes) {
        auto dot = code.code.find('.');
        if (dot == std::string::npos) continue;
        std::string unit = "admin1:" + code.code;
        auto it = m.by_unit.find(unit);
        if (it != m.by_unit.end()) {
            SourcePlace extra;
            extra.name = code.name;
            extra.asciiname = code.asciiname;
            add_names(m.places[it->second], extra);
        }
    }
    for (const auto& ref : m.refs) {
        std::size_t target = m.resolve_ref(ref.ref);
        if (target >= m.places.size()) {
            ++stats.refs_unmatched;
            diags.warn(ref.source.empty() ? "supplement" : ref.source,
                       "ref " + quote_excerpt(ref.ref) + " (names " + quote_excerpt(ref.name) +
                           ") matches no place in the sources; names ignored");
            continue;
        }
        ++stats.refs_applied;
        SourcePlace aliases = ref;
        aliases.asciiname.clear();
        add_names(m.places[target], aliases);
    }
    stats.places = m.places.size();
    return std::move(m.places);
}

}  // namespace frontmap::gaz
