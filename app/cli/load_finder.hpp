#pragma once
// Builds the MentionFinder for a command: language data, stemmer and the chosen gazetteer
// (bundled and auto-rebuilt in the cache, or an imported index).
#include <optional>
#include <ostream>
#include <string>

#include "core/diagnostics.hpp"
#include "gazetteer/find_mentions.hpp"
#include "gazetteer/gazetteer_catalog.hpp"

namespace frontmap::cli {

struct LanguageData {
    std::shared_ptr<const gaz::Lexicon> lexicon;
    std::shared_ptr<const gaz::CyrillicStemmer> stemmer;
    std::string lang_dir;
    std::vector<std::string> files;  // the files that shape index keys (for fingerprints)
};

LanguageData load_language_data(const std::string& assets_dir, Diagnostics& diags);

// `gazetteer_arg`: empty for the bundled gazetteer, else an imported name, an index file, or a
// GeoNames/TSV source file (indexed into the cache together with the bundled sources).
// `progress` gets a line when an index has to be built (it takes seconds).
gaz::MentionFinder load_mention_finder(const std::optional<std::string>& gazetteer_arg,
                                       Diagnostics& diags, std::ostream& progress);

}  // namespace frontmap::cli
