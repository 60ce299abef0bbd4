// frontmap extract: every place named in the input documents, resolved, as JSONL, GeoJSON or
// a table.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/load_finder.hpp"
#include "cli/mention_output.hpp"
#include "cli/paths.hpp"
#include "cli/pipeline.hpp"
#include "events/date_mentions.hpp"
#include "events/document_date.hpp"
#include "events/event_typing.hpp"
#include "events/temporal_lexicon.hpp"
#include "geo/mention_layer.hpp"
#include "input/read_documents.hpp"

namespace frontmap::cli {

const char* const extract_help = R"(usage: frontmap extract [options] INPUT...

Finds every place named in the input documents and resolves it to coordinates.

Inputs:
  INPUT                 a text, HTML or Markdown file; a folder (read recursively, sorted);
                        a JSONL file of documents {"id","text"[,"date","title","url","source"]};
                        or - for standard input
Output:
  --format F            jsonl (default): one JSON object per mention with doc, start, end
                          (UTF-8 byte offsets, end exclusive), text, name, lat, lon, geonameid,
                          feature, country, admin1, score, role, match, qualifier, relation,
                          date, date_start, date_end, date_precision, date_source,
                          document_date, document_date_how, event, actor, control, claimant,
                          denied, event_confidence, cues, acled_event_type,
                          acled_sub_event_type, geo_precision, time_precision,
                          uncertainty_km, runner_up
                        geojson: an RFC 7946 FeatureCollection of points
                        table: an aligned table for reading
  -o, --output FILE     write there instead of standard output (atomically)
  --save FILE           also write the mentions to FILE (.jsonl, .geojson, .gpkg by extension)
  --force               replace existing output files
Options:
  --date YYYY-MM-DD     document date for inputs that carry none
  --today YYYY-MM-DD    the day the texts are read on (default: the system clock's): a text
                        that writes no year has "December 11" read as the latest such day
  --gazetteer G         an imported gazetteer name, an index file (.fmgaz), or a GeoNames or
                        TSV source file added to the bundled sources (default: bundled)
  --min-score X         drop mentions scored below X (default 0.05)
  -j, --jobs N          worker threads (default 1); output order does not depend on N
  --stop-on-error       stop at the first bad input instead of skipping it
Exit status: 0 ok, 1 some input was skipped (see messages), 2 usage or input error.
)";

namespace {

struct Batch {
    std::vector<Document> docs;
    std::size_t bytes = 0;
};

class AtomicFile {
public:
    AtomicFile(const std::string& path, bool force) : path_(path) {
        if (std::ifstream(path).good() && !force)
            throw UsageError(path + " already exists; use --force to replace it");
        tmp_ = path + ".tmp." + std::to_string(::getpid());
        out_.open(tmp_, std::ios::binary | std::ios::trunc);
        if (!out_) throw UsageError("cannot create " + tmp_);
    }
    ~AtomicFile() {
        if (!committed_) std::remove(tmp_.c_str());
    }
    std::ostream& stream() { return out_; }
    void commit() {
        out_.flush();
        if (!out_) throw std::runtime_error("writing " + path_ + " failed (disk full?)");
        out_.close();
        if (std::rename(tmp_.c_str(), path_.c_str()) != 0)
            throw std::runtime_error("cannot move " + tmp_ + " to " + path_);
        committed_ = true;
    }

private:
    std::string path_, tmp_;
    std::ofstream out_;
    bool committed_ = false;
};

std::vector<gaz::Mention> with_source_offsets(const std::vector<gaz::Mention>& ms, const Document& d) {
    std::vector<gaz::Mention> out = ms;
    for (auto& m : out) {
        m.byte_begin += d.base_offset;
        m.byte_end += d.base_offset;
    }
    return out;
}

}  // namespace

int run_extract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args, with_pipeline_options({"--format", "-o", "--output", "--save"}),
                {"--force", "--stop-on-error", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h")) {
        out << extract_help;
        return 0;
    }
    if (a.positionals().empty()) throw UsageError("extract needs at least one INPUT (a file, a folder or -)");
    const std::string format = a.value_or("--format", "jsonl");
    if (format != "jsonl" && format != "geojson" && format != "table")
        throw UsageError("--format must be jsonl, geojson or table, not " + format);
    const PipelineOptions pipeline_options = parse_pipeline_options(a);
    const unsigned jobs = pipeline_options.jobs;
    input::ReadOptions read_options;
    read_options.date = pipeline_options.date;
    const bool force = a.flag("--force");
    const bool stop_on_error = a.flag("--stop-on-error");

    Diagnostics diags;
    Pipeline pipeline = load_pipeline(pipeline_options, diags, err);
    print_diagnostics(diags.take(), err);

    // Refuse to overwrite before doing any work, for every kind of output.
    for (const auto& target : {a.value("-o") ? *a.value("-o") : a.value_or("--output", ""), a.value_or("--save", "")})
        if (!target.empty() && target != "-") {
            if (std::filesystem::exists(target) && !force)
                throw UsageError(target + " already exists; use --force to replace it");
            auto folder = std::filesystem::path(target).parent_path();
            if (!folder.empty() && !std::filesystem::is_directory(folder))
                throw UsageError("the folder of " + target + " does not exist; create it first");
        }
    std::optional<AtomicFile> out_file;
    std::string output = a.value("-o") ? *a.value("-o") : a.value_or("--output", "");
    if (!output.empty() && output != "-" && format != "geojson") out_file.emplace(output, force);
    std::ostream& sink = out_file ? out_file->stream() : out;
    std::optional<AtomicFile> save_jsonl;
    std::string save = a.value_or("--save", "");
    std::string save_driver = save.empty() ? "" : geo::driver_for_path(save);
    if (!save.empty() && save_driver.empty()) save_jsonl.emplace(save, force);

    MentionTable table(sink);
    std::vector<gaz::Mention> collected;  // for GeoJSON/GPKG outputs, written at the end
    std::size_t documents = 0, mentions = 0;
    bool stopped = false;
    Batch batch;
    auto flush = [&] {
        auto results = find_in_parallel(batch.docs, pipeline, jobs);
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Document& d = batch.docs[i];
            const DocumentFindings& r = results[i];
            mentions += r.mentions.size();
            auto write_jsonl = [&](std::ostream& to) {
                for (std::size_t k = 0; k < r.mentions.size(); ++k) to << mention_to_json(r, k, d) << '\n';
            };
            if (format == "jsonl") write_jsonl(sink);
            else if (format == "table") table.write(r, d);
            if (save_jsonl) write_jsonl(save_jsonl->stream());
            if (format == "geojson" || !save_driver.empty()) {
                auto shifted = with_source_offsets(r.mentions, d);
                collected.insert(collected.end(), shifted.begin(), shifted.end());
            }
        }
        sink.flush();
        batch = Batch{};
    };
    input::read_documents(a.positionals(), read_options, diags, [&](Document&& d) {
        if (stopped) return;
        ++documents;
        batch.bytes += d.text.size();
        batch.docs.push_back(std::move(d));
        if (batch.docs.size() >= 64 * jobs || batch.bytes >= (std::size_t{8} << 20)) flush();
        if (stop_on_error && diags.skipped_count() > 0) stopped = true;
        print_diagnostics(diags.take(), err);
    });
    flush();
    print_diagnostics(diags.take(), err);

    if (format == "geojson") geo::write_mention_layer(output.empty() ? "-" : output, "GeoJSON", collected, force);
    if (!save_driver.empty()) geo::write_mention_layer(save, save_driver, collected, force);
    if (out_file) out_file->commit();
    if (save_jsonl) save_jsonl->commit();

    std::size_t skipped = diags.skipped_count();
    if (format == "table" || !output.empty())
        err << "frontmap: " << documents << " documents, " << mentions << " place mentions"
            << (skipped ? ", " + std::to_string(skipped) + " problems (input skipped or repaired)" : "") << "\n";
    if (skipped > 0 && documents == 0) return 2;
    return skipped > 0 ? 1 : 0;
}

}  // namespace frontmap::cli
