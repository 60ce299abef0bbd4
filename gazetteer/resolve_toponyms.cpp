#include "gazetteer/resolve_toponyms.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "gazetteer/near_spelling.hpp"

namespace frontmap::gaz {

namespace {

struct Scored {
    std::uint32_t place = no_place;
    MatchKind match = MatchKind::exact;
    double prior = 0;   // independent of the other names
    double total = 0;
};

bool code_is(std::string_view code, std::string_view prefix) { return code.rfind(prefix, 0) == 0; }

bool is_country_code(std::string_view code) { return code_is(code, "PCL") || code == "TERR"; }

bool passes(const Gazetteer& g, std::uint32_t p, FeatureFilter f) {
    const auto& r = g.record(p);
    auto code = g.feature_code(p);
    switch (f) {
        case FeatureFilter::any: return true;
        case FeatureFilter::admin1: return r.feature_class == 'A' && (code == "ADM1" || code == "ADMD");
        case FeatureFilter::admin2: return r.feature_class == 'A' && code_is(code, "ADM2");
        case FeatureFilter::water: return r.feature_class == 'H';
        case FeatureFilter::populated:
        case FeatureFilter::town_district:
        case FeatureFilter::direction: return r.feature_class == 'P';
    }
    return true;
}

// The place's own weight: how often a bare mention of this name means this place.
double prior_of(const Gazetteer& g, const CandidatePlace& c, FeatureFilter filter, bool cyrillic_doc,
                bool eponymous_capital) {
    const auto& r = g.record(c.place);
    auto code = g.feature_code(c.place);
    double pop = static_cast<double>(std::max<std::int64_t>(r.population, 0));
    double s = 0;
    switch (r.feature_class) {
        case 'P':
            if (code == "PPLC") s += 2.0;
            else if (code == "PPLA") s += 1.2;
            else if (code == "PPLA2") s += 0.6;
            else if (code == "PPLA3") s += 0.2;
            else if (code == "PPLX") s -= 1.0;
            else if (code == "PPLH" || code == "PPLQ" || code == "PPLW") s -= 3.0;
            break;
        case 'A':
            if (is_country_code(code)) {
                s += 2.5;
                pop = std::max(pop, 1e7);
            } else if (code == "ADM1") {
                // A bare "Donetsk" is the city; a bare "Indiana" is the state.
                s += filter == FeatureFilter::admin1 ? 1.5 : (eponymous_capital ? -1.0 : 0.8);
            } else {
                s += filter == FeatureFilter::admin2 ? 1.0 : -2.0;
            }
            break;
        case 'H':
            if (code == "OCN" || code == "SEA") {
                // Oceans and seas are named far more often than the places named after them.
                s += filter == FeatureFilter::water ? 3.0 : 1.5;
                pop = std::max(pop, 1e7);
                break;
            }
            pop = std::max(pop, 1e5);
            s += filter == FeatureFilter::water ? 3.0 : -0.5;
            break;
        case 'L':
            if (code == "CONT") {
                s += 2.5;  // a continent, like a country, beats any town named after it
                pop = std::max(pop, 1e7);
            } else if (code == "RGN") {
                pop = std::max(pop, 1e6);
            } else {
                pop = std::max(pop, 3e4);
            }
            break;
        default:
            pop = std::max(pop, 3e4);
            break;
    }
    s += 0.45 * std::log10(pop + 10.0);
    switch (c.name_kind) {
        case NameKind::primary:
        case NameKind::ascii: s += 0.8; break;
        case NameKind::historical: s -= 0.3; break;
        case NameKind::shortened: s -= 0.2; break;
        default: break;
    }
    switch (c.match) {
        case MatchKind::exact: s += 0.8; break;
        case MatchKind::variant: s += 0.3; break;
        case MatchKind::inflected: s += 0.5; break;
        case MatchKind::fuzzy: break;
    }
    if (cyrillic_doc) {
        auto cc = g.country(c.place);
        if (cc == "UA" || cc == "RU" || cc == "BY") s += 0.8;
    }
    return s;
}

// True when `unit` is an admin unit and another candidate is an administrative seat or a city of
// a million inside it: the oblast and its eponymous city ("Kherson", "New York").
bool has_capital_inside(const Gazetteer& g, const Toponym& t, std::uint32_t unit) {
    if (g.record(unit).feature_class != 'A') return false;
    for (const auto& c : t.candidates) {
        const auto& r = g.record(c.place);
        if (r.feature_class == 'P' && r.admin1_place == unit &&
            (code_is(g.feature_code(c.place), "PPLA") || g.feature_code(c.place) == "PPLC" ||
             r.population >= 1000000))
            return true;
    }
    return false;
}

struct DocumentFocus {
    std::vector<std::pair<std::string, double>> country_share;  // few entries: a flat list
    std::vector<std::pair<std::uint32_t, std::size_t>> admin1_units;  // ADM1 places named, and where (token)
    bool has_center = false;
    double center_lat = 0, center_lon = 0;

    double share_of(std::string_view country) const {
        for (const auto& [cc, v] : country_share)
            if (cc == country) return v;
        return 0;
    }
};

// A populated place the document names (this round's pick), once however often it is named.
struct Anchor {
    double lat = 0, lon = 0;
    std::string_view only_name;  // the folded name, when every mention of it uses that one name
};

DocumentFocus focus_of(const Gazetteer& g, const std::vector<Toponym>& toponyms,
                       const std::vector<std::vector<Scored>>& scored) {
    DocumentFocus f;
    double total = 0;
    double lat_sum = 0, lon_sum = 0, w_sum = 0;
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        if (scored[i].empty()) continue;
        std::uint32_t p = scored[i][0].place;
        const auto& r = g.record(p);
        std::string_view cc = g.country(p);
        double w = toponyms[i].evidence;
        if (!cc.empty()) {
            auto it = std::find_if(f.country_share.begin(), f.country_share.end(),
                                   [&](const auto& e) { return e.first == cc; });
            if (it == f.country_share.end()) f.country_share.emplace_back(std::string(cc), w);
            else it->second += w;
            total += w;
        }
        if (r.feature_class == 'P') {
            lat_sum += r.lat * w;
            lon_sum += r.lon * w;
            w_sum += w;
        }
        if (r.feature_class == 'A' && g.feature_code(p) == "ADM1") f.admin1_units.emplace_back(p, toponyms[i].tok_begin);
    }
    for (auto& e : f.country_share) e.second /= std::max(total, 1e-9);
    if (w_sum > 0) {
        f.has_center = true;
        f.center_lat = lat_sum / w_sum;
        f.center_lon = lon_sum / w_sum;
    }
    return f;
}

std::vector<Anchor> anchors_of(const Gazetteer& g, const std::vector<Toponym>& toponyms,
                               const std::vector<std::vector<Scored>>& scored) {
    std::vector<std::pair<std::uint32_t, std::size_t>> picks;  // place, first toponym
    for (std::size_t i = 0; i < toponyms.size(); ++i)
        if (!scored[i].empty() && g.record(scored[i][0].place).feature_class == 'P')
            picks.emplace_back(scored[i][0].place, i);
    std::sort(picks.begin(), picks.end());
    std::vector<Anchor> out;
    for (std::size_t k = 0; k < picks.size();) {
        std::size_t e = k;
        std::string_view name = toponyms[picks[k].second].folded;
        bool one_name = true;
        for (; e < picks.size() && picks[e].first == picks[k].first; ++e)
            one_name = one_name && toponyms[picks[e].second].folded == name;
        const auto& r = g.record(picks[k].first);
        out.push_back({r.lat, r.lon, one_name ? name : std::string_view()});
        k = e;
    }
    return out;
}

// Mean point of the populated places named within 40 tokens of toponym `self`, if any.
std::optional<std::pair<double, double>> passage_center(const Gazetteer& g, const std::vector<Toponym>& toponyms,
                                                        const std::vector<std::vector<Scored>>& scored,
                                                        std::size_t self) {
    double lat = 0, lon = 0;
    int n = 0;
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        if (i == self || scored[i].empty()) continue;
        std::size_t a = toponyms[i].tok_begin, b = toponyms[self].tok_begin;
        if ((a > b ? a - b : b - a) > 40) continue;
        const auto& r = g.record(scored[i][0].place);
        if (r.feature_class != 'P') continue;
        lat += r.lat;
        lon += r.lon;
        ++n;
    }
    if (n == 0) return std::nullopt;
    return std::make_pair(lat / n, lon / n);
}

// Sum of exp(-d/120 km) over the anchors not named like this mention, up to 3. Distances
// are equirectangular: the term is negligible beyond a few hundred km, where that is exact
// enough, and it spares the trigonometry of a great circle for every pair.
double nearness(double lat, double lon, const std::vector<Anchor>& anchors, std::string_view self) {
    constexpr double km_per_degree = 111.195;
    const double cos_lat = std::cos(lat * 3.14159265358979323846 / 180.0);
    double near = 0;
    for (const auto& a : anchors) {
        if (!a.only_name.empty() && a.only_name == self) continue;
        double dlat = a.lat - lat;
        if (dlat > 8 || dlat < -8) continue;
        double dlon = a.lon - lon;
        if (dlon > 180) dlon -= 360;
        if (dlon < -180) dlon += 360;
        double d = km_per_degree * std::sqrt(dlat * dlat + dlon * dlon * cos_lat * cos_lat);
        near += std::exp(-d / 120.0);
        if (near >= 3.0) return 3.0;
    }
    return near;
}

// How well a candidate fits the rest of the document.
double context_bonus(const Gazetteer& g, std::uint32_t p, const DocumentFocus& f,
                     const std::vector<Anchor>& anchors, const Toponym& self) {
    const auto& r = g.record(p);
    double s = 3.0 * f.share_of(g.country(p));
    // The oblast a place lies in, named nearby in the text ("X, Donetsk region") counts fully;
    // named elsewhere in a long report that covers several oblasts, a quarter.
    if (r.admin1_place != no_place) {
        double best = 0;
        for (const auto& [unit, tok] : f.admin1_units) {
            if (unit != r.admin1_place) continue;
            std::size_t gap = tok > self.tok_begin ? tok - self.tok_begin : self.tok_begin - tok;
            best = std::max(best, gap <= 60 ? 1.0 : 0.5);
        }
        s += best;
    }
    if (r.feature_class == 'P' || r.feature_class == 'S' || r.feature_class == 'H' ||
        r.feature_class == 'L' || r.feature_class == 'T')
        // Saturating: the first nearby places count most, a crowd of them cannot swamp the prior.
        s += 1.8 * (1.0 - std::exp(-nearness(r.lat, r.lon, anchors, self.folded)));
    return s;
}

double calibrated(double raw, const ResolveOptions& o) {
    raw = std::clamp(raw, 1e-4, 1.0 - 1e-4);
    double z = o.calibration_slope * std::log(raw / (1.0 - raw)) + o.calibration_offset;
    return 1.0 / (1.0 + std::exp(-z));
}

void sort_scored(std::vector<Scored>& v) {
    std::stable_sort(v.begin(), v.end(), [](const Scored& a, const Scored& b) {
        if (a.total != b.total) return a.total > b.total;
        return a.place < b.place;
    });
}

// A district named after somewhere else ("Prigorodny microdistrict") lies in the town the text
// is about: the nearest populated place named before it, when its own candidates are far away.
void place_town_districts(const Gazetteer& g, const std::vector<Toponym>& toponyms,
                          std::vector<std::vector<Scored>>& scored) {
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        const std::string& name = toponyms[i].folded;
        auto ends_with = [&](std::string_view w) {
            return name.size() > w.size() && name.compare(name.size() - w.size(), w.size(), w) == 0;
        };
        const bool district = toponyms[i].filter == FeatureFilter::town_district ||
                              toponyms[i].qualifier == "district" || toponyms[i].qualifier == "microdistrict" ||
                              ends_with(" district") || ends_with(" microdistrict");
        if (!district) continue;
        std::uint32_t town = no_place;
        for (std::size_t k = i; k-- > 0;) {
            if (scored[k].empty() || toponyms[k].filter == FeatureFilter::town_district) continue;
            if (g.record(scored[k][0].place).feature_class == 'P') {
                town = scored[k][0].place;
                break;
            }
        }
        if (town == no_place) continue;
        const auto& t = g.record(town);
        // A district of another town nearby is fine ("Pokrovsk district" next to Myrnohrad).
        bool own_is_near = !scored[i].empty() &&
                           distance_km(g.record(scored[i][0].place).lat, g.record(scored[i][0].place).lon,
                                       t.lat, t.lon) < 100;
        if (own_is_near) continue;
        Scored s;
        s.place = town;
        s.match = MatchKind::fuzzy;
        s.total = scored[i].empty() ? 0 : scored[i][0].total + 1;
        scored[i].insert(scored[i].begin(), s);
    }
}

}  // namespace

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double r = 6371.0088;
    constexpr double rad = 3.14159265358979323846 / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * r * std::asin(std::min(1.0, std::sqrt(h)));
}

std::vector<Mention> resolve_toponyms(std::string_view text, std::vector<Toponym> toponyms,
                                      const Gazetteer& g, bool cyrillic_document,
                                      const ResolveOptions& options) {
    std::vector<std::vector<Scored>> scored(toponyms.size());
    auto score_priors = [&](std::size_t i) {
        auto& t = toponyms[i];
        bool any_pass = std::any_of(t.candidates.begin(), t.candidates.end(),
                                    [&](const CandidatePlace& c) { return passes(g, c.place, t.filter); });
        if (!any_pass && t.filter != FeatureFilter::direction) {
            // The qualifier named nothing we know ("Kupiansk district" without a raion entry):
            // resolve the bare name (the span keeps the qualifier the text wrote).
            t.filter = FeatureFilter::any;
        }
        // When the text spells a place's own name exactly, other places that only share a
        // transliteration skeleton with it are not what the writer meant.
        const bool own_name_exact = std::any_of(t.candidates.begin(), t.candidates.end(), [](const CandidatePlace& c) {
            return c.match == MatchKind::exact && (c.name_kind == NameKind::primary || c.name_kind == NameKind::ascii);
        });
        scored[i].clear();
        for (const auto& c : t.candidates) {
            if (any_pass && !passes(g, c.place, t.filter)) continue;
            if (own_name_exact && c.match == MatchKind::variant) continue;
            double prior = prior_of(g, c, t.filter, cyrillic_document, has_capital_inside(g, t, c.place));
            scored[i].push_back({c.place, c.match, prior, prior});
        }
        sort_scored(scored[i]);
    };
    for (std::size_t i = 0; i < toponyms.size(); ++i)
        if (!toponyms[i].near_spelling) score_priors(i);

    // Two rounds: the first picks by the places' own weight, the second re-scores each name
    // with the document's focus as the first round sees it.
    for (int round = 0; round < 2; ++round) {
        DocumentFocus focus = focus_of(g, toponyms, scored);
        if (round == 0) {
            for (std::size_t i = 0; i < toponyms.size(); ++i) {
                if (!toponyms[i].near_spelling) continue;
                // Search around the places named in the same passage when there are any (a
                // report moving between fronts has a useless centroid), else the whole text's.
                auto local = passage_center(g, toponyms, scored, i);
                auto near = local ? find_near_spellings(g, toponyms[i].folded, true, local->first, local->second,
                                                        options.near_spelling_local_km)
                                  : find_near_spellings(g, toponyms[i].folded, focus.has_center, focus.center_lat,
                                                        focus.center_lon, options.near_spelling_km);
                toponyms[i].candidates = std::move(near);
                for (const auto& c : toponyms[i].candidates) {
                    double prior = prior_of(g, c, toponyms[i].filter, cyrillic_document, false) - 1.0;
                    scored[i].push_back({c.place, c.match, prior, prior});
                }
                sort_scored(scored[i]);
            }
        }
        const std::vector<Anchor> anchors = anchors_of(g, toponyms, scored);
        for (std::size_t i = 0; i < toponyms.size(); ++i) {
            for (auto& s : scored[i])
                s.total = s.prior + context_bonus(g, s.place, focus, anchors, toponyms[i]);
            sort_scored(scored[i]);
        }
    }

    place_town_districts(g, toponyms, scored);

    std::vector<Mention> mentions;
    mentions.reserve(toponyms.size());
    for (std::size_t i = 0; i < toponyms.size(); ++i) {
        const auto& t = toponyms[i];
        const auto& s = scored[i];
        if (s.empty()) continue;
        double norm = 0;
        for (const auto& c : s) norm += std::exp(c.total - s[0].total);
        double p_top = 1.0 / norm;
        double score = calibrated(t.evidence * p_top, options);
        if (score < options.min_score) continue;
        Mention m;
        m.byte_begin = t.byte_begin;
        m.byte_end = t.byte_end;
        m.surface = std::string(text.substr(t.byte_begin, t.byte_end - t.byte_begin));
        m.place = g.info(s[0].place);
        m.score = std::round(score * 1000.0) / 1000.0;
        m.match = t.near_spelling ? MatchKind::fuzzy : s[0].match;
        m.role = t.role;
        m.qualifier = t.qualifier;
        m.relation = t.relation;
        if (s.size() > 1) {
            Candidate ru;
            ru.place = g.info(s[1].place);
            ru.score = std::round(calibrated(t.evidence * std::exp(s[1].total - s[0].total) / norm, options) *
                                  1000.0) / 1000.0;
            m.runner_up = std::move(ru);
        }
        mentions.push_back(std::move(m));
    }
    return mentions;
}

}  // namespace frontmap::gaz
