#include "gazetteer/candidate_traits.hpp"

#include <algorithm>

namespace frontmap::gaz {

bool is_country(const Gazetteer& g, std::uint32_t p) {
    auto code = g.feature_code(p);
    return g.record(p).feature_class == 'A' && (code.rfind("PCL", 0) == 0 || code == "TERR");
}

bool can_be_metonym(const Gazetteer& g, const Toponym& t) {
    for (const auto& c : t.candidates) {
        auto code = g.feature_code(c.place);
        if (is_country(g, c.place) || code == "PPLC" || code == "GOVL" || code == "CSTL") return true;
    }
    return false;
}

bool any_candidate(const Gazetteer& g, const Toponym& t, bool (*pred)(const Gazetteer&, std::uint32_t)) {
    return std::any_of(t.candidates.begin(), t.candidates.end(),
                       [&](const CandidatePlace& c) { return pred(g, c.place); });
}

bool names_admin_unit_exactly(const Gazetteer& g, const Toponym& t) {
    for (const auto& c : t.candidates) {
        if (c.match != MatchKind::exact) continue;
        auto code = g.feature_code(c.place);
        char cls = g.record(c.place).feature_class;
        if ((cls == 'A' && code == "ADM1") || (cls == 'L' && (code == "RGN" || code == "CONT")))
            return true;
    }
    return false;
}

std::int64_t largest_population(const Gazetteer& g, const Toponym& t) {
    std::int64_t best = 0;
    for (const auto& c : t.candidates)
        if (c.match == MatchKind::exact && g.record(c.place).feature_class == 'P' &&
            (c.name_kind == NameKind::primary || c.name_kind == NameKind::ascii))
            best = std::max(best, g.record(c.place).population);
    return best;
}

bool is_big_place(const Gazetteer& g, const Toponym& t) {
    for (const auto& c : t.candidates) {
        const auto& r = g.record(c.place);
        auto code = g.feature_code(c.place);
        if (r.population >= 500000 || r.feature_class == 'H' ||
            (r.feature_class == 'A' && (code == "ADM1" || code.rfind("PCL", 0) == 0)) ||
            (r.feature_class == 'L' && (code == "CONT" || code == "RGN")))
            return true;
    }
    return false;
}

bool names_major_place(const Gazetteer& g, const std::string& folded) {
    for (const auto& p : g.find(KeySpace::folded, folded).postings) {
        const auto& r = g.record(p.place);
        if (r.feature_class == 'A' || r.population >= 100000) return true;
    }
    return false;
}

std::size_t letter_count(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80 && c != '.' && c != '\'' && c != '-') ++n;
    return n;
}

}  // namespace frontmap::gaz
