#pragma once
// Name normalisation shared by the index builder and the matcher: both sides of every
// comparison go through exactly these functions, so a spelling that folds the same matches.
#include <string>
#include <string_view>

namespace frontmap::gaz {

enum class Script { none, latin, cyrillic, other };

// Case-folded (Unicode full case folding), diacritics stripped (NFD, combining marks removed:
// é→e, ё→е, ї→і, й→и), apostrophes of every kind (' ’ ʼ ` ´ ′) removed, hyphens, dashes and
// underscores turned into a space, runs of white space collapsed to one space, trimmed.
// Script is kept: "Покровськ" stays Cyrillic. Invalid UTF-8 bytes are dropped. Folding a
// folded name changes nothing.
std::string fold_name(std::string_view utf8);

// Cross-script phonetic skeleton of a folded name: Cyrillic transliterated to Latin
// (Ukrainian and Russian letters both), soft and hard signs and punctuation dropped, digraphs
// unified into one uppercase placeholder each (zh→Z, ch→C, sh→S, shch→Q, ts→T), kh/h/g merged
// into h, x→ks, i/y/j merged, ie/ye→e, yu/iu→u, ya/ia→ia (kept apart from a), w→v, doubled
// letters collapsed. Spaces are kept between words. ASCII only; a key, not for display.
// "Kupiansk", "Kupyansk", "Kup'yansk", "Купянск" and "Куп'янськ" share one skeleton.
std::string skeleton_key(std::string_view folded);

// The script most letters of the text are written in; a tie goes to the first letter's
// script; none when there is no letter.
Script dominant_script(std::string_view utf8);

// True when the first code point is an uppercase or titlecase letter (invalid UTF-8 bytes
// before it are skipped, as fold_name drops them).
bool starts_uppercase(std::string_view utf8);

// True when the text has at least one uppercase letter and no lowercase letter ("NATO",
// "КИЇВ", "ЗСУ-2"); letters without case ("東京") count as neither.
bool is_all_uppercase(std::string_view utf8);

}  // namespace frontmap::gaz
