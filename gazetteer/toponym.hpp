#pragma once
// A recognised name before resolution: where it is, which places it could be, and what its
// context says about it. Internal to the gazetteer stage (find → apply context → resolve).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::gaz {

struct CandidatePlace {
    std::uint32_t place = no_place;
    MatchKind match = MatchKind::exact;
    NameKind name_kind = NameKind::primary;
};

// What the qualifier words allow the name to be.
// town_district: a part of a town ("Prigorodny microdistrict"), placed in the town it belongs to.
enum class FeatureFilter { any, admin1, admin2, water, populated, town_district, direction };

struct Toponym {
    std::size_t tok_begin = 0;  // tokens of the name itself, [begin, end)
    std::size_t tok_end = 0;
    std::size_t byte_begin = 0;  // reported span; may include a qualifier ("Donetsk region")
    std::size_t byte_end = 0;
    std::string folded;          // folded name words
    std::vector<CandidatePlace> candidates;
    FeatureFilter filter = FeatureFilter::any;
    std::string qualifier;
    std::string relation;
    MentionRole role = MentionRole::location;
    double evidence = 0.9;       // how sure we are that this is a place name at all (0..1)
    bool needs_locative_evidence = false;  // a common word: kept only with place context
    bool near_spelling = false;  // unknown name in place context: look for a near spelling
    bool common_word = false;    // the matched key is also an ordinary Ukrainian/Russian word
    bool rejected = false;
};

}  // namespace frontmap::gaz
