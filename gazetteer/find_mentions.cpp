#include "gazetteer/find_mentions.hpp"

#include "gazetteer/find_toponyms.hpp"
#include "gazetteer/normalize.hpp"
#include "gazetteer/tokenize.hpp"

namespace frontmap::gaz {

std::vector<Mention> find_mentions(const Document& doc, const MentionFinder& finder) {
    std::string_view text = doc.text;
    auto tokens = tokenize(text);
    RecognitionContext ctx{*finder.gazetteer, *finder.lexicon, *finder.stemmer};
    auto toponyms = match_names(text, tokens, ctx);
    apply_context_rules(text, tokens, ctx, toponyms);
    std::size_t cyrillic = 0, words = 0;
    for (const auto& t : tokens) {
        if (!t.word || !t.has_letter) continue;
        ++words;
        if (t.cyrillic) ++cyrillic;
    }
    bool cyrillic_doc = words > 0 && cyrillic * 2 > words;
    auto mentions = resolve_toponyms(text, std::move(toponyms), *finder.gazetteer, cyrillic_doc,
                                     finder.resolve);
    for (auto& m : mentions) m.doc_id = doc.id;
    return mentions;
}

}  // namespace frontmap::gaz
