#include "events/event_cues.hpp"

#include <algorithm>
#include <array>

#include "core/tsv_records.hpp"

namespace frontmap::events {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(EventCueKind::count_)> kind_names = {
    "event",     "side",    "source",  "attribution", "denial",      "hypothetical",
    "repelled",  "contested", "control", "neutral",   "clause_break", "negation",
    "vicinity",  "relative", "office"};

bool starts_with_word(const std::string& pattern, const std::string& word) {
    if (!pattern.empty() && pattern.back() == '*') {
        const std::string_view stem(pattern.data(), pattern.size() - 1);
        return std::string_view(word).substr(0, stem.size()) == stem;
    }
    return pattern == word;
}

bool starts_relative_clause(const SentenceCues& sentence, std::size_t token) {
    return std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const FoundCue& cue) {
        return cue.kind == EventCueKind::relative && cue.token == token;
    });
}

}  // namespace

std::optional<EventCueKind> parse_event_cue_kind(std::string_view name) {
    for (std::size_t k = 0; k < kind_names.size(); ++k) {
        if (kind_names[k] == name) return static_cast<EventCueKind>(k);
    }
    return std::nullopt;
}

EventLexicon EventLexicon::parse(std::string_view tsv, Diagnostics& diags, std::string_view source_name) {
    EventLexicon lexicon;
    for_each_tsv_record(tsv, source_name, 4, "kind, lang, phrase, value", diags,
                        [&](const std::vector<std::string_view>& fields, const std::string& where) {
        const auto kind = parse_event_cue_kind(fields[0]);
        if (!kind) {
            diags.warn(where, "unknown kind " + quote_excerpt(fields[0]) +
                                  "; expected one of event, side, source, attribution, denial, … (see the file header)");
            return;
        }
        // Phrases are tokenized as the text is, so "Russian-held" is three tokens on both sides;
        // a '*' after a word is kept as the prefix marker.
        Entry entry;
        std::string_view phrase = fields[2];
        std::size_t word_start = 0;
        while (word_start < phrase.size()) {
            std::size_t space = phrase.find(' ', word_start);
            if (space == std::string_view::npos) space = phrase.size();
            std::string_view word = phrase.substr(word_start, space - word_start);
            word_start = space + 1;
            if (word.empty()) continue;
            const bool prefix = word.back() == '*';
            if (prefix) word.remove_suffix(1);
            const auto tokens = tokenize_for_dates(word);
            for (std::size_t t = 0; t < tokens.size(); ++t) {
                entry.words.push_back(tokens[t].folded + (prefix && t + 1 == tokens.size() ? "*" : ""));
            }
        }
        if (entry.words.empty()) {
            diags.warn(where, "empty phrase; line skipped");
            return;
        }
        if (*kind == EventCueKind::event && fields[3].find(':') == std::string_view::npos) {
            diags.warn(where, "event value must be type:priority, found " + quote_excerpt(fields[3]) + "; line skipped");
            return;
        }
        entry.cue = EventCue{*kind, std::string(fields[3]), entry.words.size()};
        const std::size_t index = lexicon.entries_.size();
        if (entry.words.front().back() == '*') {
            lexicon.prefix_first_.push_back(index);
        } else {
            lexicon.by_first_word_[entry.words.front()].push_back(index);
        }
        lexicon.entries_.push_back(std::move(entry));
    });
    return lexicon;
}

EventLexicon EventLexicon::load(const std::string& path, Diagnostics& diags) {
    const auto content = read_language_file(path, diags, "events will not be typed");
    return content ? parse(*content, diags, path) : EventLexicon{};
}

bool EventLexicon::matches_at(const Entry& entry, std::span<const DateToken> tokens, std::size_t i) const {
    if (i + entry.words.size() > tokens.size()) return false;
    for (std::size_t n = 0; n < entry.words.size(); ++n) {
        if (!starts_with_word(entry.words[n], tokens[i + n].folded)) return false;
    }
    return true;
}

std::vector<EventCueMatch> EventLexicon::find(std::span<const DateToken> tokens) const {
    std::vector<EventCueMatch> found;
    std::size_t i = 0;
    while (i < tokens.size()) {
        const Entry* best = nullptr;
        auto consider = [&](std::size_t index) {
            const Entry& entry = entries_[index];
            if ((!best || entry.words.size() > best->words.size()) && matches_at(entry, tokens, i)) best = &entry;
        };
        if (const auto exact = by_first_word_.find(tokens[i].folded); exact != by_first_word_.end()) {
            for (const std::size_t index : exact->second) consider(index);
        }
        for (const std::size_t index : prefix_first_) consider(index);
        if (!best) {
            ++i;
            continue;
        }
        found.push_back({&best->cue, i, best->words.size()});
        i += best->words.size();
    }
    return found;
}

std::size_t token_at(const std::vector<DateToken>& tokens, std::size_t byte) {
    std::size_t token = 0;
    while (token + 1 < tokens.size() && tokens[token].end <= byte) ++token;
    return token;
}

SentenceCues read_sentence_cues(std::string_view text, TokenRange span, const EventLexicon& lexicon,
                                std::span<const gaz::Mention> mentions) {
    SentenceCues sentence;
    sentence.tokens = tokenize_for_dates(text.substr(span.first, span.second - span.first));
    for (DateToken& token : sentence.tokens) {
        token.begin += span.first;
        token.end += span.first;
    }
    for (const EventCueMatch& match : lexicon.find(sentence.tokens)) {
        const std::size_t begin = sentence.tokens[match.first].begin;
        const std::size_t end = sentence.tokens[match.first + match.tokens - 1].end;
        sentence.cues.push_back({match.cue->kind, match.cue->value, match.first, match.tokens,
                                 std::string(text.substr(begin, end - begin))});
    }
    // Places used as actors ("Kyiv said", "Moscow's forces") stand for their country's side;
    // foreign ones ("Washington said") are third-party sources.
    for (const gaz::Mention& mention : mentions) {
        if (mention.role != gaz::MentionRole::actor) continue;
        if (mention.byte_begin < span.first || mention.byte_begin >= span.second) continue;
        const std::size_t token = token_at(sentence.tokens, mention.byte_begin);
        const std::string& country = mention.place.country;
        if (country == "RU" || country == "UA") {
            sentence.cues.push_back({EventCueKind::side, country == "RU" ? "ru" : "ua", token, 1, mention.surface});
        } else if (!country.empty()) {
            sentence.cues.push_back({EventCueKind::source, "third", token, 1, mention.surface});
        }
    }
    std::stable_sort(sentence.cues.begin(), sentence.cues.end(),
                     [](const FoundCue& a, const FoundCue& b) { return a.token < b.token; });
    return sentence;
}

// The clause around a token: bounded by clause breaks (";", "while", "але"…).
TokenRange clause_of(const SentenceCues& sentence, std::size_t token) {
    std::size_t first = 0;
    std::size_t last = sentence.tokens.size();
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind != EventCueKind::clause_break) continue;
        if (cue.token <= token) first = cue.token + 1;
        if (cue.token > token) {
            last = cue.token;
            break;
        }
    }
    return {first, last};
}

// Commas split a clause into parts ("X fell, Y was shelled"): an event cue in another part
// speaks about the mention less surely than one in its own. A relative clause right after the
// place ("Kherson, which Ukraine liberated", "Куп'янськ, де тривають бої") is about it, so its
// comma does not count.
bool comma_between(const SentenceCues& sentence, std::size_t a, std::size_t b) {
    for (std::size_t t = std::min(a, b) + 1; t < std::max(a, b) && t < sentence.tokens.size(); ++t) {
        const DateToken& token = sentence.tokens[t];
        const bool comma = token.kind == DateTokenKind::punct &&
                           (token.folded == "," || token.folded == "—" || token.folded == ":");
        // The first comma within a place name's length after it ("Chasiv Yar, where…").
        const bool after_place = b < a && t <= b + 3;
        if (comma && !(after_place && starts_relative_clause(sentence, t + 1))) return true;
    }
    return false;
}

bool has_kind(const SentenceCues& sentence, TokenRange range, EventCueKind kind, const FoundCue** which) {
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind == kind && inside(range, cue.token)) {
            if (which) *which = &cue;
            return true;
        }
    }
    return false;
}

// A negation right before the event word, in the same comma part ("made no gains", "не взяли").
const FoundCue* negation_of(const SentenceCues& sentence, const FoundCue& event) {
    const FoundCue* found = nullptr;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.token >= event.token) break;
        if (cue.kind == EventCueKind::negation && event.token - (cue.token + cue.tokens) <= 2 &&
            !comma_between(sentence, cue.token, event.token))
            found = &cue;
    }
    return found;
}

// "near X, Y and Z", "towards X", "біля X": the event is around the place, not in it, so it
// implies no control. The cue reaches the places listed after it until an event word.
bool in_vicinity(const SentenceCues& sentence, TokenRange clause, std::size_t token) {
    for (auto cue = sentence.cues.rbegin(); cue != sentence.cues.rend(); ++cue) {
        if (cue->token >= token || !inside(clause, cue->token)) continue;
        if (cue->kind == EventCueKind::event) return false;
        if (cue->kind == EventCueKind::vicinity) return token - (cue->token + cue->tokens) <= 8;
    }
    return false;
}

}  // namespace frontmap::events
