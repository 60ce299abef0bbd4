#pragma once
// The gazetteer stage's entry point: every place a document names, resolved.
#include <memory>
#include <vector>

#include "core/document.hpp"
#include "gazetteer/cyrillic_stemmer.hpp"
#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/lexicon.hpp"
#include "gazetteer/mention.hpp"
#include "gazetteer/resolve_toponyms.hpp"

namespace frontmap::gaz {

// Everything find_mentions needs; immutable once built and safe to share between threads.
struct MentionFinder {
    std::shared_ptr<const Gazetteer> gazetteer;
    std::shared_ptr<const Lexicon> lexicon;
    std::shared_ptr<const CyrillicStemmer> stemmer;
    ResolveOptions resolve;
};

// Mentions in document order; offsets are relative to doc.text (add doc.base_offset to report
// positions in the source file).
std::vector<Mention> find_mentions(const Document& doc, const MentionFinder& finder);

}  // namespace frontmap::gaz
