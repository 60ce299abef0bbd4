#include "view/background_ingest.hpp"

#include <fstream>
#include <sstream>
#include <utility>

#include "cli/ingest_job.hpp"
#include "cli/pipeline.hpp"
#include "geo/event_store.hpp"
#include "input/read_documents.hpp"

namespace frontmap::view {

bool is_acled_export(const std::string& path) {
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".csv") != 0) return false;
    std::ifstream in(path);
    std::string header;
    std::getline(in, header);
    return header.find("event_date") != std::string::npos && header.find("latitude") != std::string::npos;
}

BackgroundIngest::BackgroundIngest() = default;

BackgroundIngest::~BackgroundIngest() {
    if (worker_.joinable()) worker_.join();
}

bool BackgroundIngest::start(const std::string& store, std::vector<std::string> paths) {
    if (running_) return false;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    read_ = 0;
    worker_ = std::thread([this, store, paths = std::move(paths)]() mutable { run(store, std::move(paths)); });
    return true;
}

bool BackgroundIngest::take_finished() { return finished_.exchange(false); }

std::vector<std::string> BackgroundIngest::take_messages() {
    std::lock_guard lock(mutex_);
    return std::exchange(messages_, {});
}

void BackgroundIngest::say(std::string message) {
    std::lock_guard lock(mutex_);
    messages_.push_back(std::move(message));
}

void BackgroundIngest::run(std::string store_path, std::vector<std::string> paths) {
    Diagnostics diags;
    std::ostringstream log;
    cli::IngestCounts counts;
    auto report = [&] {
        for (const auto& d : diags.take()) say(d.where + ": " + d.message);
        if (!log.str().empty()) say(log.str()), log.str("");
    };
    try {
        geo::EventStore store = geo::EventStore::open(store_path);
        cli::IngestOptions options;
        options.db = store_path;
        std::vector<std::string> texts;
        for (const auto& p : paths) {
            if (is_acled_export(p)) cli::ingest_acled(store, p, options, diags, counts);
            else texts.push_back(p);
        }
        report();
        if (!texts.empty()) {
            if (!pipeline_) {
                say("loading the gazetteer and language files…");
                pipeline_ = std::make_unique<cli::Pipeline>(cli::load_pipeline({}, diags, log));
                report();
            }
            cli::TextIngest ingest(store, *pipeline_, options, log);
            input::read_documents(texts, options.read, diags, [&](Document&& d) {
                ingest.add(std::move(d));
                ++read_;
                report();
            });
            ingest.flush();
            counts += ingest.counts();
        }
        report();
        say("ingested " + std::to_string(counts.read) + " documents (" + std::to_string(counts.fresh) + " new, " +
            std::to_string(counts.changed) + " changed, " + std::to_string(counts.unchanged) + " unchanged, " +
            std::to_string(diags.skipped_count()) + " skipped): " + std::to_string(counts.events) + " events");
        skipped_ += diags.skipped_count();
        if (counts.events > 0 || counts.changed > 0) finished_ = true;
    } catch (const std::exception& e) {
        report();
        say(std::string("ingest stopped: ") + e.what() + " (batches written before it are kept)");
        skipped_ += diags.skipped_count() + 1;
        if (counts.events > 0) finished_ = true;
    }
    running_ = false;
}

}  // namespace frontmap::view
