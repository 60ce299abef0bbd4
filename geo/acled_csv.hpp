#pragma once
// ACLED's CSV export as events for the store: one Event per row, the file as one document
// ("acled:<file name>"), so importing a newer export of the same file replaces the old one.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "events/acled_types.hpp"
#include "events/event_typing.hpp"
#include "geo/event_store.hpp"

namespace frontmap::geo {

// Which side an ACLED actor name stands for ("Military Forces of Russia (2000-)" → ru), from
// assets/lang/acled_actors.tsv: match (prefix|contains|exact), text, side (ru|ua|third|unknown).
class AcledActorSides {
public:
    static AcledActorSides parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name);
    static AcledActorSides load(const std::string& path, Diagnostics& diags);

    // Side::unknown when no pattern matches (and for an empty name).
    events::Side side_of(std::string_view actor) const;

private:
    enum class Match { prefix, contains, exact };
    struct Pattern {
        Match match;
        std::string text;
        events::Side side;
    };
    std::vector<Pattern> patterns_;
};

// The whole file could not be read as an ACLED export (unreadable, not CSV, required columns
// missing); the message names the file and says what was wrong.
struct AcledFileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reads an ACLED export through GDAL's CSV driver. A row with missing columns, no id, a bad
// date or bad coordinates is reported to `diags` as "file:line: what was wrong" and skipped;
// the other rows are kept. event_date may be "2024-02-17" or "17 February 2024".
DocumentBatchItem read_acled_csv(const std::string& path, const events::AcledTypeMap& types,
                                 const AcledActorSides& actors, Diagnostics& diags);

}  // namespace frontmap::geo
