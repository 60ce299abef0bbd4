#pragma once
// The real bundled gazetteer for recognition and disambiguation tests, built once per test
// process into a cache folder inside the build tree (never ~/.cache). ctest runs every
// TEST_CASE as its own process, so the index file is shared between processes: the first one
// builds it (seconds), later ones map it; a changed source changes the fingerprint and the
// index is rebuilt. Writes are atomic (temporary file + rename), so parallel test processes
// never see a half-written index.
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "gazetteer/find_mentions.hpp"
#include "gazetteer/gazetteer_catalog.hpp"

namespace frontmap::test {

// FRONTMAP_TEST_CACHE_DIR, else "test-cache" next to the frontmap binary of this build.
inline std::string test_cache_dir() {
    if (const char* env = std::getenv("FRONTMAP_TEST_CACHE_DIR"); env && *env) return env;
    return (std::filesystem::path(FRONTMAP_BINARY).parent_path() / "test-cache").string();
}

inline gaz::MentionFinder build_bundled_finder() {
    const std::string assets = FRONTMAP_ASSETS_DIR;
    const std::string lang = assets + "/lang";
    Diagnostics diags;
    gaz::MentionFinder finder;
    finder.lexicon = std::make_shared<const gaz::Lexicon>(gaz::Lexicon::load(lang, diags));
    finder.stemmer = std::make_shared<const gaz::CyrillicStemmer>(
        gaz::CyrillicStemmer::load(lang + "/cyrillic_endings.tsv", diags));
    const auto sources = gaz::bundled_sources(assets);
    const std::uint64_t fingerprint =
        gaz::fingerprint_sources(sources, gaz::key_language_files(lang));
    const std::string cache = test_cache_dir();
    std::filesystem::create_directories(cache);
    auto opened = gaz::open_or_build(sources, fingerprint, cache + "/bundled-tests.fmgaz", [&] {
        return gaz::index_build_options(lang, *finder.stemmer, *finder.lexicon, fingerprint, diags);
    }, diags);
    finder.gazetteer = opened.gazetteer;
    return finder;
}

// One finder per test process (building it is the expensive part of these tests).
inline const gaz::MentionFinder& bundled_finder() {
    static const gaz::MentionFinder finder = build_bundled_finder();
    return finder;
}

inline std::vector<gaz::Mention> mentions_in(std::string_view text, std::string id = "test") {
    Document doc;
    doc.id = std::move(id);
    doc.path = "test";
    doc.text = std::string(text);
    doc.format = "text";
    return gaz::find_mentions(doc, bundled_finder());
}

// Byte offset of the `occurrence`-th (0-based) occurrence of `needle` in `text`.
inline std::size_t offset_of(std::string_view text, std::string_view needle, int occurrence = 0) {
    std::size_t at = text.find(needle);
    for (int i = 0; i < occurrence && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
    if (at == std::string_view::npos)
        throw std::logic_error("test text has no " + std::string(needle));
    return at;
}

// The mention whose span overlaps that occurrence of `needle`, or nullptr.
inline const gaz::Mention* mention_over(const std::vector<gaz::Mention>& mentions,
                                        std::string_view text, std::string_view needle,
                                        int occurrence = 0) {
    const std::size_t begin = offset_of(text, needle, occurrence);
    const std::size_t end = begin + needle.size();
    for (const auto& m : mentions)
        if (m.byte_begin < end && begin < m.byte_end) return &m;
    return nullptr;
}

inline std::string describe(const std::vector<gaz::Mention>& mentions) {
    std::string out;
    for (const auto& m : mentions)
        out += "  [" + std::to_string(m.byte_begin) + "," + std::to_string(m.byte_end) + ") '" +
               m.surface + "' -> " + m.place.name + " " + std::string(1, m.place.feature_class) +
               "." + m.place.feature_code + " (" + std::to_string(m.place.lat) + ", " +
               std::to_string(m.place.lon) + ") " + gaz::to_string(m.role) + " " +
               gaz::to_string(m.match) + " score " + std::to_string(m.score) + "\n";
    return out;
}

}  // namespace frontmap::test
