#include "cli/ingest_job.hpp"

#include <unistd.h>

#include "cli/paths.hpp"
#include "events/acled_types.hpp"
#include "events/assemble_events.hpp"
#include "geo/acled_csv.hpp"

namespace frontmap::cli {

namespace {

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

}  // namespace

IngestCounts& IngestCounts::operator+=(const IngestCounts& o) {
    read += o.read, fresh += o.fresh, changed += o.changed, unchanged += o.unchanged;
    events += o.events, batches += o.batches;
    return *this;
}

TextIngest::TextIngest(geo::EventStore& store, const Pipeline& pipeline, const IngestOptions& options, std::ostream& err)
    : store_(store), pipeline_(pipeline), options_(options), err_(err) {}

void TextIngest::add(Document&& d) {
    ++counts_.read;
    pending_.push_back(std::move(d));
    if (pending_.size() >= options_.batch_size) flush();
}

void TextIngest::flush() {
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

void TextIngest::write(std::span<const geo::DocumentBatchItem> items) {
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

}  // namespace frontmap::cli
