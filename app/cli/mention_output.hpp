#pragma once
// Text renderings of mentions: one JSON object per line, or an aligned table for people.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/json_string.hpp"
#include "events/acled_types.hpp"
#include "events/date_mentions.hpp"
#include "events/event_typing.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::cli {

// What the pipeline knows about one document beyond its text.
struct DocumentFindings {
    std::vector<gaz::Mention> mentions;
    std::vector<std::optional<events::MentionDate>> dates;  // one per mention
    std::vector<events::EventLabel> events;                 // one per mention
    std::vector<events::AcledCategory> acled;               // one per mention
    events::DocumentDate document_date;
};

// One JSON object (no trailing newline). Offsets are shifted by the document's base offset so
// they point into the source file or record.
std::string mention_to_json(const DocumentFindings& findings, std::size_t index, const Document& doc);

// Writes a header once, then one row per mention.
class MentionTable {
public:
    explicit MentionTable(std::ostream& out) : out_(out) {}
    void write(const DocumentFindings& findings, const Document& doc);

private:
    std::ostream& out_;
    bool header_written_ = false;
};

}  // namespace frontmap::cli
