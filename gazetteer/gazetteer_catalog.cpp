#include "gazetteer/gazetteer_catalog.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <stdexcept>

#include "gazetteer/cyrillic_stemmer.hpp"
#include "gazetteer/lexicon.hpp"
#include "gazetteer/line_reader.hpp"

namespace frontmap::gaz {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 1099511628211ull;
}

std::uint64_t mix_string(std::uint64_t h, const std::string& s) {
    for (unsigned char c : s) h = mix(h, c);
    return mix(h, s.size());
}

std::uint64_t mix_file(std::uint64_t h, const std::string& path) {
    h = mix_string(h, path);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        h = mix(h, static_cast<std::uint64_t>(st.st_size));
        h = mix(h, static_cast<std::uint64_t>(st.st_mtim.tv_sec));
        h = mix(h, static_cast<std::uint64_t>(st.st_mtim.tv_nsec));
    } else {
        h = mix(h, 0xdeadull);
    }
    return h;
}

}  // namespace

std::vector<SourceFile> bundled_sources(const std::string& assets_dir) {
    const std::string dir = assets_dir + "/gazetteer/";
    // GeoNames rows first (they carry ids), then admin units and countries (matched by code),
    // then the hand-curated supplement whose ref rows name places from all of them.
    return {
        {dir + "cities500.txt.gz", SourceKind::geonames},
        {dir + "admin.tsv.gz", SourceKind::supplement},
        {dir + "countries.tsv.gz", SourceKind::supplement},
        {dir + "supplement.tsv", SourceKind::supplement},
    };
}

std::uint64_t fingerprint_sources(std::span<const SourceFile> sources,
                                  std::span<const std::string> language_files) {
    std::uint64_t h = mix(1469598103934665603ull, index_version);
    for (const auto& s : sources) h = mix(mix_file(h, s.path), static_cast<std::uint64_t>(s.kind));
    for (const auto& f : language_files) h = mix_file(h, f);
    return h;
}

std::vector<std::string> key_language_files(const std::string& lang_dir) {
    return {lang_dir + "/cyrillic_endings.tsv", lang_dir + "/demonyms.txt",
            lang_dir + "/cyrillic_common_words.txt.gz"};
}

BuildOptions index_build_options(const std::string& lang_dir, const CyrillicStemmer& stemmer,
                                 const Lexicon& lexicon, std::uint64_t fingerprint,
                                 Diagnostics& diags) {
    BuildOptions options;
    options.stemmer = &stemmer;
    options.excluded_names = lexicon.demonyms();
    options.fingerprint = fingerprint;
    const std::string path = lang_dir + "/cyrillic_common_words.txt.gz";
    std::string error;
    auto reader = LineReader::open(path, error);
    if (!reader) {
        diags.warn(path, "cannot read (" + error + "); Cyrillic names that are also ordinary words will not be flagged");
        return options;
    }
    std::string_view line;
    while (reader->next(line) == LineReader::Status::line)
        if (!line.empty() && line[0] != '#') options.common_cyrillic_words.emplace_back(line);
    return options;
}

OpenResult open_or_build(std::span<const SourceFile> sources, std::uint64_t fingerprint,
                         const std::string& index_path,
                         const std::function<BuildOptions()>& make_options, Diagnostics& diags) {
    OpenResult result;
    result.index_path = index_path;
    if (std::filesystem::exists(index_path)) {
        try {
            auto g = Gazetteer::open(index_path);
            if (g->fingerprint() == fingerprint) {
                result.gazetteer = std::move(g);
                return result;
            }
        } catch (const std::exception&) {
            // A stale or damaged index is rebuilt below.
        }
    }
    for (const auto& s : sources)
        if (!std::filesystem::exists(s.path))
            throw std::runtime_error(s.path + ": gazetteer source missing; run scripts/build_gazetteer_assets.py or reinstall the assets");
    BuildStats stats;
    auto places = merge_sources(sources, diags, stats);
    BuildOptions options = make_options();
    options.fingerprint = fingerprint;
    BuildStats written = write_index(places, options, index_path);
    written.refs_applied = stats.refs_applied;
    written.refs_unmatched = stats.refs_unmatched;
    result.stats = written;
    result.rebuilt = true;
    result.gazetteer = Gazetteer::open(index_path);
    return result;
}

std::string locate_imported(const std::string& name_or_path, const GazetteerPaths& paths) {
    namespace fs = std::filesystem;
    if (fs::exists(name_or_path) && fs::is_regular_file(name_or_path)) return name_or_path;
    std::string candidate = paths.data_dir + "/" + name_or_path + ".fmgaz";
    if (fs::exists(candidate)) return candidate;
    std::string known;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(paths.data_dir, ec))
        if (e.path().extension() == ".fmgaz") known += (known.empty() ? "" : ", ") + e.path().stem().string();
    throw std::runtime_error("gazetteer " + name_or_path + " not found (looked for the file and for " +
                             candidate + "); imported gazetteers: " + (known.empty() ? "none" : known) +
                             ". Create one with 'frontmap gazetteer import FILE... --name NAME'");
}

}  // namespace frontmap::gaz
