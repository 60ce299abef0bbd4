#include "gazetteer/lexicon.hpp"


#include "core/tsv_records.hpp"
#include "gazetteer/line_reader.hpp"
#include "gazetteer/normalize.hpp"

namespace frontmap::gaz {

namespace {

std::optional<CueCategory> category_named(std::string_view name) {
    static constexpr std::pair<std::string_view, CueCategory> names[] = {
        {"qualifier_after", CueCategory::qualifier_after},
        {"qualifier_before", CueCategory::qualifier_before},
        {"relation_before", CueCategory::relation_before},
        {"place_context_before", CueCategory::place_context_before},
        {"org_after", CueCategory::org_after},
        {"org_before", CueCategory::org_before},
        {"person_before", CueCategory::person_before},
        {"metonym_after", CueCategory::metonym_after},
        {"possessive_location", CueCategory::possessive_location},
        {"calendar", CueCategory::calendar},
        {"not_place", CueCategory::not_place},
    };
    for (const auto& [n, c] : names)
        if (n == name) return c;
    return std::nullopt;
}

template <typename F>
void for_each_line(std::string_view text, F&& f) {
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++line_no;
        if (!line.empty() && line[0] != '#') f(line, line_no);
        if (nl == text.size()) break;
        pos = nl + 1;
    }
}

std::size_t count_words(std::string_view folded) {
    std::size_t n = folded.empty() ? 0 : 1;
    for (char c : folded)
        if (c == ' ') ++n;
    return n;
}

// Whole file, plain or gzip-compressed.
std::string read_file(const std::string& path, Diagnostics& diags, bool required) {
    std::string error;
    auto reader = LineReader::open(path, error);
    if (!reader) {
        if (required)
            diags.report(Severity::error, path, "cannot read language data file (" + error +
                                                   "); check FRONTMAP_ASSETS");
        else
            diags.warn(path, "language list missing (" + error + "); recognition will be less precise");
        return {};
    }
    std::string out;
    std::string_view line;
    while (reader->next(line) == LineReader::Status::line) {
        out.append(line);
        out.push_back('\n');
    }
    return out;
}

}  // namespace

Lexicon Lexicon::parse(std::string_view cues_tsv, std::string_view common_words,
                       std::string_view demonyms, std::string_view given_names, Diagnostics& diags,
                       std::string_view where) {
    Lexicon lex;
    const std::string cues_name = std::string(where) + "/cues.tsv";
    for_each_tsv_record(cues_tsv, cues_name, 4, "category, lang, phrase, value", diags,
                        [&](const std::vector<std::string_view>& cols, const std::string& line_where) {
        auto cat = category_named(cols[0]);
        if (!cat) {
            diags.warn(line_where, "unknown category " + quote_excerpt(cols[0]) + "; line skipped");
            return;
        }
        std::string_view phrase = cols[2];
        bool prefix = !phrase.empty() && phrase.back() == '*';
        if (prefix) phrase.remove_suffix(1);
        std::string folded = fold_name(phrase);
        if (folded.empty()) return;
        // Cue phrases may hold an apostrophe that fold_name drops ("oblast'"), which is intended.
        auto& table = lex.tables_[static_cast<std::size_t>(*cat)];
        if (prefix)
            table.prefixes.emplace_back(folded, std::string(cols[3]));
        else
            table.exact.emplace(folded, std::string(cols[3]));
        auto& mw = lex.max_words_[static_cast<std::size_t>(*cat)];
        mw = std::max(mw, count_words(folded));
    });
    for_each_line(common_words, [&](std::string_view line, std::size_t) {
        auto w = fold_name(line);
        if (!w.empty()) lex.common_words_.insert(w);
    });
    for_each_line(demonyms, [&](std::string_view line, std::size_t) {
        auto w = fold_name(line);
        if (!w.empty()) lex.demonyms_.insert(w);
    });
    for_each_line(given_names, [&](std::string_view line, std::size_t) {
        auto w = fold_name(line);
        if (!w.empty()) lex.given_names_.insert(w);
    });
    return lex;
}

Lexicon Lexicon::load(const std::string& lang_dir, Diagnostics& diags) {
    std::string cues = read_file(lang_dir + "/cues.tsv", diags, true);
    std::string common = read_file(lang_dir + "/en_common_words.txt.gz", diags, false);
    std::string demonyms = read_file(lang_dir + "/demonyms.txt", diags, false);
    std::string given = read_file(lang_dir + "/given_names_en.txt.gz", diags, false);
    given += read_file(lang_dir + "/given_names_slavic.txt", diags, false);
    return parse(cues, common, demonyms, given, diags, lang_dir);
}

std::optional<std::string_view> Lexicon::cue(CueCategory category,
                                             std::string_view folded_phrase) const {
    const auto& table = tables_[static_cast<std::size_t>(category)];
    if (auto it = table.exact.find(folded_phrase); it != table.exact.end())
        return std::string_view(it->second);
    if (folded_phrase.find(' ') == std::string_view::npos) {
        for (const auto& [prefix, value] : table.prefixes)
            if (folded_phrase.size() >= prefix.size() &&
                folded_phrase.substr(0, prefix.size()) == prefix)
                return std::string_view(value);
    }
    return std::nullopt;
}

bool Lexicon::is_common_word(std::string_view folded) const {
    return common_words_.find(folded) != common_words_.end();
}

bool Lexicon::is_given_name(std::string_view folded) const {
    return given_names_.find(folded) != given_names_.end();
}

bool Lexicon::is_demonym(std::string_view folded) const {
    return demonyms_.find(folded) != demonyms_.end();
}

}  // namespace frontmap::gaz
