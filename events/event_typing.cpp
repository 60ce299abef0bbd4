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

std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

// A side phrase is a speaker, not the one who performs the event, when a reporting or denying
// verb follows it ("Kyiv denied") or a prepositional attribution precedes it ("according to
// Ukrainian officers"). A denier never is the actor; a reporter may be when no one else is named.
bool is_speaker(const SentenceCues& sentence, const FoundCue& side, bool of_attribution) {
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind == EventCueKind::attribution && cue.value == "before" && cue.token < side.token &&
            side.token - cue.token <= 3)
            return true;
        if (cue.token <= side.token) continue;
        if (cue.token > side.token + 3) break;
        if (cue.kind == EventCueKind::denial || (of_attribution && cue.kind == EventCueKind::attribution)) return true;
    }
    return false;
}

// Cues that name a side: "side" phrases, and for anaphors ("its troops") the side or source
// they point back to.
std::optional<Side> side_of(const SentenceCues& sentence, const FoundCue& cue) {
    if (cue.kind == EventCueKind::source) {
        const Side side = parse_side(cue.value);
        return side == Side::ru || side == Side::ua ? std::optional(side) : std::nullopt;
    }
    if (cue.value != "speaker") return parse_side(cue.value);
    const FoundCue* antecedent = nullptr;
    for (const FoundCue& other : sentence.cues) {
        if (other.token >= cue.token) break;
        if ((other.kind == EventCueKind::side && other.value != "speaker") || other.kind == EventCueKind::source)
            antecedent = &other;
    }
    if (!antecedent) return std::nullopt;
    const Side side = parse_side(antecedent->value);
    return side == Side::ru || side == Side::ua ? std::optional(side) : std::nullopt;
}

enum class Speakers { keep, skip_deniers, skip_all };

struct SideChoice {
    const FoundCue* cue = nullptr;
    Side side = Side::unknown;
};

// The side cue nearest to `anchor`: a phrase before it (the subject) is preferred to one after it
// (usually the object: "surrounded Ukrainian units"), and one in the same clause to one elsewhere.
// `exclude` is the mention's own token: a place is never the actor of its own event.
SideChoice nearest_side(const SentenceCues& sentence, std::size_t anchor, TokenRange clause, Speakers skip,
                        std::size_t exclude) {
    SideChoice best;
    double best_cost = 0;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind != EventCueKind::side || covers(cue, exclude)) continue;
        if (skip != Speakers::keep && is_speaker(sentence, cue, skip == Speakers::skip_all)) continue;
        const auto side = side_of(sentence, cue);
        if (!side) continue;
        double cost = static_cast<double>(distance(cue.token, anchor));
        if (cue.token > anchor) cost *= 2.5;
        if (!inside(clause, cue.token)) cost += 12;
        if (!best.cue || cost < best_cost) {
            best = {&cue, *side};
            best_cost = cost;
        }
    }
    return best;
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
    const FoundCue* negation = nullptr;
};

std::pair<EventType, int> parse_event_value(std::string_view value) {
    const std::size_t colon = value.find(':');
    const auto type = parse_event_type(value.substr(0, colon));
    int priority = 0;
    const std::string_view digits = value.substr(colon + 1);
    std::from_chars(digits.data(), digits.data() + digits.size(), priority);
    return {type.value_or(EventType::none), priority};
}

// Events that change who holds ground keep their meaning when negated ("failed to capture" is a
// held place); a negated strike or clash is simply no event.
bool survives_negation(EventType type) {
    return type == EventType::capture || type == EventType::advance || type == EventType::encirclement ||
           type == EventType::withdrawal || type == EventType::liberation;
}

EventChoice strongest_event(const SentenceCues& sentence, TokenRange clause, std::size_t mention_token) {
    EventChoice best;
    int best_score = 0;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind != EventCueKind::event || !inside(clause, cue.token)) continue;
        const auto [type, priority] = parse_event_value(cue.value);
        if (type == EventType::none) continue;
        const FoundCue* negation = negation_of(sentence, cue);
        if (negation && !survives_negation(type)) continue;
        const int score = priority - (comma_between(sentence, cue.token, mention_token) ? 3 : 0);
        const bool stronger = score > best_score ||
                              (score == best_score && best.cue &&
                               distance(cue.token, mention_token) < distance(best.cue->token, mention_token));
        if (!best.cue || stronger) {
            best = {type, priority, &cue, negation};
            best_score = score;
        }
    }
    return best;
}

bool names_a_party(const FoundCue& cue) {
    return (cue.kind == EventCueKind::side || cue.kind == EventCueKind::source) && cue.value != "speaker";
}

Side party_of(const FoundCue& cue) {
    const Side side = parse_side(cue.value);
    return side == Side::unknown ? Side::other : side;
}

// Who the speaker of an attribution or denial is. The subject right before the verb ("Ukrainian
// officials said", "Kyiv has denied") comes first; then a phrase right after it ("said the
// General Staff", "повідомив Генштаб", "according to ISW"); then the nearest one before it
// within ten tokens. A denial's object ("denied Russian reports") is not its speaker, so
// denials look only before. nullopt when no one is named.
std::optional<Side> named_speaker(const SentenceCues& sentence, const FoundCue& verb) {
    const bool is_denial = verb.kind == EventCueKind::denial;
    const FoundCue* before = nullptr;
    const FoundCue* after = nullptr;
    for (const FoundCue& cue : sentence.cues) {
        if (!names_a_party(cue)) continue;
        if (cue.token < verb.token && verb.token - cue.token <= 10) before = &cue;
        // "according to" and "confirmed by" name their speaker after them, after a title or name.
        const std::size_t reach = verb.value == "before" ? 8 : 2;
        if (!after && cue.token >= verb.token + verb.tokens && cue.token - (verb.token + verb.tokens) <= reach)
            after = &cue;
    }
    if (verb.value == "before" && after) return party_of(*after);
    if (before && verb.token - before->token <= 4) return party_of(*before);
    if (after && !is_denial) return party_of(*after);
    if (before) return party_of(*before);
    return std::nullopt;
}

// Whose statement a denial rejects, when it says so: "denied Russian reports", "заперечує заяви
// Москви", "rejected the Ukrainian account". nullopt when the denial names no one after it.
std::optional<Side> denied_party(const SentenceCues& sentence, const FoundCue& denial) {
    for (const FoundCue& cue : sentence.cues) {
        if (cue.token < denial.token + denial.tokens) continue;
        if (cue.token - (denial.token + denial.tokens) > 3) break;
        if (names_a_party(cue)) return party_of(cue);
    }
    return std::nullopt;
}

// An unnamed speaker is a third party ("officials said", "drivers told reporters").
Side speaker_side(const SentenceCues& sentence, const FoundCue& verb) {
    return named_speaker(sentence, verb).value_or(Side::other);
}

// A place named as a side ("Kyiv denied", "Moscow's forces", "which Ukraine liberated", "the
// Russian Defence Ministry" with "Russia" inside it) stands for a government or army: it is the
// actor or speaker, not where something happens. The gazetteer marks most of these; this catches
// the ones it left as locations, from the verb next to them.
bool is_metonym(const SentenceCues& sentence, std::size_t token) {
    const FoundCue* own = nullptr;
    for (const FoundCue& cue : sentence.cues) {
        if ((cue.kind == EventCueKind::side || cue.kind == EventCueKind::source) && covers(cue, token)) own = &cue;
    }
    if (!own) return false;
    if (own->tokens > 1 && own->kind == EventCueKind::source) return true;  // "Міністерство оборони України"
    const std::size_t after = own->token + own->tokens;
    for (const FoundCue& cue : sentence.cues) {
        const bool verb = cue.kind == EventCueKind::attribution || cue.kind == EventCueKind::denial ||
                          cue.kind == EventCueKind::event || cue.kind == EventCueKind::hypothetical;
        if (!verb) continue;
        if (cue.token >= after && cue.token <= after + 1) return true;  // "Kyiv denied", "Kyiv has conceded"
        if (cue.kind == EventCueKind::attribution && cue.token + cue.tokens == own->token) return true;  // "сообщил Кремль"
    }
    return false;
}

// A place named as the seat of an office ("the mayor of Kharkiv", "мер Харкова", "влада
// Дніпропетровської області", "officials in Donetsk", "Donetsk officials") stands for the people
// who speak, not for where something happens.
bool is_office_seat(const SentenceCues& sentence, std::size_t first, std::size_t last) {
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind != EventCueKind::office) continue;
        const std::size_t end = cue.token + cue.tokens;
        if (end <= first && first - end <= 1) return true;  // "мер Харкова", "officials in Donetsk"
        if (cue.token == last) return true;  // "Donetsk officials"
    }
    return false;
}

// A dateline ("KYIV, Oct 14 (Reuters) –") names where the story was filed, not an event: a place
// in capitals at the start of a sentence, followed by a comma.
bool is_dateline(const SentenceCues& sentence, const gaz::Mention& mention, std::size_t first, std::size_t last) {
    if (first != 0 || last >= sentence.tokens.size() || sentence.tokens[last].folded != ",") return false;
    bool letters = false;
    for (const unsigned char c : mention.surface) {
        if (c >= 'a' && c <= 'z') return false;
        letters |= c >= 'A' && c <= 'Z';
    }
    return letters;
}

// Denial in this sentence or the next, by a side other than the one asserting the event.
void apply_denial(EventLabel& label, const SentenceCues& sentence, const SentenceCues* next) {
    const FoundCue* denial = nullptr;
    const SentenceCues* denial_sentence = nullptr;
    if (has_kind(sentence, {0, sentence.tokens.size()}, EventCueKind::denial, &denial)) {
        denial_sentence = &sentence;
    } else if (next && has_kind(*next, {0, next->tokens.size()}, EventCueKind::denial, &denial)) {
        denial_sentence = next;
    }
    if (!denial) return;
    // "Kyiv conceded …, but rejected claims of encirclement": with no speaker of its own, a denial
    // in the same sentence is by the sentence's speaker.
    const auto named = named_speaker(*denial_sentence, *denial);
    const Side denier = named ? *named : denial_sentence == &sentence && label.claimant != Side::none ? label.claimant
                                                                                                        : Side::other;
    const Side asserter = label.claimant != Side::none ? label.claimant : label.actor;
    if (denier != Side::other && denier == asserter) return;
    // "Kyiv denied Russian reports …" denies Russia's statements, not Ukraine's own in the
    // sentence before.
    const auto target = denied_party(*denial_sentence, *denial);
    if (target && (asserter == Side::ru || asserter == Side::ua) && *target != asserter) return;
    label.denied = true;
    label.cues.push_back(denial->written);
    // "Kyiv denied that X was encircled": the claim comes from the other side.
    if (label.claimant == Side::none && denial_sentence == &sentence) label.claimant = opposite(denier);
    if (label.claimant == Side::unknown) label.claimant = Side::none;
}

// The control an event implies for a place inside it.
Control control_after(EventType type, Side actor, bool repelled, bool negated) {
    if (negated) {  // "failed to capture X", "did not withdraw": the status quo holds
        return type == EventType::withdrawal ? held_by(actor) : held_by(opposite(actor));
    }
    switch (type) {
        case EventType::capture:
        case EventType::liberation: return held_by(actor);
        case EventType::withdrawal: return held_by(opposite(actor));
        case EventType::clash:
            return repelled && (actor == Side::ru || actor == Side::ua) ? held_by(opposite(actor)) : Control::contested;
        case EventType::advance:
        case EventType::encirclement: return Control::contested;
        default: return Control::none;
    }
}

// A modal or intention word scopes over the verb that follows it ("aims to take X", "would fall")
// or, for modals, over the noun just before it ("taking Bakhmut would…", "the capture of X could…").
const FoundCue* intent_of(const SentenceCues& sentence, TokenRange clause, const FoundCue& event) {
    const FoundCue* intent = nullptr;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind != EventCueKind::hypothetical || !inside(clause, cue.token)) continue;
        if (cue.token < event.token && event.token - cue.token <= 5) intent = &cue;
        if (cue.token > event.token && cue.token - event.token <= 4 && cue.value == "modal" &&
            !comma_between(sentence, event.token, cue.token) && !intent)
            intent = &cue;
    }
    return intent;
}

// The sentence's reporting verb or phrase. A claim word right after a denial ("rejected claims
// of", "опроверг заявление") is what is denied, not who reports the sentence.
const FoundCue* reported_by(const SentenceCues& sentence) {
    const FoundCue* denial = nullptr;
    for (const FoundCue& cue : sentence.cues) {
        if (cue.kind == EventCueKind::denial) denial = &cue;
        if (cue.kind != EventCueKind::attribution) continue;
        if (denial && cue.token >= denial->token + denial->tokens && cue.token - (denial->token + denial->tokens) <= 2)
            continue;
        return &cue;
    }
    return nullptr;
}

EventLabel claim_only(const FoundCue* attribution, const FoundCue* control_cue, Side claimant) {
    EventLabel label;
    label.claimant = claimant;
    if (control_cue) label.control = held_by(parse_side(control_cue->value));
    if (attribution && claimant != Side::none) {
        label.type = EventType::claim;
        label.actor = claimant == Side::other ? Side::unknown : claimant;
        label.cues.push_back(attribution->written);
        label.confidence = 0.3;
    } else {
        label.claimant = Side::none;
    }
    return label;
}

EventLabel label_one(const gaz::Mention& mention, const SentenceCues& sentence, const SentenceCues* next) {
    EventLabel label;
    if (mention.role == gaz::MentionRole::actor || sentence.tokens.empty()) return label;
    const std::size_t token = token_at(sentence.tokens, mention.byte_begin);
    const std::size_t after_mention = token_at(sentence.tokens, mention.byte_end - 1) + 1;
    if (is_metonym(sentence, token) || is_office_seat(sentence, token, after_mention) ||
        is_dateline(sentence, mention, token, after_mention))
        return label;
    const auto clause = clause_of(sentence, token);

    // Claimant: a reporting verb anywhere in the sentence, with its speaker's side.
    const FoundCue* attribution = reported_by(sentence);
    const Side claimant = attribution ? speaker_side(sentence, *attribution) : Side::none;

    const EventChoice choice = strongest_event(sentence, clause, token);
    const FoundCue* control_cue = nullptr;
    const bool control_word = has_kind(sentence, clause, EventCueKind::control, &control_cue) &&
                              distance(control_cue->token, token) <= 3;
    if (!choice.cue) {
        // A statement about the place with no event verb: a claim when someone is quoted.
        label = claim_only(attribution, control_word ? control_cue : nullptr, claimant);
        if (label.type == EventType::claim) apply_denial(label, sentence, next);
        return label;
    }
    label.claimant = claimant;
    label.type = choice.type;
    label.cues.push_back(choice.cue->written);

    SideChoice actor = nearest_side(sentence, choice.cue->token, clause, Speakers::skip_all, token);
    if (!actor.cue) actor = nearest_side(sentence, choice.cue->token, clause, Speakers::skip_deniers, token);
    label.actor = actor.cue ? actor.side : Side::unknown;
    if (actor.cue) label.cues.push_back(actor.cue->written);
    // Sides announce their own gains: "Russia claims the capture of X", "Генштаб: звільнено Y".
    if (!actor.cue && (label.type == EventType::capture || label.type == EventType::liberation) &&
        (claimant == Side::ru || claimant == Side::ua))
        label.actor = claimant;

    // Semantic reading: retaking one's own ground is liberation, whatever the side calls it.
    if (label.type == EventType::liberation && label.actor == Side::ru) label.type = EventType::capture;
    if (label.type == EventType::capture && label.actor == Side::ua) label.type = EventType::liberation;

    const FoundCue* modifier = nullptr;
    const bool repelled = has_kind(sentence, clause, EventCueKind::repelled, &modifier) &&
                          (label.type == EventType::advance || label.type == EventType::capture ||
                           label.type == EventType::clash || label.type == EventType::liberation);
    if (repelled) {
        label.type = EventType::clash;
        label.cues.push_back(modifier->written);
    }
    // "made no gains", "не змогли взяти": the attempt is fighting, and the ground stays as it was.
    const bool negated = choice.negation != nullptr && !repelled;
    if (negated) {
        label.type = EventType::clash;
        label.cues.push_back(choice.negation->written);
    }
    const FoundCue* intent = intent_of(sentence, clause, *choice.cue);
    const bool hypothetical = intent != nullptr;
    if (hypothetical) {
        label.type = EventType::claim;
        label.cues.push_back(intent->written);
    }

    const bool in_place = place_takes_control(mention) && !in_vicinity(sentence, clause, token);
    const FoundCue* split = nullptr;
    const bool contested = has_kind(sentence, clause, EventCueKind::contested, &split);
    if (!hypothetical && in_place)
        label.control = control_after(negated ? choice.type : label.type, label.actor, repelled, negated);
    if (!hypothetical && in_place && negated && label.actor != Side::ru && label.actor != Side::ua)
        label.control = Control::none;
    if (contested && in_place && !hypothetical) {
        label.control = Control::contested;
        label.cues.push_back(split->written);
    }
    if (control_word && label.control == Control::none) label.control = held_by(parse_side(control_cue->value));

    apply_denial(label, sentence, next);

    // Confidence: strong cues and named actors are surer; hearsay and denials less so.
    double confidence = 0.45 + 0.04 * std::min(choice.priority, 9);
    if (label.actor == Side::unknown) confidence -= 0.1;
    if (label.claimant != Side::none) confidence -= 0.1;
    if (label.denied) confidence -= 0.15;
    if (hypothetical || negated) confidence -= 0.1;
    label.confidence = std::clamp(confidence, 0.05, 0.95);
    return label;
}

// Regions and countries named as the container of a place ("Pokrovsk in the Donetsk region",
// "Kupiansk, Kharkiv oblast", "Сіверськ у Донецькій області") report the same event as the
// place; they imply no control of their own.
bool is_container(const gaz::Mention& mention) {
    const auto& place = mention.place;
    if (place.feature_class == 'L') return true;
    return place.feature_class == 'A' && place.feature_code != "ADM3" && place.feature_code != "ADM4";
}

void copy_to_containers(std::string_view text, std::span<const gaz::Mention> mentions,
                        std::span<const std::pair<std::size_t, std::size_t>> spans, const EventLexicon& lexicon,
                        std::vector<EventLabel>& labels) {
    for (std::size_t m = 1; m < mentions.size(); ++m) {
        if (mentions[m].role != gaz::MentionRole::location || !is_container(mentions[m])) continue;
        std::size_t p = m;
        while (p > 0 && mentions[p - 1].role == gaz::MentionRole::location && is_container(mentions[p - 1])) --p;
        if (p == 0) continue;
        const gaz::Mention& town = mentions[p - 1];
        if (town.role != gaz::MentionRole::location) continue;
        const auto sentence = std::find_if(spans.begin(), spans.end(), [&](const auto& span) {
            return town.byte_begin >= span.first && town.byte_begin < span.second;
        });
        if (sentence == spans.end() || mentions[m].byte_begin >= sentence->second) continue;
        // Close enough, and nothing between them that could start a statement of its own.
        const std::string_view between = text.substr(town.byte_end, mentions[m].byte_begin - town.byte_end);
        const auto tokens = tokenize_for_dates(between);
        if (tokens.size() > 8) continue;
        bool own_statement = false;
        for (const EventCueMatch& match : lexicon.find(tokens)) {
            const EventCueKind kind = match.cue->kind;
            own_statement |= kind == EventCueKind::event || kind == EventCueKind::clause_break ||
                             kind == EventCueKind::attribution || kind == EventCueKind::denial;
        }
        for (const DateToken& token : tokens) own_statement |= token.folded == ";" || token.folded == "—";
        if (own_statement || labels[p - 1].type == EventType::none) continue;
        labels[m] = labels[p - 1];
        labels[m].control = Control::none;
    }
}

}  // namespace

std::vector<EventLabel> label_events(std::string_view text, std::span<const gaz::Mention> mentions,
                                     const EventLexicon& lexicon) {
    std::vector<EventLabel> labels(mentions.size());
    const auto spans = sentence_spans(text);
    std::vector<std::optional<SentenceCues>> sentences(spans.size());
    auto sentence_at = [&](std::size_t index) -> const SentenceCues& {
        if (!sentences[index]) sentences[index] = read_sentence_cues(text, spans[index], lexicon, mentions);
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
    copy_to_containers(text, mentions, spans, lexicon, labels);
    return labels;
}

}  // namespace frontmap::events
