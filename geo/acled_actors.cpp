// ACLED actor names → our sides, from a small hand-written table (assets/lang/acled_actors.tsv)
// so new actor names need no code change.

#include "core/tsv_records.hpp"
#include "geo/acled_csv.hpp"

namespace frontmap::geo {

AcledActorSides AcledActorSides::parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name) {
    AcledActorSides out;
    for_each_tsv_record(tsv, source_name, 3, "match, text, side", diags, [&](const auto& fields, const std::string& where) {
        Pattern p;
        if (fields[0] == "prefix") p.match = Match::prefix;
        else if (fields[0] == "contains") p.match = Match::contains;
        else if (fields[0] == "exact") p.match = Match::exact;
        else return diags.warn(where, "match must be prefix, contains or exact, not " + quote_excerpt(fields[0]) + "; line skipped");
        if (fields[2] == "ru") p.side = events::Side::ru;
        else if (fields[2] == "ua") p.side = events::Side::ua;
        else if (fields[2] == "third") p.side = events::Side::other;
        else if (fields[2] == "unknown") p.side = events::Side::unknown;
        else return diags.warn(where, "side must be ru, ua, third or unknown, not " + quote_excerpt(fields[2]) + "; line skipped");
        p.text = std::string(fields[1]);
        if (p.text.empty()) return diags.warn(where, "empty text; line skipped");
        out.patterns_.push_back(std::move(p));
    });
    return out;
}

AcledActorSides AcledActorSides::load(const std::string& path, Diagnostics& diags) {
    const auto content = read_language_file(path, diags, "every ACLED actor's side will be unknown");
    return content ? parse(*content, diags, path) : AcledActorSides{};
}

events::Side AcledActorSides::side_of(std::string_view actor) const {
    for (const Pattern& p : patterns_) {
        const bool hit = p.match == Match::exact      ? actor == p.text
                         : p.match == Match::prefix   ? actor.substr(0, p.text.size()) == p.text
                                                      : actor.find(p.text) != std::string_view::npos;
        if (hit) return p.side;
    }
    return events::Side::unknown;
}

}  // namespace frontmap::geo
