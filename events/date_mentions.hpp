#pragma once
// Mention dating: each place mention takes the date of the expression that governs it (see
// date_clauses.hpp: its own clause's, a relative clause's about it, or the main clause's when its
// own clause is not in the present tense), else the date of the embedded post it stands in,
// else the document's date.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "events/date_clauses.hpp"
#include "events/date_range.hpp"
#include "events/document_date.hpp"
#include "events/temporal_expressions.hpp"
#include "gazetteer/mention.hpp"

namespace frontmap::events {

struct MentionDate {
    DateRange range;
    DateSource source = DateSource::document;  // explicit / relative (own expression), document, inferred
};

// Sentences of a text as byte ranges: split after . ! ? … followed by white space (closing quotes
// and brackets may stand between: `gains.” The Kremlin`), and at line breaks (headlines, bylines and datelines stand on lines of their own).
std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(std::string_view text);

// One entry per mention, in the same order; empty when neither the sentence nor the document
// gives a date (undated, never invented). Durations and unresolved relative expressions are
// skipped. In a document dated "inferred-year", a date whose year the text does not write is
// marked `inferred`.
std::vector<std::optional<MentionDate>> date_mentions(std::string_view text, std::span<const gaz::Mention> mentions,
                                                      std::span<const TemporalExpression> expressions,
                                                      const DocumentDate& document, const ClauseLexicon& clauses);

}  // namespace frontmap::events
