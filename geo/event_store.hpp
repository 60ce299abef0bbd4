#pragma once
// The event store: dated, typed events, the documents they came from and the places they
// happened at, in a GeoPackage file or a PostGIS database (layers and fields in
// geo/event_schema.hpp). Both go through the same GDAL code; only opening differs.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.hpp"

namespace frontmap::geo {

// Every failure of the store: the message names the store and says what to do.
struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class DocumentState { new_document, unchanged, changed };
const char* to_string(DocumentState state);  // "new", "unchanged", "changed"

// One document and all of its events, written (or replaced) together.
struct DocumentBatchItem {
    events::EventDocument document;
    std::vector<events::Event> events;
};

struct BatchResult {
    std::size_t documents = 0;        // rows written to `documents`
    std::size_t events_written = 0;
    std::size_t events_removed = 0;   // old events of changed documents, or moved from another document
    std::size_t places_touched = 0;   // place rows recomputed
};

// A row read back from a layer: field name → value as text (nullopt for NULL), plus the point.
struct StoredRow {
    std::map<std::string, std::optional<std::string>> fields;
    std::optional<double> lon, lat;
    const std::optional<std::string>& operator[](const std::string& field) const;
};

// The key of a place in the `places` layer: "gn:<geonameid>", else "ll:<lat>,<lon>:<name>".
std::string place_key(const gaz::PlaceInfo& place);

// Hex SHA-256 of `bytes` (documents' content_hash).
std::string sha256_hex(std::string_view bytes);

class EventStore {
public:
    // `target` is a .gpkg path (created with the three layers when missing) or a "PG:…"
    // connection string (layers created when missing). Throws StoreError: not a GeoPackage,
    // locked by another process, cannot connect, no permission.
    static EventStore open(const std::string& target);

    EventStore(EventStore&&) noexcept;
    EventStore& operator=(EventStore&&) noexcept;
    ~EventStore();

    // What re-ingesting a document with this content would do.
    DocumentState state_of(const std::string& doc_id, const std::string& content_hash) const;

    // Called inside the transaction after each document is written (for tests that kill the
    // process in the middle of a batch).
    using DocumentWritten = std::function<void(std::size_t index)>;

    // Writes the documents and their events in one transaction: a document already stored is
    // replaced (row and events), events whose id is stored under another document move to
    // this one, and the `places` rows of every place touched are recomputed from `events`.
    // On any failure the transaction is rolled back and StoreError thrown: all or nothing.
    BatchResult write_batch(std::span<const DocumentBatchItem> items, const DocumentWritten& observer = {});

    // Reads a layer back (schema::events_layer…), optionally filtered by an OGR attribute
    // filter ("doc = 'x'"), in FID order. For tests and small exports.
    std::vector<StoredRow> rows(const std::string& layer, const std::string& attribute_filter = {}) const;
    std::size_t count(const std::string& layer) const;

    // The target as given, without any password (for messages).
    const std::string& name() const;
    bool is_postgres() const;

private:
    struct Impl;
    explicit EventStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontmap::geo
