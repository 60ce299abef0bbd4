// frontmap ingest: dated, typed events from articles (or an ACLED export) into the event store,
// a GeoPackage or PostGIS database, one transaction per batch of documents.
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "cli/ingest_job.hpp"
#include "cli/pipeline.hpp"
#include "geo/event_store.hpp"
#include "input/read_documents.hpp"

namespace frontmap::cli {

const char* const ingest_help = R"(usage: frontmap ingest --db STORE [options] INPUT...
       frontmap ingest --db STORE --acled FILE.csv [INPUT...]

Stores the events the input documents report (one per place mention: place, date, type,
actor, source sentence) in a GeoPackage or PostGIS database, with the documents they came
from and one row per place. Re-ingesting skips unchanged documents and replaces the events of
changed ones; each batch of documents is one transaction, written whole or not at all.

Store:
  --db STORE            a GeoPackage file (created when missing): events.gpkg
                        or PostgreSQL with PostGIS: PG:"dbname=war host=localhost port=5432"
                        Layers: events (points), documents, places (points, one per place)
  --batch N             documents per transaction (default 200)
  --force               re-ingest documents even when their text is unchanged (after a
                        gazetteer or frontmap update)
Inputs:
  INPUT                 a text, HTML or Markdown file; a folder (read recursively, sorted);
                        a JSONL file of documents {"id","text"[,"date","title","url","source"]};
                        or - for standard input
  --acled FILE.csv      an ACLED CSV export: one event per row (document "acled:<file name>")
Options:
  --date YYYY-MM-DD     document date for inputs that carry none
  --today YYYY-MM-DD    the day the texts are read on (default: the system clock's): a text
                        that writes no year has "December 11" read as the latest such day
  --gazetteer G         an imported gazetteer name, an index file (.fmgaz), or a GeoNames or
                        TSV source file added to the bundled sources (default: bundled)
  --min-score X         drop mentions scored below X (default 0.05)
  -j, --jobs N          worker threads (default 1); what is stored does not depend on N
  --stop-on-error       stop at the first bad input instead of skipping it
Exit status: 0 ok, 1 some input was skipped (see messages), 2 usage or input error (a store
that cannot be opened or written; the batch being written is left out whole).
)";

namespace {

std::size_t parse_count(const std::optional<std::string>& value, const char* option, std::size_t fallback) {
    if (!value) return fallback;
    try {
        std::size_t used = 0;
        const unsigned long n = std::stoul(*value, &used);
        if (used == value->size()) return n;
    } catch (...) {
    }
    throw UsageError(std::string(option) + " needs a whole number, not " + *value);
}

IngestOptions parse_options(const Arguments& a) {
    IngestOptions o;
    o.db = a.value_or("--db", "");
    if (o.db.empty()) throw UsageError("ingest needs --db STORE (events.gpkg or PG:\"dbname=…\")");
    if (a.positionals().empty() && !a.value("--acled"))
        throw UsageError("ingest needs at least one INPUT (a file, a folder or -) or --acled FILE.csv");
    o.batch_size = parse_count(a.value("--batch"), "--batch", 200);
    if (o.batch_size == 0) throw UsageError("--batch must be at least 1");
    o.force = a.flag("--force");
    o.stop_on_error = a.flag("--stop-on-error");
    if (const char* pause = std::getenv("FRONTMAP_TEST_PAUSE_IN_BATCH"))
        o.pause_in_batch = std::strtoul(pause, nullptr, 10);
    return o;
}

}  // namespace

int run_ingest(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args, with_pipeline_options({"--db", "--batch", "--acled"}),
                {"--force", "--stop-on-error", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << ingest_help;
        return 0;
    }
    IngestOptions options = parse_options(a);
    const PipelineOptions pipeline_options = parse_pipeline_options(a);
    options.jobs = pipeline_options.jobs;
    options.read.date = pipeline_options.date;
    // Open (or create) the store first: a locked or foreign file is refused before any work.
    geo::EventStore store = geo::EventStore::open(options.db);
    Diagnostics diags;
    IngestCounts counts;
    if (auto acled = a.value("--acled")) ingest_acled(store, *acled, options, diags, counts);
    print_diagnostics(diags.take(), err);
    if (!a.positionals().empty() && !(options.stop_on_error && diags.skipped_count() > 0)) {
        Pipeline pipeline = load_pipeline(pipeline_options, diags, err);
        print_diagnostics(diags.take(), err);
        TextIngest ingest(store, pipeline, options, err);
        bool stopped = false;
        input::read_documents(a.positionals(), options.read, diags, [&](Document&& d) {
            if (stopped) return;
            ingest.add(std::move(d));
            if (options.stop_on_error && diags.skipped_count() > 0) stopped = true;
            print_diagnostics(diags.take(), err);
        });
        ingest.flush();
        counts += ingest.counts();
    }
    print_diagnostics(diags.take(), err);
    const std::size_t skipped = diags.skipped_count();
    err << "frontmap: ingest into " << store.name() << ": " << counts.read << " documents (" << counts.fresh << " new, "
        << counts.changed << " changed, " << counts.unchanged << " unchanged, " << skipped << " skipped), "
        << counts.events << " events written in " << counts.batches << " transactions\n";
    if (skipped > 0 && counts.read == 0) return 2;
    return skipped > 0 ? 1 : 0;
}

}  // namespace frontmap::cli
