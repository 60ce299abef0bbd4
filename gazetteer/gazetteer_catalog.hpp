#pragma once
// Where gazetteers live and how an index is kept in step with its sources: the bundled one is
// rebuilt into the cache automatically whenever a source file changes; imported ones are
// stand-alone index files in the data folder, chosen by name or path.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "gazetteer/build_index.hpp"
#include "gazetteer/gazetteer_index.hpp"

namespace frontmap::gaz {

class CyrillicStemmer;
class Lexicon;

struct GazetteerPaths {
    std::string assets_dir;  // bundled assets (assets/)
    std::string cache_dir;   // where the bundled index is built ($XDG_CACHE_HOME/frontmap)
    std::string data_dir;    // where imported gazetteers live ($XDG_DATA_HOME/frontmap/gazetteers)
};

// The bundled sources, in merge order.
std::vector<SourceFile> bundled_sources(const std::string& assets_dir);

// Identifies a set of sources and the language files that shape the keys (size, mtime, path),
// so a changed file gives a different index.
std::uint64_t fingerprint_sources(std::span<const SourceFile> sources,
                                  std::span<const std::string> language_files);

struct OpenResult {
    std::shared_ptr<const Gazetteer> gazetteer;
    bool rebuilt = false;
    BuildStats stats;
    std::string index_path;
};

// The language files under `lang_dir` that shape index keys; their changes rebuild indexes.
std::vector<std::string> key_language_files(const std::string& lang_dir);

// What the index builder needs from the language data. Reads the large common-word list, so
// call it only when an index is actually built.
BuildOptions index_build_options(const std::string& lang_dir, const CyrillicStemmer& stemmer,
                                 const Lexicon& lexicon, std::uint64_t fingerprint,
                                 Diagnostics& diags);

// Opens `index_path` when its fingerprint matches, otherwise builds it from `sources` first
// with the options `make_options` returns. Throws std::runtime_error when neither works.
OpenResult open_or_build(std::span<const SourceFile> sources, std::uint64_t fingerprint,
                         const std::string& index_path,
                         const std::function<BuildOptions()>& make_options, Diagnostics& diags);

// Resolves a --gazetteer argument: an index file (*.fmgaz), a name of an imported gazetteer
// in data_dir, or empty for the bundled one. Returns the index path or throws with a hint.
std::string locate_imported(const std::string& name_or_path, const GazetteerPaths& paths);

}  // namespace frontmap::gaz
