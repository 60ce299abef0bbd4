#pragma once
// Where frontmap finds its bundled assets and keeps its cache and imported gazetteers.
#include <string>

#include "gazetteer/gazetteer_catalog.hpp"

namespace frontmap::cli {

// FRONTMAP_ASSETS, else the source tree's assets/ this binary was built from, else
// <prefix>/share/frontmap/assets next to the executable. Throws when none exists.
std::string find_assets_dir();

// $FRONTMAP_CACHE_DIR, else $XDG_CACHE_HOME/frontmap, else ~/.cache/frontmap (the bundled
// gazetteer index is built here); imported gazetteers in $FRONTMAP_DATA_DIR, else
// $XDG_DATA_HOME/frontmap/gazetteers, else ~/.local/share/frontmap/gazetteers.
gaz::GazetteerPaths default_paths();

}  // namespace frontmap::cli
