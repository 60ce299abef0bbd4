// End-to-end extraction throughput with the full bundled gazetteer: documents read as the CLI
// reads them, find_mentions on one thread and on N threads, plus the start-up costs a user
// pays (one-off index build into an empty cache, then opening the built index) and peak RSS.
//
//   extract_bench [--repeat N] [--threads N] [PATH...]
//
// PATHs are anything `frontmap extract` accepts (JSONL, text, folders). Without PATHs it reads
// the peer evaluation corpora (English news, ../shared/eval/peers/*.jsonl next to the
// repository) and assets/samples/ (English, Ukrainian and Russian front-line reports).
// The corpus is processed `--repeat` times (default: enough for 50 MB) per configuration.
// Prints a readable report and one `RESULT {json}` line for scripts.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "cli/load_finder.hpp"
#include "gazetteer/find_mentions.hpp"
#include "input/read_documents.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
using frontmap::Document;

constexpr double kMB = 1e6;
constexpr double kTargetBytes = 50 * kMB;

double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

double peak_rss_mb(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

struct Options {
    std::vector<std::string> inputs;
    unsigned repeat = 0;  // 0: enough passes for kTargetBytes
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

unsigned parse_count(const std::string& flag, const char* value) {
    if (!value) throw std::invalid_argument(flag + " needs a number");
    unsigned long n = std::stoul(value);
    if (n == 0 || n > 100000) throw std::invalid_argument(flag + " must be between 1 and 100000");
    return static_cast<unsigned>(n);
}

std::vector<std::string> default_inputs() {
    std::vector<std::string> inputs;
    const fs::path peers = fs::path(FRONTMAP_ASSETS_DIR) / ".." / ".." / "shared" / "eval" / "peers";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(peers, ec)) {
        const std::string name = entry.path().filename().string();
        // *.types.jsonl hold annotations without text.
        if (entry.path().extension() == ".jsonl" && name.find(".types.") == std::string::npos)
            inputs.push_back(fs::weakly_canonical(entry.path()).string());
    }
    std::sort(inputs.begin(), inputs.end());
    const fs::path samples = fs::path(FRONTMAP_ASSETS_DIR) / "samples";
    if (fs::is_directory(samples)) inputs.push_back(samples.string());
    return inputs;
}

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat") o.repeat = parse_count(arg, i + 1 < argc ? argv[++i] : nullptr);
        else if (arg == "--threads") o.threads = parse_count(arg, i + 1 < argc ? argv[++i] : nullptr);
        else if (arg.starts_with("--")) throw std::invalid_argument("unknown option " + arg);
        else o.inputs.push_back(arg);
    }
    if (o.inputs.empty()) o.inputs = default_inputs();
    if (o.inputs.empty()) throw std::invalid_argument("no corpus found; pass JSONL or text files");
    return o;
}

// A temporary cache folder, so the build is measured from empty and the user's cache is untouched.
class TempCacheDir {
public:
    TempCacheDir() {
        std::string pattern = (fs::temp_directory_path() / "frontmap-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary cache folder");
        path_ = pattern;
        ::setenv("FRONTMAP_CACHE_DIR", path_.c_str(), 1);
    }
    ~TempCacheDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempCacheDir(const TempCacheDir&) = delete;
    TempCacheDir& operator=(const TempCacheDir&) = delete;

private:
    std::string path_;
};

struct IndexBuild {
    double seconds = 0;
    double peak_rss_mb = 0;
};

// Built in a child process so the builder's memory does not count in the extraction's peak RSS
// (users pay it once, not on every run).
IndexBuild time_index_build() {
    const auto t0 = Clock::now();
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        frontmap::Diagnostics diags;
        std::ostringstream progress;
        try {
            frontmap::cli::load_mention_finder(std::nullopt, diags, progress);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "index build failed: %s\n", e.what());
            ::_exit(1);
        }
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("index build failed");
    return {seconds_since(t0), peak_rss_mb(RUSAGE_CHILDREN)};
}

// Opening the built index: language data, fingerprint check, mmap. Median of a few runs.
double time_start(frontmap::gaz::MentionFinder& finder) {
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        frontmap::Diagnostics diags;
        std::ostringstream progress;
        const auto t0 = Clock::now();
        finder = frontmap::cli::load_mention_finder(std::nullopt, diags, progress);
        runs.push_back(seconds_since(t0));
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

struct Corpus {
    std::vector<Document> docs;
    std::size_t bytes = 0;
    std::size_t skipped = 0;
};

Corpus read_corpus(const std::vector<std::string>& inputs) {
    Corpus c;
    frontmap::Diagnostics diags;
    frontmap::input::read_documents(inputs, {}, diags, [&](Document&& d) {
        c.bytes += d.text.size();
        c.docs.push_back(std::move(d));
    });
    c.skipped = diags.skipped_count();
    return c;
}

struct Throughput {
    unsigned threads = 1;
    double seconds = 0;
    std::size_t bytes = 0, docs = 0, mentions = 0;
    double mb_per_s() const { return static_cast<double>(bytes) / kMB / seconds; }
    double docs_per_s() const { return static_cast<double>(docs) / seconds; }
    double mentions_per_s() const { return static_cast<double>(mentions) / seconds; }
};

// Like the CLI's -j: threads take the next document from a shared counter.
Throughput run_extraction(const Corpus& corpus, unsigned repeat, unsigned threads,
                          const frontmap::gaz::MentionFinder& finder) {
    const std::size_t total = corpus.docs.size() * repeat;
    std::atomic<std::size_t> next{0}, mentions{0};
    auto work = [&] {
        std::size_t found = 0;
        for (std::size_t i = next++; i < total; i = next++)
            found += frontmap::gaz::find_mentions(corpus.docs[i % corpus.docs.size()], finder).size();
        mentions += found;
    };
    const auto t0 = Clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
    return {threads, seconds_since(t0), corpus.bytes * repeat, total, mentions.load()};
}

// JSONL files by name; loose text files by their folder ("samples/").
std::string corpus_part_name(const Document& doc) {
    const fs::path path(doc.path);
    if (doc.format == "jsonl") return path.filename().string();
    return path.parent_path().filename().string() + "/";
}

// One pass per input file, single-threaded: English and Cyrillic text cost differently.
std::map<std::string, Throughput> throughput_by_file(const Corpus& corpus,
                                                     const frontmap::gaz::MentionFinder& finder) {
    std::map<std::string, Throughput> by_file;
    for (const auto& doc : corpus.docs) {
        const auto t0 = Clock::now();
        const std::size_t found = frontmap::gaz::find_mentions(doc, finder).size();
        Throughput& t = by_file[corpus_part_name(doc)];
        t.seconds += seconds_since(t0);
        t.bytes += doc.text.size();
        t.docs += 1;
        t.mentions += found;
    }
    return by_file;
}

std::string json_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    return out;
}

std::string throughput_json(const Throughput& t) {
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "{\"threads\":%u,\"seconds\":%.3f,\"mb\":%.1f,\"mb_per_s\":%.2f,\"mb_per_s_per_thread\":%.2f,"
                  "\"docs_per_s\":%.0f,\"mentions_per_s\":%.0f,\"mentions\":%zu}",
                  t.threads, t.seconds, static_cast<double>(t.bytes) / kMB, t.mb_per_s(),
                  t.mb_per_s() / t.threads, t.docs_per_s(), t.mentions_per_s(), t.mentions);
    return buf;
}

void print_throughput(const char* label, const Throughput& t) {
    std::printf("%-22s %8.2f MB/s %8.2f MB/s/thread %9.0f docs/s %10.0f mentions/s  (%.1f MB in %.2f s)\n",
                label, t.mb_per_s(), t.mb_per_s() / t.threads, t.docs_per_s(), t.mentions_per_s(),
                static_cast<double>(t.bytes) / kMB, t.seconds);
}

// The RESULT line: every figure of the report, for scripts (bench/run_extract_bench.sh).
std::string result_json(const IndexBuild& build, double start_s, double rss_mb, const Corpus& corpus,
                        unsigned repeat, const std::vector<Throughput>& configs,
                        const std::map<std::string, Throughput>& by_file) {
    std::string json = "{\"index_build_s\":" + std::to_string(build.seconds) +
                       ",\"index_build_peak_rss_mb\":" + std::to_string(build.peak_rss_mb) +
                       ",\"start_s\":" + std::to_string(start_s) + ",\"peak_rss_mb\":" + std::to_string(rss_mb) +
                       ",\"corpus_mb\":" + std::to_string(static_cast<double>(corpus.bytes) / kMB) +
                       ",\"docs\":" + std::to_string(corpus.docs.size()) + ",\"repeat\":" + std::to_string(repeat) +
                       ",\"runs\":[";
    for (std::size_t i = 0; i < configs.size(); ++i) {
        if (i) json += ',';
        json += throughput_json(configs[i]);
    }
    json += "],\"by_file\":{";
    bool first = true;
    for (const auto& [file, t] : by_file) {
        json += first ? "\"" : ",\"";
        json += json_escape(file);
        json += "\":";
        json += throughput_json(t);
        first = false;
    }
    json += "}}";
    return json;
}

int run(const Options& options) {
    TempCacheDir cache;
    const IndexBuild build = time_index_build();
    std::printf("index build (empty cache): %.2f s, peak RSS %.0f MB (separate process)\n",
                build.seconds, build.peak_rss_mb);

    frontmap::gaz::MentionFinder finder;
    const double start_s = time_start(finder);
    std::printf("start with built index:    %.3f s (load_mention_finder, median of 5, page cache warm)\n", start_s);

    const Corpus corpus = read_corpus(options.inputs);
    if (corpus.docs.empty() || corpus.bytes == 0) throw std::runtime_error("the corpus has no text");
    const unsigned repeat = options.repeat ? options.repeat
        : static_cast<unsigned>(std::max(1.0, std::ceil(kTargetBytes / static_cast<double>(corpus.bytes))));
    std::printf("corpus: %zu documents, %.2f MB from %zu inputs (%zu skipped), repeated %u times\n\n",
                corpus.docs.size(), static_cast<double>(corpus.bytes) / kMB, options.inputs.size(),
                corpus.skipped, repeat);

    const auto by_file = throughput_by_file(corpus, finder);  // also warms the mapped index
    for (const auto& [file, t] : by_file) print_throughput(file.c_str(), t);
    std::printf("\n");

    std::vector<Throughput> configs{run_extraction(corpus, repeat, 1, finder)};
    print_throughput("1 thread", configs.back());
    if (options.threads > 1) {
        configs.push_back(run_extraction(corpus, repeat, options.threads, finder));
        const std::string label = std::to_string(options.threads) + " threads";
        print_throughput(label.c_str(), configs.back());
        if (configs.back().mentions != configs.front().mentions)
            std::printf("warning: %zu mentions with threads, %zu without\n", configs.back().mentions,
                        configs.front().mentions);
    }
    const double rss_mb = peak_rss_mb(RUSAGE_SELF);
    std::printf("\npeak RSS (start + extraction, this process): %.0f MB\n", rss_mb);

    std::printf("RESULT %s\n", result_json(build, start_s, rss_mb, corpus, repeat, configs, by_file).c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "extract_bench: %s\nusage: extract_bench [--repeat N] [--threads N] [PATH...]\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "extract_bench: %s\n", e.what());
        return 1;
    }
}
