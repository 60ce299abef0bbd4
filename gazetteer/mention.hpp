#pragma once
// A place named in a document, resolved to a gazetteer entry: the boundary type to events/.
#include <cstddef>
#include <optional>
#include <string>

#include "gazetteer/place.hpp"

namespace frontmap::gaz {

// What the name does in its sentence. Later stages map only `location` mentions as events.
enum class MentionRole {
    location,  // something happens at or near the place, or the place is described
    actor,     // metonym: "Kyiv said", "Moscow's forces" — a government or army, not a location
};

// How the surface matched the name it resolved to; decides part of the score.
enum class MatchKind {
    exact,      // same letters after case folding and diacritic stripping
    variant,    // same cross-script/transliteration skeleton ("Kupyansk" ~ "Kupiansk")
    inflected,  // a Cyrillic case form ("Покровске" ~ "Покровск")
    fuzzy,      // near spelling in the document's region ("Severansk" ~ "Seversk")
};

struct Candidate {
    PlaceInfo place;
    double score = 0;  // probability-like, 0..1
};

struct Mention {
    std::string doc_id;
    std::size_t byte_begin = 0;  // UTF-8 byte offsets into Document::text, end exclusive
    std::size_t byte_end = 0;
    std::string surface;         // the text between the offsets
    PlaceInfo place;             // the chosen place
    double score = 0;            // calibrated probability that span and place are both right
    std::optional<Candidate> runner_up;
    MentionRole role = MentionRole::location;
    MatchKind match = MatchKind::exact;
    std::string qualifier;       // generic word that decided the feature: "region", "river", "direction"…
    std::string relation;        // spatial relation to the place: "north of", "outskirts of", "near"…
};

const char* to_string(MentionRole role);
const char* to_string(MatchKind kind);

}  // namespace frontmap::gaz
