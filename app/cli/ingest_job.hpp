#pragma once
// Ingesting documents into an event store: the pipeline over batches of documents, each batch
// one transaction, unchanged documents skipped; and ACLED exports. Shared by `frontmap ingest`
// and the viewer's background ingest of dropped files.
#include <cstddef>
#include <functional>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "cli/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "core/document.hpp"
#include "geo/event_store.hpp"
#include "input/read_documents.hpp"

namespace frontmap::cli {

struct IngestCounts {
    std::size_t read = 0, fresh = 0, changed = 0, unchanged = 0, events = 0, batches = 0;
    IngestCounts& operator+=(const IngestCounts& o);
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

// Documents in, batches out: decides new/changed/unchanged per document, runs the pipeline on
// what must be written and writes each batch as one transaction. Throws geo::StoreError when
// a batch cannot be written (earlier batches are stored).
class TextIngest {
public:
    TextIngest(geo::EventStore& store, const Pipeline& pipeline, const IngestOptions& options, std::ostream& err);

    void add(Document&& d);
    void flush();
    const IngestCounts& counts() const { return counts_; }

private:
    void write(std::span<const geo::DocumentBatchItem> items);

    geo::EventStore& store_;
    const Pipeline& pipeline_;
    const IngestOptions& options_;
    std::ostream& err_;
    std::vector<Document> pending_;
    std::map<std::string, std::string> seen_;  // ids ingested in this run → hash (inputs named twice)
    IngestCounts counts_;
};

// One ACLED CSV export as one document; bad rows are reported to `diags` and skipped, a file
// that is no ACLED export is reported and skipped whole.
void ingest_acled(geo::EventStore& store, const std::string& path, const IngestOptions& options, Diagnostics& diags,
                  IngestCounts& counts);

}  // namespace frontmap::cli
