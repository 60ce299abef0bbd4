#pragma once
// The text-to-events pipeline every command runs on a document: places, the document date,
// mention dates and event labels. Shared read-only by worker threads.
#include <chrono>
#include <set>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "cli/mention_output.hpp"
#include "core/diagnostics.hpp"
#include "core/document.hpp"
#include "events/acled_types.hpp"
#include "events/date_clauses.hpp"
#include "events/event_cues.hpp"
#include "events/temporal_lexicon.hpp"
#include "gazetteer/find_mentions.hpp"

namespace frontmap::cli {

struct Pipeline {
    gaz::MentionFinder finder;
    events::TemporalLexicon temporal;
    events::EventLexicon event_cues;
    events::ClauseLexicon clauses;
    events::AcledTypeMap acled_types;
    // The day texts are read on: a text that writes no year has its "December 11" read as the most
    // recent such day before it. load_pipeline sets the system clock's day; --today overrides it.
    std::optional<std::chrono::sys_days> today;
};

// The options every command that reads articles takes, parsed and checked: --gazetteer,
// --min-score, --today, --date and -j/--jobs.
struct PipelineOptions {
    std::optional<std::string> gazetteer;
    std::optional<double> min_score;
    std::optional<std::chrono::sys_days> today;  // else the system clock's day
    std::optional<std::string> date;             // --date: for documents that carry none
    unsigned jobs = 1;
};
// A command's own valued options plus the pipeline's, for Arguments.
std::set<std::string> with_pipeline_options(std::set<std::string> valued);
PipelineOptions parse_pipeline_options(const Arguments& a);

// Loads the gazetteer and the language files from the assets.
Pipeline load_pipeline(const PipelineOptions& options, Diagnostics& diags, std::ostream& err);

DocumentFindings find_everything(const Document& doc, const Pipeline& pipeline);

// find_everything over `docs` on `jobs` threads; results keep the documents' order.
std::vector<DocumentFindings> find_in_parallel(std::span<const Document> docs, const Pipeline& pipeline, unsigned jobs);

}  // namespace frontmap::cli
