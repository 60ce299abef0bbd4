#pragma once
// Recognition: finds the longest gazetteer names in tokenised text, then applies the context
// rules (qualifiers, relations, organisations, people, metonyms, common words).
#include <string_view>
#include <vector>

#include "gazetteer/cyrillic_stemmer.hpp"
#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/lexicon.hpp"
#include "gazetteer/tokenize.hpp"
#include "gazetteer/toponym.hpp"

namespace frontmap::gaz {

struct RecognitionContext {
    const Gazetteer& gazetteer;
    const Lexicon& lexicon;
    const CyrillicStemmer& stemmer;
};

// Longest-match lookup of capitalised word sequences; no context rules yet.
std::vector<Toponym> match_names(std::string_view text, const std::vector<Token>& tokens,
                                 const RecognitionContext& ctx);

// Applies the context rules in place: sets filter, qualifier, relation, role and evidence,
// and marks false positives as rejected. Also adds unknown names in place context
// (near_spelling) for the resolver to try.
void apply_context_rules(std::string_view text, const std::vector<Token>& tokens,
                         const RecognitionContext& ctx, std::vector<Toponym>& toponyms);

}  // namespace frontmap::gaz
