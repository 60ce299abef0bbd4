// frontmap gazetteer import|info|lookup: manage and inspect gazetteers.
#include <chrono>
#include <filesystem>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/load_finder.hpp"
#include "cli/place_search.hpp"
#include "cli/paths.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::cli {

const char* const gazetteer_help = R"(usage: frontmap gazetteer COMMAND [options]

Commands:
  import FILE... [--name NAME] [--no-bundled] [--force]
        Builds a gazetteer from GeoNames dumps (allCountries.txt, a country file such as UA.txt,
        cities1000/5000/15000.txt, plain or .gz) with alternateNamesV2.txt and
        admin1CodesASCII.txt when given, and supplement TSV files (*.tsv, format in
        assets/gazetteer/README.md). The bundled sources are included unless --no-bundled.
        The index is written to $FRONTMAP_DATA_DIR, else $XDG_DATA_HOME/frontmap/gazetteers,
        else ~/.local/share/frontmap/gazetteers, as NAME.fmgaz (NAME defaults to the first
        file's stem). Use it with --gazetteer NAME.
  info [--gazetteer G]
        Prints where the index is and how many places and name keys it holds.
  lookup NAME... [--gazetteer G]
        Lists the places a name can mean, as the matcher sees them.
)";

namespace {

int import_gazetteer(const Arguments& a, std::ostream& out, std::ostream& err) {
    const auto& pos = a.positionals();
    if (pos.size() < 2) throw UsageError("gazetteer import needs at least one FILE");
    auto paths = default_paths();
    std::vector<gaz::SourceFile> sources;
    if (!a.flag("--no-bundled")) sources = gaz::bundled_sources(paths.assets_dir);
    for (std::size_t i = 1; i < pos.size(); ++i) {
        if (!std::filesystem::exists(pos[i])) throw UsageError(pos[i] + ": no such file");
        sources.push_back({std::filesystem::absolute(pos[i]).string(), gaz::guess_source_kind(pos[i])});
    }
    std::string name = a.value_or("--name", std::filesystem::path(pos[1]).stem().string());
    if (name.empty() || name.find('/') != std::string::npos)
        throw UsageError("--name must be a plain name, not " + name);
    std::string target = paths.data_dir + "/" + name + ".fmgaz";
    if (std::filesystem::exists(target) && !a.flag("--force"))
        throw UsageError(target + " already exists; use --force to replace it");
    Diagnostics diags;
    LanguageData lang = load_language_data(paths.assets_dir, diags);
    auto t0 = std::chrono::steady_clock::now();
    gaz::BuildStats stats;
    auto places = gaz::merge_sources(sources, diags, stats);
    gaz::BuildOptions options = gaz::index_build_options(
        lang.lang_dir, *lang.stemmer, *lang.lexicon, gaz::fingerprint_sources(sources, lang.files), diags);
    auto written = gaz::write_index(places, options, target);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    auto items = diags.items();
    print_diagnostics(items, err);
    out << "imported " << written.places << " places (" << written.names << " names, " << written.keys
        << " keys) into " << target << " in " << s << " s; use --gazetteer " << name << "\n";
    return diags.skipped_count() ? 1 : 0;
}

int info(const Arguments& a, std::ostream& out, std::ostream& err) {
    Diagnostics diags;
    auto finder = load_mention_finder(a.value("--gazetteer"), diags, err);
    print_diagnostics(diags.take(), err);
    const auto& g = *finder.gazetteer;
    out << "index:  " << g.path() << "\nplaces: " << g.size() << "\nkeys:   " << g.key_count() << "\n";
    return 0;
}

int lookup(const Arguments& a, std::ostream& out, std::ostream& err) {
    const auto& pos = a.positionals();
    if (pos.size() < 2) throw UsageError("gazetteer lookup needs a NAME");
    Diagnostics diags;
    auto finder = load_mention_finder(a.value("--gazetteer"), diags, err);
    print_diagnostics(diags.take(), err);
    for (std::size_t i = 1; i < pos.size(); ++i) {
        const std::string folded = gaz::fold_name(pos[i]);
        out << pos[i] << "  (folded \"" << folded << "\", skeleton \"" << gaz::skeleton_key(folded) << "\")\n";
        const auto hits = search_places(finder, pos[i]);
        for (const auto& [how, info] : hits)
            out << "  " << how << "  " << info.name << "  " << info.feature_class << "." << info.feature_code << "  "
                << info.country << "  " << (info.admin1.empty() ? "-" : info.admin1) << "  " << info.lat << ","
                << info.lon << "  pop " << info.population << "  id " << info.geonameid << "\n";
        if (hits.empty()) out << "  (no place by that name)\n";
    }
    return 0;
}

}  // namespace

int run_gazetteer(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a(args, {"--name", "--gazetteer"}, {"--no-bundled", "--force", "--help", "-h"});
    if (a.flag("--help") || a.flag("-h") || a.positionals().empty()) {
        out << gazetteer_help;
        return a.positionals().empty() && !a.flag("--help") && !a.flag("-h") ? 2 : 0;
    }
    const std::string& cmd = a.positionals()[0];
    if (cmd == "import") return import_gazetteer(a, out, err);
    if (cmd == "info") return info(a, out, err);
    if (cmd == "lookup") return lookup(a, out, err);
    throw UsageError("unknown gazetteer command " + cmd + " (import, info or lookup)");
}

}  // namespace frontmap::cli
