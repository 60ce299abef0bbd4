#include "events/event_typing.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>

#include "events/date_mentions.hpp"

namespace frontmap::events {

const char* to_string(EventType type) {
    switch (type) {
        case EventType::none: return "none";
        case EventType::capture: return "capture";
        case EventType::advance: return "advance";
        case EventType::encirclement: return "encirclement";
        case EventType::withdrawal: return "withdrawal";
        case EventType::liberation: return "liberation";
        case EventType::clash: return "clash";
        case EventType::shelling: return "shelling";
        case EventType::strike: return "strike";
        case EventType::casualties: return "casualties";
        case EventType::civilian_harm: return "civilian_harm";
        case EventType::claim: return "claim";
        case EventType::political: return "political";
    }
    return "none";
}

const char* to_string(Side side) {
    switch (side) {
        case Side::none: return "none";
        case Side::ru: return "ru";
        case Side::ua: return "ua";
        case Side::other: return "third";
        case Side::unknown: return "unknown";
    }
    return "none";
}

const char* to_string(Control control) {
    switch (control) {
        case Control::none: return "none";
        case Control::ru: return "ru";
        case Control::ua: return "ua";
        case Control::contested: return "contested";
    }
    return "none";
}

namespace {

std::optional<EventType> parse_event_type(std::string_view name) {
    for (int t = 0; t <= static_cast<int>(EventType::political); ++t) {
        if (name == to_string(static_cast<EventType>(t))) return static_cast<EventType>(t);
    }
    return std::nullopt;
}

Side parse_side(std::string_view value) {
    if (value == "ru") return Side::ru;
    if (value == "ua") return Side::ua;
    if (value == "other" || value == "third") return Side::other;
    return Side::unknown;
}

Side opposite(Side side) {
    if (side == Side::ru) return Side::ua;
    if (side == Side::ua) return Side::ru;
    return Side::unknown;
}

Control held_by(Side side) {
    if (side == Side::ru) return Control::ru;
    if (side == Side::ua) return Control::ua;
    return Control::none;
}

// A cue found in a sentence, with its position in tokens and its words as written.
struct FoundCue {
    EventCueKind kind = EventCueKind::event;
    std::string value;
    std::size_t token = 0;  // first token
    std::string written;
};

struct SentenceCues {
    std::vector<DateToken> tokens;  // offsets into the whole text
    std::vector<FoundCue> cues;     // left to right
};

SentenceCues read_sentence(std::string_view text, std::pair<std::size_t, std::size_t> span,
                           const EventLexicon& lexicon, std::span<const gaz::Mention> mentions) {
    SentenceCues sentence;
    sentence.tokens = tokenize_for_dates(text.substr(span.first, span.second - span.first));
    for (DateToken& token : sentence.tokens) {
        token.begin += span.first;
        token.end += span.first;
    }
    for (const EventCueMatch& match : lexicon.find(sentence.tokens)) {
        const std::size_t begin = sentence.tokens[match.first].begin;
        const std::size_t end = sentence.tokens[match.first + match.tokens - 1].end;
        sentence.cues.push_back({match.cue->kind, match.cue->value, match.first,
                                 std::string(text.substr(begin, end - begin))});
    }
    // Places used as actors ("Kyiv said", "Moscow's forces") stand for their country's side;
    // foreign ones ("Washington said") are third-party sources.
    for (const gaz::Mention& mention : mentions) {
        if (mention.role != gaz::MentionRole::actor) continue;
        if (mention.byte_begin < span.first || mention.byte_begin >= span.second) continue;
        std::size_t token = 0;
        while (token + 1 < sentence.tokens.size() && sentence.tokens[token].end <= mention.byte_begin) ++token;
        const std::string& country = mention.place.country;
        if (country == "RU" || country == "UA") {
            sentence.cues.push_back({EventCueKind::side, country == "RU" ? "ru" : "ua", token, mention.surface});
        } else if (!country.empty()) {
            sentence.cues.push_back({EventCueKind::source, "third", token, mention.surface});
        }
    }
    std::stable_sort(sentence.cues.begin(), sentence.cues.end(),
                     [](const FoundCue& a, const FoundCue& b) { return a.token < b.token; });
    return sentence;
}

std::size_t token_at(const SentenceCues& sentence, std::size_t byte) {
    std::size_t token = 0;
    while (token + 1 < sentence.tokens.size() && sentence.tokens[token].end <= byte) ++token;
    return token;
}

std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

// The clause around a token: bounded by clause breaks (";", "while", "але"…).
std::pair<std::size_t, std::size_t> clause_of(const SentenceCues& sentence, std::size_t token) {
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

bool inside(std::pair<std::size_t, std::size_t> range, std::size_t token) {
    return token >= range.first && token < range.second;
}

// A side phrase right before a reporting or denying verb is its speaker ("Kyiv denied"), not
// the one who performs the event. A denier never is; a reporter may be when no one else is
// named ("Russia announced the capture of X").
bool is_speaker(const SentenceCues& sentence, const FoundCue& side, bool of_attribution) {
    for (const FoundCue& cue : sentence.cues) {
        if (cue.token <= side.token) continue;
        if (cue.token > side.token + 3) break;
        if (cue.kind == EventCueKind::denial || (of_attribution && cue.kind == EventCueKind::attribution)) return true;
    }
    return false;
}

enum class Speakers { keep, skip_deniers, skip_all };

// The side cue nearest to `anchor`; a phrase before the anchor (the subject) is preferred to one
// after it, and one in the same clause to one elsewhere in the sentence.
const FoundCue* nearest_of(const SentenceCues& sentence, std::size_t anchor, std::pair<std::size_t, std::size_t> clause,
                           std::initializer_list<EventCueKind> kinds, Speakers skip = Speakers::keep) {
    const FoundCue* best = nullptr;
    double best_cost = 0;
    for (const FoundCue& cue : sentence.cues) {
        if (std::find(kinds.begin(), kinds.end(), cue.kind) == kinds.end()) continue;
        if (skip != Speakers::keep && is_speaker(sentence, cue, skip == Speakers::skip_all)) continue;
        double cost = static_cast<double>(distance(cue.token, anchor));
        if (cue.token > anchor) cost *= 1.5;
        if (!inside(clause, cue.token)) cost += 12;
        if (!best || cost < best_cost) {
            best = &cue;
            best_cost = cost;
        }
    }
    return best;
}

bool has_kind(const SentenceCues& sentence, std::pair<std::size_t, std::size_t> clause, EventCueKind kind,
              const FoundCue** which = nullptr) {
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind == kind && inside(clause, cue.token)) {
            if (which) *which = &cue;
            return true;
        }
    }
    return false;
}

// Regions and countries hold a place's event but not its control; relations like "near X" or
// "toward X" put the event beside the place, not in it.
bool place_takes_control(const gaz::Mention& mention) {
    if (mention.place.feature_class == 'A' && mention.place.feature_code != "ADM3") return false;
    if (mention.qualifier == "direction") return false;
    return mention.relation.empty() || mention.relation == "outskirts of" || mention.relation == "approaches to";
}

struct EventChoice {
    EventType type = EventType::none;
    int priority = 0;
    const FoundCue* cue = nullptr;
};

EventChoice strongest_event(const SentenceCues& sentence, std::pair<std::size_t, std::size_t> clause,
                            std::size_t mention_token) {
    EventChoice best;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind != EventCueKind::event || !inside(clause, cue.token)) continue;
        const std::size_t colon = cue.value.find(':');
        const auto type = parse_event_type(std::string_view(cue.value).substr(0, colon));
        if (!type) continue;
        int priority = 0;
        const std::string_view digits = std::string_view(cue.value).substr(colon + 1);
        std::from_chars(digits.data(), digits.data() + digits.size(), priority);
        const bool stronger = priority > best.priority ||
                              (priority == best.priority && best.cue &&
                               distance(cue.token, mention_token) < distance(best.cue->token, mention_token));
        if (!best.cue || stronger) best = {*type, priority, &cue};
    }
    return best;
}

// Who the speaker of an attribution or denial is: the nearest side or source phrase.
Side speaker_side(const SentenceCues& sentence, const FoundCue& verb) {
    const auto whole = std::pair<std::size_t, std::size_t>{0, sentence.tokens.size()};
    const FoundCue* speaker = nearest_of(sentence, verb.token, whole, {EventCueKind::side, EventCueKind::source});
    if (!speaker || distance(speaker->token, verb.token) > 10) return Side::other;
    const Side side = parse_side(speaker->value);
    return side == Side::unknown ? Side::other : side;
}

EventLabel label_one(const gaz::Mention& mention, const SentenceCues& sentence, const SentenceCues* next) {
    EventLabel label;
    if (mention.role == gaz::MentionRole::actor || sentence.tokens.empty()) return label;
    const std::size_t token = token_at(sentence, mention.byte_begin);
    const auto clause = clause_of(sentence, token);
    const auto whole = std::pair<std::size_t, std::size_t>{0, sentence.tokens.size()};

    // Claimant: a reporting verb anywhere in the sentence, with its speaker's side.
    const FoundCue* attribution = nullptr;
    if (has_kind(sentence, whole, EventCueKind::attribution, &attribution)) {
        label.claimant = speaker_side(sentence, *attribution);
    }

    EventChoice choice = strongest_event(sentence, clause, token);
    const FoundCue* control_cue = nullptr;
    const bool control_word = has_kind(sentence, clause, EventCueKind::control, &control_cue) &&
                              distance(control_cue->token, token) <= 3;
    if (!choice.cue) {
        // A statement about the place with no event verb: a claim when someone is quoted.
        if (control_word) label.control = held_by(parse_side(control_cue->value));
        if (attribution && label.claimant != Side::none) {
            label.type = EventType::claim;
            label.actor = label.claimant == Side::other ? Side::unknown : label.claimant;
            label.cues.push_back(attribution->written);
            label.confidence = 0.3;
        }
        return label;
    }
    label.type = choice.type;
    label.cues.push_back(choice.cue->written);

    const FoundCue* actor = nearest_of(sentence, choice.cue->token, clause, {EventCueKind::side}, Speakers::skip_all);
    if (!actor) actor = nearest_of(sentence, choice.cue->token, clause, {EventCueKind::side}, Speakers::skip_deniers);
    label.actor = actor ? parse_side(actor->value) : Side::unknown;
    if (actor) label.cues.push_back(actor->written);

    // Semantic reading: retaking one's own ground is liberation, whatever the side calls it.
    if (label.type == EventType::liberation && label.actor == Side::ru) label.type = EventType::capture;
    if (label.type == EventType::capture && label.actor == Side::ua) label.type = EventType::liberation;

    const FoundCue* modifier = nullptr;
    const bool repelled = has_kind(sentence, clause, EventCueKind::repelled, &modifier) &&
                          (label.type == EventType::advance || label.type == EventType::capture ||
                           label.type == EventType::clash);
    if (repelled) {
        label.type = EventType::clash;
        label.cues.push_back(modifier->written);
    }
    // A modal or intention word scopes over the verb that follows it ("aims to take X",
    // "would fall"), not over every event in the clause.
    const FoundCue* intent = nullptr;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind == EventCueKind::hypothetical && inside(clause, cue.token) && cue.token < choice.cue->token &&
            choice.cue->token - cue.token <= 5) {
            intent = &cue;
        }
    }
    const bool hypothetical = intent != nullptr;
    if (hypothetical) {
        label.type = EventType::claim;
        label.cues.push_back(intent->written);
    }

    const bool in_place = place_takes_control(mention);
    const FoundCue* split = nullptr;
    const bool contested = has_kind(sentence, clause, EventCueKind::contested, &split);
    if (!hypothetical && in_place) {
        switch (label.type) {
            case EventType::capture:
            case EventType::liberation: label.control = held_by(label.actor); break;
            case EventType::withdrawal: label.control = held_by(opposite(label.actor)); break;
            case EventType::clash:
                label.control = repelled && (label.actor == Side::ru || label.actor == Side::ua)
                                    ? held_by(opposite(label.actor))
                                    : Control::contested;
                break;
            case EventType::advance:
            case EventType::encirclement: label.control = Control::contested; break;
            default: break;
        }
    }
    if (contested && in_place && !hypothetical) {
        label.control = Control::contested;
        label.cues.push_back(split->written);
    }
    if (control_word && label.control == Control::none) label.control = held_by(parse_side(control_cue->value));

    // Denial in this sentence or the next, by a side other than the one asserting the event.
    const FoundCue* denial = nullptr;
    const SentenceCues* denial_sentence = nullptr;
    if (has_kind(sentence, whole, EventCueKind::denial, &denial)) {
        denial_sentence = &sentence;
    } else if (next && has_kind(*next, {0, next->tokens.size()}, EventCueKind::denial, &denial)) {
        denial_sentence = next;
    }
    if (denial) {
        const Side denier = speaker_side(*denial_sentence, *denial);
        const Side asserter = label.claimant != Side::none ? label.claimant : label.actor;
        if (denier == Side::other || denier != asserter) {
            label.denied = true;
            label.cues.push_back(denial->written);
            // "Kyiv denied that X was encircled": the claim comes from the other side.
            if (label.claimant == Side::none && denial_sentence == &sentence) label.claimant = opposite(denier);
            if (label.claimant == Side::unknown) label.claimant = Side::none;
        }
    }

    // Confidence: strong cues and named actors are surer; hearsay and denials less so.
    double confidence = 0.45 + 0.04 * std::min(choice.priority, 9);
    if (label.actor == Side::unknown) confidence -= 0.1;
    if (label.claimant != Side::none) confidence -= 0.1;
    if (label.denied) confidence -= 0.15;
    if (hypothetical) confidence -= 0.1;
    label.confidence = std::clamp(confidence, 0.05, 0.95);
    return label;
}

}  // namespace

std::vector<EventLabel> label_events(std::string_view text, std::span<const gaz::Mention> mentions,
                                     const EventLexicon& lexicon) {
    std::vector<EventLabel> labels(mentions.size());
    const auto spans = sentence_spans(text);
    std::vector<std::optional<SentenceCues>> sentences(spans.size());
    auto sentence_at = [&](std::size_t index) -> const SentenceCues& {
        if (!sentences[index]) sentences[index] = read_sentence(text, spans[index], lexicon, mentions);
        return *sentences[index];
    };
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        const auto found = std::find_if(spans.begin(), spans.end(), [&](const auto& span) {
            return mentions[m].byte_begin >= span.first && mentions[m].byte_begin < span.second;
        });
        if (found == spans.end()) continue;
        const auto index = static_cast<std::size_t>(found - spans.begin());
        const SentenceCues* next = index + 1 < spans.size() ? &sentence_at(index + 1) : nullptr;
        labels[m] = label_one(mentions[m], sentence_at(index), next);
    }
    return labels;
}

}  // namespace frontmap::events
