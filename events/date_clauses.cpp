#include "events/date_clauses.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "core/tsv_records.hpp"
#include "events/date_phrases.hpp"

namespace frontmap::events {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(ClauseWordKind::count_)> kind_names = {
    "subordinator", "weak_subordinator", "temporal", "relative", "relative_agent", "not_clause", "participle", "present", "perfect",
    "negation", "report_verb", "present_ending", "coordinator", "post_link", "event_noun"};

std::optional<ClauseWordKind> parse_kind(std::string_view name) {
    for (std::size_t k = 0; k < kind_names.size(); ++k) {
        if (kind_names[k] == name) return static_cast<ClauseWordKind>(k);
    }
    return std::nullopt;
}

bool inside_any(std::size_t byte, std::span<const std::pair<std::size_t, std::size_t>> spans) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const auto& s) { return byte >= s.first && byte < s.second; });
}

// A word written in lower case: a capitalised "Fighting" or "Bring" after a comma starts no
// participle clause (names, quotes).
bool written_lower_case(std::string_view text, const DateToken& token) {
    return text.substr(token.begin, token.end - token.begin) == token.folded;
}

}  // namespace

ClauseLexicon ClauseLexicon::parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name) {
    ClauseLexicon lexicon;
    for_each_tsv_record(tsv, source_name, 3, "kind, lang, phrase", diags,
                        [&](const std::vector<std::string_view>& fields, const std::string& where) {
        const auto kind = parse_kind(fields[0]);
        if (!kind) {
            diags.warn(where, "unknown kind " + quote_excerpt(fields[0]) +
                                  "; expected subordinator, weak_subordinator, temporal, relative, relative_agent, not_clause, "
                                  "participle, present, perfect, negation, report_verb, present_ending, "
                                  "coordinator, post_link or event_noun (see the file header)");
            return;
        }
        if (*kind == ClauseWordKind::participle) {
            lexicon.participle_endings_.push_back(fold_date_word(fields[2]));
            ++lexicon.entries_;
            return;
        }
        if (*kind == ClauseWordKind::present_ending) {
            lexicon.present_endings_.push_back(fold_date_word(fields[2]));
            ++lexicon.entries_;
            return;
        }
        if (*kind == ClauseWordKind::post_link) {
            lexicon.post_links_.emplace_back(fields[2]);
            ++lexicon.entries_;
            return;
        }
        if (add_date_phrase(lexicon.phrases_, lexicon.longest_phrase_, fields[2], *kind, diags, where)) ++lexicon.entries_;
    });
    return lexicon;
}

ClauseLexicon ClauseLexicon::load(const std::string& path, Diagnostics& diags) {
    const auto content =
        read_language_file(path, diags, "dates will reach whole sentences");
    return content ? parse(*content, diags, path) : ClauseLexicon{};
}

std::size_t ClauseLexicon::match(std::span<const DateToken> tokens, std::size_t i, ClauseWordKind kind) const {
    std::size_t best = 0;
    for_each_phrase_at(phrases_, longest_phrase_, tokens, i, [&](const std::vector<ClauseWordKind>& kinds, std::size_t n) {
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) best = n;
    });
    return best;
}

namespace {

// A word of at least a few letters before the ending: "sing" is no participle of "s".
bool ends_with_any(std::string_view word, const std::vector<std::string>& endings) {
    return std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
        return word.size() > ending.size() + 2 && word.ends_with(ending);
    });
}

}  // namespace

bool ClauseLexicon::ends_like_participle(std::string_view word) const { return ends_with_any(word, participle_endings_); }

bool ClauseLexicon::ends_like_present(std::string_view word) const { return ends_with_any(word, present_endings_); }

namespace {

// Walks the tokens of one sentence and cuts it into clause pieces.
class ClauseCutter {
public:
    // `first_word`: where the sentence's first word starts; blanks and quotes before it belong
    // to whatever clause opens there.
    ClauseCutter(std::size_t begin, std::size_t end, std::size_t first_word) : end_(end), first_word_(first_word) {
        pieces_.push_back({begin, end, ClauseKind::main, 0});
    }

    void open(std::size_t at, ClauseKind kind) {
        ClausePiece& current = pieces_.back();
        const bool empty = at <= current.byte_begin || (pieces_.size() == 1 && at <= first_word_);
        if (empty) {  // nothing of the current piece yet: relabel it
            current.kind = kind;
            current.id = kind == ClauseKind::main ? 0 : next_id_++;
            fronted_ = pieces_.size() == 1 && kind != ClauseKind::main;
            return;
        }
        current.byte_end = at;
        pieces_.push_back({at, end_, kind, kind == ClauseKind::main ? 0 : next_id_++});
        fronted_ = false;
    }
    ClauseKind kind() const { return pieces_.back().kind; }
    // Whether the current clause opened the sentence ("While Russia has…, Ukraine claimed…").
    bool fronted() const { return fronted_; }
    void mark_present() { pieces_.back().present = true; }
    void mark_report() { pieces_.back().reports = true; }
    std::vector<ClausePiece> take() { return std::move(pieces_); }

private:
    std::vector<ClausePiece> pieces_;
    std::size_t end_, first_word_;
    std::size_t next_id_ = 1;
    bool fronted_ = false;
};

// "has not reported", "have never been", "has been fighting": a perfect that describes a state
// lasting up to now. A positive perfect ("has been confirmed") reports an event.
bool stative_perfect(const ClauseLexicon& words, std::span<const DateToken> tokens, std::size_t i) {
    if (!words.match(tokens, i, ClauseWordKind::perfect)) return false;
    constexpr std::size_t reach = 2;  // "has not", "has also not"
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + reach; ++k) {
        if (words.match(tokens, k, ClauseWordKind::negation)) return true;
    }
    const bool progressive = i + 2 < tokens.size() && tokens[i + 1].folded == "been" &&
                             words.ends_like_participle(tokens[i + 2].folded);
    return progressive;
}

std::optional<ClauseKind> clause_opened_by(std::string_view text, const ClauseLexicon& words,
                                           std::span<const DateToken> tokens, std::size_t i, std::size_t& length) {
    if ((length = words.match(tokens, i, ClauseWordKind::weak_subordinator))) {
        const bool after_comma = i > 0 && tokens[i - 1].folded == ",";
        const bool before_name = i + length < tokens.size() && tokens[i + length].kind == DateTokenKind::word &&
                                 !written_lower_case(text, tokens[i + length]);
        if (after_comma || before_name) return ClauseKind::subordinate;
    }
    if ((length = words.match(tokens, i, ClauseWordKind::relative))) return ClauseKind::relative;
    if ((length = words.match(tokens, i, ClauseWordKind::relative_agent))) return ClauseKind::relative_agent;
    if ((length = words.match(tokens, i, ClauseWordKind::temporal))) return ClauseKind::temporal;
    if ((length = words.match(tokens, i, ClauseWordKind::subordinator))) return ClauseKind::subordinate;
    return std::nullopt;
}

}  // namespace

std::vector<ClausePiece> find_clauses(std::string_view text, std::size_t begin, std::size_t end,
                                      const ClauseLexicon& words,
                                      std::span<const std::pair<std::size_t, std::size_t>> date_spans) {
    std::vector<DateToken> tokens = tokenize_for_dates(text.substr(begin, end - begin));
    for (DateToken& t : tokens) t.begin += begin, t.end += begin;
    const auto first_word = std::find_if(tokens.begin(), tokens.end(),
                                         [](const DateToken& t) { return t.kind != DateTokenKind::punct; });
    ClauseCutter cutter(begin, end, first_word == tokens.end() ? end : first_word->begin);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const DateToken& token = tokens[i];
        if (token.kind == DateTokenKind::punct) {
            const bool comma_like = token.folded == "," || token.folded == ";";
            if (!comma_like) continue;
            const bool has_next = i + 1 < tokens.size();
            // ", underlining the stakes": a participle clause.
            const bool participle = has_next && tokens[i + 1].kind == DateTokenKind::word &&
                                    written_lower_case(text, tokens[i + 1]) &&
                                    words.ends_like_participle(tokens[i + 1].folded);
            // A comma ends a clause that opened the sentence ("While X has…, Ukraine claimed…");
            // inside the sentence it ends one only when no name or date follows it: "…died during
            // a raid in Waco, Texas" and "…at Abbey Street, Tipperary, on March 17" go on.
            const bool continues = has_next && !cutter.fronted() &&
                                   (!written_lower_case(text, tokens[i + 1]) ||
                                    inside_any(tokens[i + 1].begin, date_spans));
            if (participle) {
                cutter.open(token.begin, ClauseKind::participle);
            } else if (cutter.kind() != ClauseKind::main && (token.folded == ";" || !continues)) {
                cutter.open(token.begin, ClauseKind::main);
            }
            continue;
        }
        if (inside_any(token.begin, date_spans)) continue;
        if (const std::size_t skip = words.match(tokens, i, ClauseWordKind::not_clause)) {
            i += skip - 1;
            continue;
        }
        std::size_t length = 0;
        if (const auto kind = clause_opened_by(text, words, tokens, i, length)) {
            // "after November 5", "після 5 листопада": a preposition of the date that follows.
            const bool before_date = i + length < tokens.size() && inside_any(tokens[i + length].begin, date_spans);
            if (!before_date) cutter.open(token.begin, *kind);
            i += length - 1;
            continue;
        }
        const bool after_comma = i > 0 && tokens[i - 1].folded == ",";
        if (after_comma && words.match(tokens, i, ClauseWordKind::coordinator)) {
            cutter.open(token.begin, ClauseKind::coordinate);
            continue;
        }
        if (words.match(tokens, i, ClauseWordKind::present) || stative_perfect(words, tokens, i) ||
            (token.kind == DateTokenKind::word && words.ends_like_present(token.folded)))
            cutter.mark_present();
        if (words.match(tokens, i, ClauseWordKind::report_verb)) cutter.mark_report();
    }
    return cutter.take();
}

bool ends_with_event_noun(std::string_view text, std::size_t from, std::size_t at, const ClauseLexicon& words) {
    // Event nouns are at most a few words: read only the last bytes, from a character boundary.
    constexpr std::size_t longest_event_noun = 3, window_bytes = 64;
    if (at > from + window_bytes) from = at - window_bytes;
    while (from < at && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    const std::vector<DateToken> tokens = tokenize_for_dates(text.substr(from, at - from));
    for (std::size_t n = 1; n <= std::min(longest_event_noun, tokens.size()); ++n) {
        if (words.match(tokens, tokens.size() - n, ClauseWordKind::event_noun) == n) return true;
    }
    return false;
}

}  // namespace frontmap::events
