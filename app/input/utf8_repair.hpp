#pragma once
// UTF-8 helpers private to input reading (the public checks are in read_documents.hpp).
#include <cstddef>
#include <string>
#include <string_view>

#include "core/utf8.hpp"

namespace frontmap::input {

// Length of the well-formed UTF-8 sequence starting at `pos` (1 to 4), or 0 when it is
// invalid: stray continuation byte, overlong form, surrogate, above U+10FFFF, or cut short.
std::size_t valid_utf8_sequence_length(std::string_view bytes, std::size_t pos);

// "0xC0 0xAF …": the run of invalid bytes starting at `pos` (at most `max_count`) in hex, with
// "…" when more bytes follow, for messages about bad bytes.
std::string describe_invalid_bytes(std::string_view bytes, std::size_t pos, std::size_t max_count = 4);

// The largest offset <= pos that does not fall inside a UTF-8 sequence.
std::size_t utf8_boundary_at_or_before(std::string_view bytes, std::size_t pos);

}  // namespace frontmap::input
