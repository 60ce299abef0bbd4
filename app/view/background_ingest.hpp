#pragma once
// Files and folders dropped on the viewer, ingested into its event store on a worker thread
// with the same pipeline and transactions as `frontmap ingest`, so the window stays
// responsive; progress, messages and completion are read by the UI each frame.
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap::cli {
struct Pipeline;
}

namespace frontmap::view {

// A .csv whose header has ACLED's columns (event_date, latitude…).
bool is_acled_export(const std::string& path);

class BackgroundIngest {
public:
    BackgroundIngest();
    ~BackgroundIngest();  // waits for a running ingest to finish its batch
    BackgroundIngest(const BackgroundIngest&) = delete;
    BackgroundIngest& operator=(const BackgroundIngest&) = delete;

    // Starts ingesting `paths` into `store` (a GeoPackage path or "PG:…"); false while one runs.
    // A .csv with ACLED's columns is imported as an ACLED export.
    bool start(const std::string& store, std::vector<std::string> paths);
    bool running() const { return running_; }
    std::size_t documents_read() const { return read_; }
    std::size_t skipped() const { return skipped_; }  // inputs skipped in all ingests so far
    // True once after an ingest finished that wrote something: time to reload the store.
    bool take_finished();
    // Messages since the last call ("path:line: what was wrong", and a summary at the end).
    std::vector<std::string> take_messages();

private:
    void run(std::string store, std::vector<std::string> paths);
    void say(std::string message);

    std::unique_ptr<cli::Pipeline> pipeline_;  // loaded on the first ingest, kept for the next
    std::thread worker_;
    std::atomic<bool> running_{false}, finished_{false};
    std::atomic<std::size_t> read_{0}, skipped_{0};
    std::mutex mutex_;
    std::vector<std::string> messages_;
};

}  // namespace frontmap::view
