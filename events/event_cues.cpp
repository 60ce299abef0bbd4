#include "core/tsv_records.hpp"
#include "events/event_cues.hpp"

#include <array>
#include <fstream>
#include <sstream>

namespace frontmap::events {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(EventCueKind::count_)> kind_names = {
    "event",     "side",    "source",  "attribution", "denial",      "hypothetical",
    "repelled",  "contested", "control", "neutral",   "clause_break"};

bool starts_with_word(const std::string& pattern, const std::string& word) {
    if (!pattern.empty() && pattern.back() == '*') {
        const std::string_view stem(pattern.data(), pattern.size() - 1);
        return std::string_view(word).substr(0, stem.size()) == stem;
    }
    return pattern == word;
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
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.report(Severity::error, path, "cannot open the event cue lexicon; events will not be typed "
                                            "(set FRONTMAP_ASSETS or pass the assets folder)");
        return {};
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parse(content.str(), diags, path);
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

}  // namespace frontmap::events
