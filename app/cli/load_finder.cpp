#include "cli/load_finder.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "cli/paths.hpp"

namespace frontmap::cli {

namespace {

std::string hex(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

bool is_index_file(const std::string& path) {
    return std::filesystem::path(path).extension() == ".fmgaz";
}

}  // namespace

LanguageData load_language_data(const std::string& assets_dir, Diagnostics& diags) {
    LanguageData d;
    const std::string lang = assets_dir + "/lang";
    d.lexicon = std::make_shared<const gaz::Lexicon>(gaz::Lexicon::load(lang, diags));
    d.stemmer = std::make_shared<const gaz::CyrillicStemmer>(
        gaz::CyrillicStemmer::load(lang + "/cyrillic_endings.tsv", diags));
    d.lang_dir = lang;
    d.files = gaz::key_language_files(lang);
    return d;
}

gaz::MentionFinder load_mention_finder(const std::optional<std::string>& gazetteer_arg,
                                       Diagnostics& diags, std::ostream& progress) {
    gaz::GazetteerPaths paths = default_paths();
    LanguageData lang = load_language_data(paths.assets_dir, diags);
    gaz::MentionFinder finder;
    finder.lexicon = lang.lexicon;
    finder.stemmer = lang.stemmer;

    std::vector<gaz::SourceFile> sources;
    std::string index_path;
    if (gazetteer_arg && !gazetteer_arg->empty()) {
        const std::string& arg = *gazetteer_arg;
        if (is_index_file(arg) || !std::filesystem::exists(arg)) {
            finder.gazetteer = gaz::Gazetteer::open(gaz::locate_imported(arg, paths));
            return finder;
        }
        sources = gaz::bundled_sources(paths.assets_dir);
        sources.push_back({std::filesystem::absolute(arg).string(), gaz::guess_source_kind(arg)});
        std::uint64_t h = std::hash<std::string>{}(sources.back().path);
        index_path = paths.cache_dir + "/source-" + hex(h) + ".fmgaz";
    } else {
        sources = gaz::bundled_sources(paths.assets_dir);
        std::uint64_t h = std::hash<std::string>{}(std::filesystem::absolute(paths.assets_dir).string());
        index_path = paths.cache_dir + "/bundled-" + hex(h) + ".fmgaz";
    }
    std::uint64_t fp = gaz::fingerprint_sources(sources, lang.files);
    auto t0 = std::chrono::steady_clock::now();
    if (!std::filesystem::exists(index_path))
        progress << "frontmap: building the gazetteer index (once per change of its sources) into "
                 << index_path << "\n";
    // Problems in gazetteer sources are reported, but they are not the command's input: they
    // do not change its exit status.
    Diagnostics build_diags;
    auto opened = gaz::open_or_build(sources, fp, index_path, [&] {
        return gaz::index_build_options(lang.lang_dir, *lang.stemmer, *lang.lexicon, fp, build_diags);
    }, build_diags);
    for (auto& d : build_diags.take()) diags.warn(std::move(d.where), std::move(d.message));
    if (opened.rebuilt) {
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        progress << "frontmap: gazetteer index ready: " << opened.stats.places << " places, "
                 << opened.stats.keys << " name keys, " << s << " s\n";
    }
    finder.gazetteer = opened.gazetteer;
    return finder;
}

}  // namespace frontmap::cli
