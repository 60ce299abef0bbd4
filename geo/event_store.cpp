#include "geo/event_store.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "geo/event_features.hpp"
#include "geo/event_schema.hpp"
#include "geo/store_dataset.hpp"
#include "geo/gdal_messages.hpp"

namespace frontmap::geo {

namespace s = schema;

struct EventStore::Impl {
    gdal::Dataset ds;
    std::string name;  // for messages: the path, or the connection string without password
    bool postgres = false;
    OGRLayerH events = nullptr, documents = nullptr, places = nullptr;

    ~Impl() {
        gdal::CollectedErrors quiet;  // closing must not print (a lost connection says so on close)
        ds.reset();
    }

    OGRLayerH layer(const std::string& layer_name) const;
    std::string failure(const std::string& what, const gdal::CollectedErrors& errors) const;
    std::vector<GIntBig> matching_fids(OGRLayerH layer, const std::string& filter, std::set<std::string>* keys) const;
    void delete_fids(OGRLayerH layer, const std::vector<GIntBig>& fids, const gdal::CollectedErrors& errors) const;
    void create(OGRLayerH layer, OGRFeatureH f, const gdal::CollectedErrors& errors) const;
    std::map<std::string, PlaceSummary> summaries_of(const std::string& key_filter, const gdal::CollectedErrors& errors) const;
    gaz::PlaceInfo place_from_events(const std::string& key) const;
    void replace_document(const DocumentBatchItem& item, std::chrono::system_clock::time_point now,
                          std::set<std::string>& touched, std::map<std::string, gaz::PlaceInfo>& written_places,
                          BatchResult& result, const gdal::CollectedErrors& errors) const;
    void update_places(const std::set<std::string>& keys, const std::map<std::string, gaz::PlaceInfo>& written,
                       const gdal::CollectedErrors& errors) const;
};

namespace {

constexpr std::size_t in_list_chunk = 200;

// "field IN ('a','b',…)" for values[begin, end).
std::string in_filter(const char* field, const std::vector<std::string>& values, std::size_t begin, std::size_t end) {
    std::string filter = std::string(field) + " IN (";
    for (std::size_t i = begin; i < end; ++i) filter += (i > begin ? "," : "") + gdal::sql_quote(values[i]);
    return filter + ")";
}

}  // namespace

const char* to_string(DocumentState state) {
    switch (state) {
    case DocumentState::new_document: return "new";
    case DocumentState::unchanged: return "unchanged";
    case DocumentState::changed: return "changed";
    }
    return "new";
}

const std::optional<std::string>& StoredRow::operator[](const std::string& field) const {
    static const std::optional<std::string> absent;
    auto it = fields.find(field);
    return it == fields.end() ? absent : it->second;
}

EventStore::EventStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventStore::EventStore(EventStore&&) noexcept = default;
EventStore& EventStore::operator=(EventStore&&) noexcept = default;
EventStore::~EventStore() = default;

const std::string& EventStore::name() const { return impl_->name; }
bool EventStore::is_postgres() const { return impl_->postgres; }

EventStore EventStore::open(const std::string& target) {
    auto impl = std::make_unique<Impl>();
    StoreDataset opened = open_store_dataset(target);
    impl->ds = std::move(opened.ds);
    impl->name = std::move(opened.name);
    impl->postgres = opened.postgres;
    impl->events = GDALDatasetGetLayerByName(impl->ds.get(), s::events_layer);
    impl->documents = GDALDatasetGetLayerByName(impl->ds.get(), s::documents_layer);
    impl->places = GDALDatasetGetLayerByName(impl->ds.get(), s::places_layer);
    if (!impl->events || !impl->documents || !impl->places)
        throw StoreError(impl->name + " lacks the events, documents or places layer");
    return EventStore(std::move(impl));
}

OGRLayerH EventStore::Impl::layer(const std::string& layer_name) const {
    if (layer_name == s::events_layer) return events;
    if (layer_name == s::documents_layer) return documents;
    if (layer_name == s::places_layer) return places;
    throw StoreError("the store has no layer " + layer_name);
}

std::string EventStore::Impl::failure(const std::string& what, const gdal::CollectedErrors& errors) const {
    const std::string why = one_line(errors.text());
    if (says_locked(why)) return name + " is locked by another process; try again when it finishes";
    return what + " in " + name + " failed: " + why;
}

// FIDs of the features that match `filter`; with `keys`, also collects their place keys.
std::vector<GIntBig> EventStore::Impl::matching_fids(OGRLayerH l, const std::string& filter, std::set<std::string>* keys) const {
    std::vector<GIntBig> fids;
    gdal::CollectedErrors errors;
    if (OGR_L_SetAttributeFilter(l, filter.c_str()) != OGRERR_NONE) throw StoreError(failure("filter " + filter, errors));
    OGR_L_ResetReading(l);
    const int key_index = keys ? OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(l), s::place_key) : -1;
    while (gdal::Feature f{OGR_L_GetNextFeature(l)}) {
        fids.push_back(OGR_F_GetFID(gdal::get(f)));
        if (key_index >= 0 && OGR_F_IsFieldSetAndNotNull(gdal::get(f), key_index))
            keys->insert(OGR_F_GetFieldAsString(gdal::get(f), key_index));
    }
    OGR_L_SetAttributeFilter(l, nullptr);
    if (!errors.empty()) throw StoreError(failure("reading " + filter, errors));
    return fids;
}

void EventStore::Impl::delete_fids(OGRLayerH l, const std::vector<GIntBig>& fids, const gdal::CollectedErrors& errors) const {
    for (GIntBig fid : fids)
        if (OGR_L_DeleteFeature(l, fid) != OGRERR_NONE) throw StoreError(failure("deleting a feature", errors));
}

void EventStore::Impl::create(OGRLayerH l, OGRFeatureH f, const gdal::CollectedErrors& errors) const {
    if (OGR_L_CreateFeature(l, f) != OGRERR_NONE) throw StoreError(failure("writing a feature", errors));
}

// Counts and date ranges of the events at `keys`, by one aggregate query per chunk in SQL that
// SQLite and PostgreSQL both read, so the work grows with the places touched, not with the
// events read back through OGR.
std::map<std::string, PlaceSummary> EventStore::Impl::summaries_of(const std::string& key_filter,
                                                                  const gdal::CollectedErrors& errors) const {
    const std::string sql = std::string("SELECT ") + s::place_key + ", COUNT(*) AS n, MIN(\"" + s::date + "\") AS first_day, MAX(\"" +
                            s::date + "\") AS last_day FROM " + s::events_layer + " WHERE " + key_filter + " GROUP BY " + s::place_key;
    OGRLayerH result = GDALDatasetExecuteSQL(ds.get(), sql.c_str(), nullptr, nullptr);
    if (!result) throw StoreError(failure("summing up places", errors));
    std::map<std::string, PlaceSummary> out;
    while (gdal::Feature f{OGR_L_GetNextFeature(result)}) {
        PlaceSummary& summary = out[OGR_F_GetFieldAsString(gdal::get(f), 0)];
        summary.mentions = OGR_F_GetFieldAsInteger64(gdal::get(f), 1);
        summary.first_date = iso_day_of_field(gdal::get(f), 2);
        summary.last_date = iso_day_of_field(gdal::get(f), 3);
    }
    GDALDatasetReleaseResultSet(ds.get(), result);
    return out;
}

// A place whose row is missing although events are there (a store written by an older
// version): take it from one of its events.
gaz::PlaceInfo EventStore::Impl::place_from_events(const std::string& key) const {
    OGR_L_SetAttributeFilter(events, (std::string(s::place_key) + " = " + gdal::sql_quote(key)).c_str());
    OGR_L_ResetReading(events);
    gdal::Feature f{OGR_L_GetNextFeature(events)};
    OGR_L_SetAttributeFilter(events, nullptr);
    return f ? place_of_event_feature(gdal::get(f)) : gaz::PlaceInfo{};
}

void EventStore::Impl::update_places(const std::set<std::string>& key_set, const std::map<std::string, gaz::PlaceInfo>& written,
                                     const gdal::CollectedErrors& errors) const {
    const std::vector<std::string> keys(key_set.begin(), key_set.end());
    for (std::size_t begin = 0; begin < keys.size(); begin += in_list_chunk) {
        const std::string filter = in_filter(s::place_key, keys, begin, std::min(keys.size(), begin + in_list_chunk));
        auto summaries = summaries_of(filter, errors);
        // Rows are changed after reading them: updating a table while a statement reads it is
        // not something every driver allows.
        std::vector<gdal::Feature> rows;
        OGR_L_SetAttributeFilter(places, filter.c_str());
        OGR_L_ResetReading(places);
        while (gdal::Feature f{OGR_L_GetNextFeature(places)}) rows.push_back(std::move(f));
        OGR_L_SetAttributeFilter(places, nullptr);
        const int key_index = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(places), s::place_key);
        for (auto& row : rows) {
            auto it = summaries.find(OGR_F_GetFieldAsString(gdal::get(row), key_index));
            if (it == summaries.end()) {
                delete_fids(places, {OGR_F_GetFID(gdal::get(row))}, errors);
                continue;
            }
            set_place_summary(gdal::get(row), it->second);
            if (OGR_L_SetFeature(places, gdal::get(row)) != OGRERR_NONE) throw StoreError(failure("updating a place", errors));
            summaries.erase(it);
        }
        for (const auto& [key, summary] : summaries) {
            auto w = written.find(key);
            gdal::Feature place{OGR_F_Create(OGR_L_GetLayerDefn(places))};
            fill_place_feature(gdal::get(place), key, w != written.end() ? w->second : place_from_events(key), summary);
            create(places, gdal::get(place), errors);
        }
    }
}

DocumentState EventStore::state_of(const std::string& doc_id, const std::string& content_hash) const {
    gdal::CollectedErrors errors;
    OGRLayerH l = impl_->documents;
    const std::string filter = std::string(s::doc) + " = " + gdal::sql_quote(doc_id);
    if (OGR_L_SetAttributeFilter(l, filter.c_str()) != OGRERR_NONE) throw StoreError(impl_->failure("looking up " + doc_id, errors));
    OGR_L_ResetReading(l);
    gdal::Feature f{OGR_L_GetNextFeature(l)};
    std::string stored;
    if (f) stored = OGR_F_GetFieldAsString(gdal::get(f), OGR_F_GetFieldIndex(gdal::get(f), s::content_hash));
    OGR_L_SetAttributeFilter(l, nullptr);
    if (!errors.empty() && !f) throw StoreError(impl_->failure("looking up " + doc_id, errors));
    if (!f) return DocumentState::new_document;
    return stored == content_hash ? DocumentState::unchanged : DocumentState::changed;
}

// Writes one document and its events in place of what the store had under its id.
void EventStore::Impl::replace_document(const DocumentBatchItem& item, std::chrono::system_clock::time_point now,
                                        std::set<std::string>& touched, std::map<std::string, gaz::PlaceInfo>& written_places,
                                        BatchResult& result, const gdal::CollectedErrors& errors) const {
    const std::string by_doc = std::string(s::doc) + " = " + gdal::sql_quote(item.document.id);
    auto old_events = matching_fids(events, by_doc, &touched);
    delete_fids(events, old_events, errors);
    result.events_removed += old_events.size();
    delete_fids(documents, matching_fids(documents, by_doc, nullptr), errors);
    // Event ids are unique in the store; an id stored under another document (an ACLED event
    // in two overlapping exports) moves to this one.
    std::vector<std::string> ids;
    for (const auto& e : item.events) ids.push_back(e.id);
    for (std::size_t b = 0; b < ids.size(); b += in_list_chunk) {
        auto moved = matching_fids(events, in_filter(s::event_id, ids, b, std::min(ids.size(), b + in_list_chunk)), &touched);
        delete_fids(events, moved, errors);
        result.events_removed += moved.size();
    }
    gdal::Feature doc{OGR_F_Create(OGR_L_GetLayerDefn(documents))};
    fill_document_feature(gdal::get(doc), item.document, now);
    create(documents, gdal::get(doc), errors);
    for (const auto& e : item.events) {
        gdal::Feature f{OGR_F_Create(OGR_L_GetLayerDefn(events))};
        fill_event_feature(gdal::get(f), e, item.document.id);
        create(events, gdal::get(f), errors);
        const std::string key = place_key(e.mention.place);
        touched.insert(key);
        written_places.try_emplace(key, e.mention.place);
    }
}

BatchResult EventStore::write_batch(std::span<const DocumentBatchItem> items, const DocumentWritten& observer) {
    gdal::CollectedErrors errors;
    Impl& st = *impl_;
    if (GDALDatasetStartTransaction(st.ds.get(), FALSE) != OGRERR_NONE)
        throw StoreError(st.failure("starting a transaction", errors));
    BatchResult result;
    try {
        const auto now = std::chrono::system_clock::now();
        std::set<std::string> touched;
        std::map<std::string, gaz::PlaceInfo> written_places;
        for (std::size_t i = 0; i < items.size(); ++i) {
            st.replace_document(items[i], now, touched, written_places, result, errors);
            ++result.documents;
            result.events_written += items[i].events.size();
            if (observer) observer(i);
        }
        st.update_places(touched, written_places, errors);
        result.places_touched = touched.size();
        if (GDALDatasetCommitTransaction(st.ds.get()) != OGRERR_NONE) throw StoreError(st.failure("committing the batch", errors));
    } catch (...) {
        GDALDatasetRollbackTransaction(st.ds.get());
        throw;
    }
    return result;
}

std::vector<StoredRow> EventStore::rows(const std::string& layer_name, const std::string& attribute_filter) const {
    gdal::CollectedErrors errors;
    OGRLayerH l = impl_->layer(layer_name);
    if (OGR_L_SetAttributeFilter(l, attribute_filter.empty() ? nullptr : attribute_filter.c_str()) != OGRERR_NONE)
        throw StoreError(impl_->failure("filter " + attribute_filter, errors));
    OGR_L_ResetReading(l);
    std::vector<StoredRow> out;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    while (gdal::Feature f{OGR_L_GetNextFeature(l)}) {
        StoredRow row;
        OGRFeatureH h = gdal::get(f);
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
            OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
            std::optional<std::string> value;
            if (OGR_F_IsFieldSetAndNotNull(h, i)) {
                const OGRFieldType type = OGR_Fld_GetType(fd);
                if (type == OFTDate || type == OFTDateTime) {
                    int y = 0, mo = 0, d = 0, hh = 0, mi = 0, tz = 0;
                    float sec = 0;
                    OGR_F_GetFieldAsDateTimeEx(h, i, &y, &mo, &d, &hh, &mi, &sec, &tz);
                    char buf[32];
                    if (type == OFTDate) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
                    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, hh, mi, static_cast<int>(sec));
                    value = buf;
                } else {
                    value = OGR_F_GetFieldAsString(h, i);
                }
            }
            row.fields[OGR_Fld_GetNameRef(fd)] = value;
        }
        if (OGRGeometryH g = OGR_F_GetGeometryRef(h); g && !OGR_G_IsEmpty(g)) {
            row.lon = OGR_G_GetX(g, 0);
            row.lat = OGR_G_GetY(g, 0);
        }
        out.push_back(std::move(row));
    }
    OGR_L_SetAttributeFilter(l, nullptr);
    return out;
}

std::size_t EventStore::count(const std::string& layer_name) const {
    gdal::CollectedErrors quiet;
    OGRLayerH l = impl_->layer(layer_name);
    OGR_L_SetAttributeFilter(l, nullptr);
    const GIntBig n = OGR_L_GetFeatureCount(l, TRUE);
    return n < 0 ? 0 : static_cast<std::size_t>(n);
}

}  // namespace frontmap::geo
