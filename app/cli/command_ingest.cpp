// frontmap ingest: dated, typed events from articles (or an ACLED export) into the event store,
// a GeoPackage or PostGIS database, one transaction per batch of documents.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "cli/pipeline.hpp"
#include "events/acled_types.hpp"
#include "events/assemble_events.hpp"
#include "geo/acled_csv.hpp"
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

struct IngestCounts {
    std::size_t read = 0, fresh = 0, changed = 0, unchanged = 0, events = 0, batches = 0;
};

// Options that shape what is read and written, parsed once.
struct IngestOptions {
    std::string db;
    std::size_t batch_size = 200;
    unsigned jobs = 1;
    bool force = false, stop_on_error = false;
    input::ReadOptions read;
    // FRONTMAP_TEST_PAUSE_IN_BATCH=K: stop in the middle of batch K's transaction until
    // killed, so tests can kill -9 a writer at a known point. 0 when unset.
    std::size_t pause_in_batch = 0;
};

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

// The pipeline on `jobs` threads; results keep document order.
// A document's store entry and events. A large file read in parts stores each part as its
// own document ("path@offset") so parts do not replace each other; offsets point into the file.
geo::DocumentBatchItem to_batch_item(const Document& d, const std::string& hash, const DocumentFindings& f,
                                     const events::AcledTypeMap& acled_types) {
    geo::DocumentBatchItem item;
    events::EventDocument& doc = item.document;
    doc.id = d.base_offset ? d.id + "@" + std::to_string(d.base_offset) : d.id;
    doc.path = d.path;
    doc.source = d.source;
    doc.title = d.title;
    doc.url = d.url;
    doc.format = d.format;
    doc.date = f.document_date.range;
    doc.date_how = f.document_date.how;
    doc.content_hash = hash;
    doc.bytes = d.text.size();
    item.events = events::assemble_events(doc.id, d.text, f.mentions, f.dates, f.events, acled_types);
    for (auto& e : item.events) {
        e.mention.doc_id = doc.id;
        e.mention.byte_begin += d.base_offset;
        e.mention.byte_end += d.base_offset;
    }
    return item;
}

class TextIngest {
public:
    TextIngest(geo::EventStore& store, const Pipeline& pipeline, const IngestOptions& options, std::ostream& err)
        : store_(store), pipeline_(pipeline), options_(options), err_(err) {}

    void add(Document&& d) {
        ++counts_.read;
        pending_.push_back(std::move(d));
        if (pending_.size() >= options_.batch_size) flush();
    }

    // Decides new/changed/unchanged, runs the pipeline on what must be written and writes it
    // as one transaction.
    void flush() {
        std::vector<Document> todo;
        std::vector<std::string> hashes;
        for (auto& d : pending_) {
            const std::string id = d.base_offset ? d.id + "@" + std::to_string(d.base_offset) : d.id;
            std::string hash = geo::sha256_hex(d.text);
            auto seen = seen_.find(id);
            const geo::DocumentState state = seen != seen_.end()
                                                 ? (seen->second == hash ? geo::DocumentState::unchanged : geo::DocumentState::changed)
                                                 : store_.state_of(id, hash);
            seen_[id] = hash;
            if (state == geo::DocumentState::unchanged) ++counts_.unchanged;
            else if (state == geo::DocumentState::changed) ++counts_.changed;
            else ++counts_.fresh;
            if (state == geo::DocumentState::unchanged && !options_.force) continue;
            todo.push_back(std::move(d));
            hashes.push_back(std::move(hash));
        }
        pending_.clear();
        if (todo.empty()) return;
        const auto found = find_in_parallel(todo, pipeline_, options_.jobs);
        std::vector<geo::DocumentBatchItem> items;
        for (std::size_t i = 0; i < todo.size(); ++i) items.push_back(to_batch_item(todo[i], hashes[i], found[i], pipeline_.acled_types));
        write(items);
    }

    void write(std::span<const geo::DocumentBatchItem> items) {
        const std::size_t number = ++counts_.batches;
        geo::EventStore::DocumentWritten observer;
        if (options_.pause_in_batch == number)
            observer = [&](std::size_t index) {
                if (index + 1 != (items.size() + 1) / 2) return;
                err_ << "frontmap: test pause in batch " << number << " after " << index + 1 << " documents" << std::endl;
                for (;;) ::pause();
            };
        try {
            counts_.events += store_.write_batch(items, observer).events_written;
        } catch (const geo::StoreError& e) {
            throw geo::StoreError(std::string(e.what()) + "; batch " + std::to_string(number) + " (" +
                                  std::to_string(items.size()) + " documents) was not written, earlier batches are stored");
        }
    }

    IngestCounts& counts() { return counts_; }

private:
    geo::EventStore& store_;
    const Pipeline& pipeline_;
    const IngestOptions& options_;
    std::ostream& err_;
    std::vector<Document> pending_;
    std::map<std::string, std::string> seen_;  // ids ingested in this run → hash (inputs named twice)
    IngestCounts counts_;
};

void ingest_acled(geo::EventStore& store, const std::string& path, const IngestOptions& options, Diagnostics& diags,
                  IngestCounts& counts) {
    const std::string lang = find_assets_dir() + "/lang/";
    const auto types = events::AcledTypeMap::load(lang + "acled_types.tsv", diags);
    const auto actors = geo::AcledActorSides::load(lang + "acled_actors.tsv", diags);
    geo::DocumentBatchItem item;
    const std::size_t skipped_before = diags.skipped_count();
    try {
        item = geo::read_acled_csv(path, types, actors, diags);
    } catch (const geo::AcledFileError& e) {
        diags.skip(path, e.what());
        return;
    }
    if (options.stop_on_error && diags.skipped_count() > skipped_before) {
        diags.warn(path, "not imported: it has bad rows and --stop-on-error is set");
        return;
    }
    ++counts.read;
    const auto state = store.state_of(item.document.id, item.document.content_hash);
    if (state == geo::DocumentState::unchanged) ++counts.unchanged;
    else if (state == geo::DocumentState::changed) ++counts.changed;
    else ++counts.fresh;
    if (state == geo::DocumentState::unchanged && !options.force) return;
    ++counts.batches;
    counts.events += store.write_batch(std::span(&item, 1)).events_written;
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
        const IngestCounts& c = ingest.counts();
        counts.read += c.read, counts.fresh += c.fresh, counts.changed += c.changed, counts.unchanged += c.unchanged;
        counts.events += c.events, counts.batches += c.batches;
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
