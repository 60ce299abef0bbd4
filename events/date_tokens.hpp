#pragma once
// Splits text into the tokens date patterns are written in: words folded to lower case,
// numbers (with their inner separators: "2.5", "05.11.2025", "2023-11-09", "11:03"), and
// single punctuation marks. Byte offsets point into the original text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontmap::events {

enum class DateTokenKind { word, number, punct };

struct DateToken {
    std::size_t begin = 0, end = 0;  // byte offsets, end exclusive
    DateTokenKind kind = DateTokenKind::word;
    std::string folded;              // words: lower case, ё→е, ’→'; numbers and marks: as written
};

std::vector<DateToken> tokenize_for_dates(std::string_view text);

// Lower-cases Latin and Cyrillic, folds ё to е and typographic apostrophes to '. The lexicon
// folds its phrases the same way so both sides compare equal.
std::string fold_date_word(std::string_view word);

}  // namespace frontmap::events
