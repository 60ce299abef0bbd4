#include "cli/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "cli/load_finder.hpp"
#include "cli/paths.hpp"
#include "events/date_mentions.hpp"
#include "events/document_date.hpp"
#include "events/event_typing.hpp"

namespace frontmap::cli {

Pipeline load_pipeline(const std::optional<std::string>& gazetteer, Diagnostics& diags, std::ostream& err) {
    return Pipeline{load_mention_finder(gazetteer, diags, err),
                    events::TemporalLexicon::load(find_assets_dir() + "/lang/temporal.tsv", diags),
                    events::EventLexicon::load(find_assets_dir() + "/lang/event_cues.tsv", diags),
                    events::ClauseLexicon::load(find_assets_dir() + "/lang/clauses.tsv", diags),
                    events::AcledTypeMap::load(find_assets_dir() + "/lang/acled_types.tsv", diags),
                    std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

DocumentFindings find_everything(const Document& doc, const Pipeline& p) {
    DocumentFindings f;
    f.mentions = gaz::find_mentions(doc, p.finder);
    f.document_date = events::find_document_date(doc, p.temporal, p.today);
    std::optional<std::chrono::sys_days> anchor;
    if (f.document_date.range) anchor = f.document_date.range->best();
    auto expressions = events::find_temporal_expressions(doc.text, p.temporal, anchor);
    f.dates = events::date_mentions(doc.text, f.mentions, expressions, f.document_date, p.clauses);
    f.events = events::label_events(doc.text, f.mentions, p.event_cues);
    return f;
}

std::vector<DocumentFindings> find_in_parallel(std::span<const Document> docs, const Pipeline& pipeline, unsigned jobs) {
    std::vector<DocumentFindings> found(docs.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < docs.size(); i = next++) found[i] = find_everything(docs[i], pipeline);
    };
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < std::min<std::size_t>(jobs, docs.size()); ++t) helpers.emplace_back(worker);
    worker();
    helpers.clear();  // joins: every result is written before `found` is returned
    return found;
}

}  // namespace frontmap::cli
