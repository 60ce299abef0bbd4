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

std::set<std::string> with_pipeline_options(std::set<std::string> valued) {
    valued.insert({"--gazetteer", "--min-score", "--today", "--date", "-j", "--jobs"});
    return valued;
}

PipelineOptions parse_pipeline_options(const Arguments& a) {
    PipelineOptions o;
    o.gazetteer = a.value("--gazetteer");
    if (auto ms = a.value("--min-score")) {
        std::size_t used = 0;
        try {
            o.min_score = std::stod(*ms, &used);
        } catch (...) {
        }
        if (!o.min_score || used != ms->size()) throw UsageError("--min-score needs a number, not " + *ms);
    }
    if (auto t = a.value("--today")) {
        o.today = events::parse_iso_date(*t);
        if (!o.today || t->size() != 10) throw UsageError("--today must be YYYY-MM-DD, not " + *t);
    }
    if (auto d = a.value("--date")) {
        if (!events::parse_iso_date(*d)) throw UsageError("--date must be YYYY-MM-DD, not " + *d);
        o.date = *d;
    }
    if (auto j = a.value("-j") ? a.value("-j") : a.value("--jobs")) {
        std::size_t used = 0;
        unsigned long n = 0;
        try {
            n = std::stoul(*j, &used);
        } catch (...) {
            used = 0;
        }
        if (used == 0 || used != j->size()) throw UsageError("-j needs a number of threads, not " + *j);
        o.jobs = n == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(n);
    }
    return o;
}

Pipeline load_pipeline(const PipelineOptions& options, Diagnostics& diags, std::ostream& err) {
    Pipeline p{load_mention_finder(options.gazetteer, diags, err),
                    events::TemporalLexicon::load(find_assets_dir() + "/lang/temporal.tsv", diags),
                    events::EventLexicon::load(find_assets_dir() + "/lang/event_cues.tsv", diags),
                    events::ClauseLexicon::load(find_assets_dir() + "/lang/clauses.tsv", diags),
                    events::AcledTypeMap::load(find_assets_dir() + "/lang/acled_types.tsv", diags),
                    options.today ? *options.today
                                  : std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    if (options.min_score) p.finder.resolve.min_score = *options.min_score;
    return p;
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
    f.acled.reserve(f.events.size());
    for (const auto& label : f.events) f.acled.push_back(p.acled_types.to_acled(label));
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
