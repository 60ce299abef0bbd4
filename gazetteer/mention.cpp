#include "gazetteer/mention.hpp"

namespace frontmap::gaz {

const char* to_string(MentionRole role) {
    switch (role) {
        case MentionRole::location: return "location";
        case MentionRole::actor: return "actor";
    }
    return "location";
}

const char* to_string(MatchKind kind) {
    switch (kind) {
        case MatchKind::exact: return "exact";
        case MatchKind::variant: return "variant";
        case MatchKind::inflected: return "inflected";
        case MatchKind::fuzzy: return "fuzzy";
    }
    return "exact";
}

}  // namespace frontmap::gaz
