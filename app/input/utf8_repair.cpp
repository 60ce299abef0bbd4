// UTF-8 validation and in-place repair. Repair replaces bytes instead of dropping them so that
// every byte offset reported later still points at the same byte of the input file.
#include "app/input/utf8_repair.hpp"

#include <algorithm>

#include "app/input/read_documents.hpp"

namespace frontmap::input {

std::size_t valid_utf8_sequence_length(std::string_view bytes, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const std::size_t left = bytes.size() - pos;
    const unsigned char c = byte(pos);
    if (c < 0x80) return 1;
    // Lead bytes C0, C1 (overlong two-byte forms) and F5..FF (beyond U+10FFFF) never occur.
    std::size_t length = 0;
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) second_min = 0xA0;  // overlong three-byte forms
        if (c == 0xED) second_max = 0x9F;  // UTF-16 surrogates D800..DFFF
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) second_min = 0x90;  // overlong four-byte forms
        if (c == 0xF4) second_max = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (left < length) return 0;
    if (byte(pos + 1) < second_min || byte(pos + 1) > second_max) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    }
    return length;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        // ASCII runs dominate real text; skip them without the full check.
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = valid_utf8_sequence_length(bytes, pos);
        if (length == 0) return pos;
        pos += length;
    }
    return std::nullopt;
}

std::size_t repair_utf8_in_place(std::string& bytes) {
    std::size_t replaced = 0;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = valid_utf8_sequence_length(bytes, pos);
        if (length == 0) {
            bytes[pos] = '?';
            ++replaced;
            ++pos;
        } else {
            pos += length;
        }
    }
    return replaced;
}

std::string describe_invalid_bytes(std::string_view bytes, std::size_t pos, std::size_t max_count) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    std::size_t end = pos;
    while (end < bytes.size() && end - pos < max_count && valid_utf8_sequence_length(bytes, end) == 0) ++end;
    for (std::size_t i = pos; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (!out.empty()) out += ' ';
        out += "0x";
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    if (end < bytes.size()) out += " …";
    return out;
}

std::size_t utf8_boundary_at_or_before(std::string_view bytes, std::size_t pos) {
    if (pos >= bytes.size()) return bytes.size();
    // At most three continuation bytes follow a lead byte; going further back means the bytes
    // are invalid anyway, and any cut is as good as another.
    for (std::size_t back = 0; back < 4 && back <= pos; ++back) {
        if ((static_cast<unsigned char>(bytes[pos - back]) & 0xC0) != 0x80) return pos - back;
    }
    return pos;
}

}  // namespace frontmap::input
