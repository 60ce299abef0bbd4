#include "events/date_mentions.hpp"

#include <algorithm>

#include "events/date_posts.hpp"

namespace frontmap::events {

namespace {

// Closing quotes and brackets may stand between a sentence's final mark and the space after it:
// `gains.” The Kremlin`, `(see above.) Next`. Returns how many bytes of them start at `i`.
std::size_t closers_at(std::string_view text, std::size_t i) {
    constexpr std::string_view closers[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\"", "'", ")", "]"};
    std::size_t n = 0;
    for (bool more = true; more;) {
        more = false;
        for (std::string_view c : closers) {
            if (text.substr(i + n, c.size()) == c) {
                n += c.size();
                more = true;
            }
        }
    }
    return n;
}

// The byte length of a sentence-final mark at `i` (. ! ? or the ellipsis …), else 0.
std::size_t final_mark_at(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?') return 1;
    return text.substr(i, 3) == "\xE2\x80\xA6" ? 3 : 0;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
        if (end > start) out.emplace_back(start, end);
        start = end;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            close(i + 1);
            continue;
        }
        const std::size_t mark = final_mark_at(text, i);
        if (mark == 0) continue;
        const std::size_t after = i + mark + closers_at(text, i + mark);
        if (after >= text.size() || (text[after] != ' ' && text[after] != '\t')) continue;
        // "Nov. 5", "Gen. Syrskyi": a dot after a short capitalised word closes no sentence.
        std::size_t w = i;
        while (w > start && text[w - 1] != ' ' && text[w - 1] != '\n') --w;
        if (text[i] == '.' && after == i + 1 && i - w <= 3 && i > w && text[w] >= 'A' && text[w] <= 'Z') continue;
        close(after);
        i = after - 1;
    }
    close(text.size());
    return out;
}

namespace {

using Span = std::pair<std::size_t, std::size_t>;

std::size_t gap_between(const TemporalExpression& e, const gaz::Mention& m) {
    return e.byte_end <= m.byte_begin ? m.byte_begin - e.byte_end
           : e.byte_begin >= m.byte_end ? e.byte_begin - m.byte_end
                                        : 0;
}

std::size_t piece_index(std::span<const ClausePiece> pieces, std::size_t byte) {
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        if (byte < pieces[k].byte_end) return k;
    }
    return pieces.size() - 1;
}

// The relative clause that starts right after the mention, past blanks and a comma: "Kherson,
// which Ukraine liberated last month" is about Kherson.
std::optional<std::size_t> relative_after(std::string_view text, std::span<const ClausePiece> pieces,
                                          const gaz::Mention& m) {
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const bool relative = pieces[k].kind == ClauseKind::relative || pieces[k].kind == ClauseKind::relative_agent;
        if (!relative || pieces[k].byte_begin < m.byte_end) continue;
        const std::string_view between = text.substr(m.byte_end, pieces[k].byte_begin - m.byte_end);
        if (between.find_first_not_of(" ,") == std::string_view::npos) return k;
        return std::nullopt;
    }
    return std::nullopt;
}

// Whether the mention's clause, with the clauses it runs into before the next comma ("…for Kyiv
// as Moscow seeks…"), is in the present tense: it then describes the time of writing.
bool present_from(std::string_view text, std::span<const ClausePiece> pieces, std::size_t k) {
    if (pieces[k].present) return true;
    for (std::size_t n = k + 1; n < pieces.size() && pieces[n].kind != ClauseKind::main; ++n) {
        if (text[pieces[n].byte_begin] == ',' || text[pieces[n].byte_begin] == ';') break;
        if (pieces[n].present) return true;
    }
    return false;
}

// A "when" clause sets the time of its main clause; a "who" clause that reports a statement
// ("Gerasimov, who reported to Putin on December 11") dates the news the sentence is about.
bool reaches_main_clause(const ClausePiece& piece) {
    return piece.kind == ClauseKind::temporal || (piece.kind == ClauseKind::relative_agent && piece.reports);
}

struct SentenceDates {
    std::vector<const TemporalExpression*> expressions;  // dates (not durations) in the sentence
    std::vector<ClausePiece> pieces;
};

SentenceDates sentence_dates(std::string_view text, Span sentence, std::span<const TemporalExpression> expressions,
                             const ClauseLexicon& clauses) {
    SentenceDates out;
    std::vector<Span> date_spans;
    for (const auto& e : expressions) {
        if (e.byte_begin < sentence.first || e.byte_end > sentence.second) continue;
        date_spans.emplace_back(e.byte_begin, e.byte_end);
        if (!e.duration && e.resolved) out.expressions.push_back(&e);
    }
    if (!out.expressions.empty()) out.pieces = find_clauses(text, sentence.first, sentence.second, clauses, date_spans);
    return out;
}

// The date expression that governs the mention, in this order: one in its own clause; one in the
// relative clause it is the antecedent of; one of the main clause (or of a "when" or "who" clause,
// for a mention in the main clause) when the mention's clause is not in the present tense. The
// nearest wins within a rule.
const TemporalExpression* governing_expression(std::string_view text, const SentenceDates& sentence,
                                               const gaz::Mention& m) {
    const auto& pieces = sentence.pieces;
    const std::size_t own = piece_index(pieces, m.byte_begin);
    const auto relative = relative_after(text, pieces, m);
    const bool present = present_from(text, pieces, own);
    const TemporalExpression* best[3] = {nullptr, nullptr, nullptr};
    for (const TemporalExpression* e : sentence.expressions) {
        const ClausePiece& at = pieces[piece_index(pieces, e->byte_begin)];
        int rule = -1;
        if (at.id == pieces[own].id) {
            rule = 0;
        } else if (relative && at.id == pieces[*relative].id) {
            rule = 1;
        } else if (!present && (at.kind == ClauseKind::main || (reaches_main_clause(at) &&
                                                                  pieces[own].kind == ClauseKind::main))) {
            rule = 2;
        }
        if (rule < 0) continue;
        if (!best[rule] || gap_between(*e, m) < gap_between(*best[rule], m)) best[rule] = e;
    }
    for (const TemporalExpression* e : best) {
        if (e) return e;
    }
    return nullptr;
}

const EmbeddedPost* post_at(std::span<const EmbeddedPost> posts, std::size_t byte) {
    for (const auto& post : posts) {
        if (byte >= post.byte_begin && byte < post.byte_end) return &post;
    }
    return nullptr;
}

bool same_place(const gaz::Mention& a, const gaz::Mention& b) {
    if (a.place.geonameid != 0 || b.place.geonameid != 0) return a.place.geonameid == b.place.geonameid;
    return !a.place.name.empty() && a.place.name == b.place.name;
}

// What dating found for one mention before events named again are linked.
struct Dating {
    std::optional<MentionDate> date;
    bool governed = false;      // by a date expression of its own sentence
    bool in_post = false;
    bool event_object = false;  // named after an event noun: "the capture of Siversk"
};

// "The capture of Siversk … on December 11" dates the capture; "The capture of Siversk has also
// reignited talks" names the same event again and takes that date. Only a mention without a date
// expression of its own takes one, from the nearest dated mention of the same place that is also
// named after an event noun.
void date_events_named_again(std::span<const gaz::Mention> mentions, std::vector<Dating>& dating) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (!dating[i].event_object || dating[i].governed || dating[i].in_post) continue;
        std::optional<std::size_t> donor;
        for (std::size_t j = 0; j < mentions.size(); ++j) {
            if (j == i || !dating[j].governed || !dating[j].event_object || !same_place(mentions[i], mentions[j]))
                continue;
            const auto distance = [&](std::size_t k) { return k > i ? k - i : i - k; };
            if (!donor || distance(j) < distance(*donor)) donor = j;
        }
        if (donor) dating[i].date = dating[*donor].date;
    }
}

}  // namespace

std::vector<std::optional<MentionDate>> date_mentions(std::string_view text, std::span<const gaz::Mention> mentions,
                                                      std::span<const TemporalExpression> expressions,
                                                      const DocumentDate& document, const ClauseLexicon& clauses) {
    const auto sentences = sentence_spans(text);
    auto sentence_of = [&](std::size_t byte) -> Span {
        auto it = std::upper_bound(sentences.begin(), sentences.end(), byte,
                                   [](std::size_t b, const auto& s) { return b < s.second; });
        if (it == sentences.end()) return {0, text.size()};
        return *it;
    };
    const bool inferred = document.how == "inferred" || document.how == "inferred-year";
    std::optional<MentionDate> document_fallback;
    if (document.range)
        document_fallback = MentionDate{*document.range, inferred ? DateSource::inferred : DateSource::document};
    const auto posts = find_embedded_posts(text, expressions, clauses);

    std::vector<Dating> dating(mentions.size());
    Span cached_sentence{1, 0};
    SentenceDates sentence;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const gaz::Mention& m = mentions[i];
        const Span span = sentence_of(m.byte_begin);
        if (span != cached_sentence) {
            sentence = sentence_dates(text, span, expressions, clauses);
            cached_sentence = span;
        }
        const EmbeddedPost* post = post_at(posts, m.byte_begin);
        const TemporalExpression* e = sentence.expressions.empty() ? nullptr : governing_expression(text, sentence, m);
        // A post's relative dates count from the post's day, which the expressions did not know.
        if (e && post && e->source == DateSource::relative) e = nullptr;
        Dating& d = dating[i];
        d.in_post = post != nullptr;
        d.governed = e != nullptr;
        d.event_object = ends_with_event_noun(text, span.first, m.byte_begin, clauses);
        if (e) {
            const bool year_guessed = document.how == "inferred-year" && !e->year_stated;
            d.date = MentionDate{e->range, year_guessed ? DateSource::inferred : e->source};
        } else if (post) {
            d.date = MentionDate{post->date, DateSource::explicit_date};
        } else {
            d.date = document_fallback;
        }
    }
    date_events_named_again(mentions, dating);
    std::vector<std::optional<MentionDate>> out;
    out.reserve(dating.size());
    for (auto& d : dating) out.push_back(std::move(d.date));
    return out;
}

}  // namespace frontmap::events
