// Text, Markdown and HTML inputs. Text is read in fixed chunks and delivered in parts so a
// multi-gigabyte log never sits in memory whole; every part keeps its offset in the file.
#include <algorithm>
#include <string>

#include "app/input/document_readers.hpp"
#include "app/input/utf8_repair.hpp"

namespace frontmap::input {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

bool is_white_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), is_white_space);
}

// Length of the next part of `pending` (which is longer than `limit`): up to and including the
// last white space before the limit, preferring a line break in the last quarter so paragraphs
// stay whole; without white space, the last UTF-8 boundary before the limit.
std::size_t part_length(std::string_view pending, std::size_t limit) {
    const std::string_view window = pending.substr(0, limit);
    const std::size_t newline = window.find_last_of('\n');
    if (newline != std::string_view::npos && newline + 1 >= limit - limit / 4) return newline + 1;
    const std::size_t space = window.find_last_of(" \t\n\r\f\v");
    if (space != std::string_view::npos) return space + 1;
    const std::size_t boundary = utf8_boundary_at_or_before(pending, limit);
    if (boundary > 0) return boundary;
    // A limit smaller than one character: deliver that character whole rather than split it.
    const std::size_t length = valid_utf8_sequence_length(pending, 0);
    return length == 0 ? 1 : length;
}

Document make_document(const ReadTarget& target, InputFormat format) {
    Document doc;
    doc.id = target.path;
    doc.path = target.path;
    doc.date = target.options.date;
    doc.format = std::string(format_name(format));
    return doc;
}

bool deliver_text_part(std::string text, std::size_t file_offset, InputFormat format,
                       const ReadTarget& target) {
    if (is_blank(text)) return false;
    repair_document_utf8(text, file_offset, target);
    Document doc = make_document(target, format);
    doc.text = std::move(text);
    doc.base_offset = file_offset;
    target.sink(std::move(doc));
    return true;
}

void report_read_error(ByteSource& source, const ReadTarget& target) {
    if (auto error = source.error()) {
        target.diags.skip(target.path, "read failed: " + *error + "; the rest of the file was not read");
    }
}

}  // namespace

void repair_document_utf8(std::string& text, std::size_t file_offset, const ReadTarget& target) {
    const auto bad = find_invalid_utf8(text);
    if (!bad) return;
    const std::string bytes = describe_invalid_bytes(text, *bad);
    const std::size_t replaced = repair_utf8_in_place(text);
    target.diags.skip(target.path + ": byte " + std::to_string(file_offset + *bad),
                      "invalid UTF-8 (" + bytes + "); " + std::to_string(replaced) +
                          " bytes replaced with '?'; convert the file to UTF-8 to keep them");
}

bool read_text_documents(ByteSource& source, std::size_t start_offset, InputFormat format,
                         const ReadTarget& target) {
    const std::size_t limit = std::max<std::size_t>(target.options.max_document_bytes, 1);
    std::string pending;
    std::size_t pending_offset = start_offset;
    bool delivered = false;
    bool at_end = false;
    std::string chunk(kChunkBytes, '\0');
    while (!at_end || !pending.empty()) {
        while (!at_end && pending.size() <= limit) {
            const std::size_t n = source.read(chunk.data(), chunk.size());
            if (n == 0) at_end = true;
            pending.append(chunk.data(), n);
        }
        const std::size_t length = pending.size() > limit ? part_length(pending, limit) : pending.size();
        delivered |= deliver_text_part(pending.substr(0, length), pending_offset, format, target);
        pending.erase(0, length);
        pending_offset += length;
    }
    report_read_error(source, target);
    return delivered;
}

bool read_html_document(ByteSource& source, std::size_t start_offset, const ReadTarget& target) {
    const std::size_t limit = target.options.max_document_bytes;
    std::string html;
    std::string chunk(kChunkBytes, '\0');
    for (;;) {
        const std::size_t n = source.read(chunk.data(), chunk.size());
        if (n == 0) break;
        if (html.size() + n > limit) {
            // Markup cannot be split safely at an arbitrary byte, so an oversized page is refused.
            target.diags.skip(target.path, "HTML page is larger than the limit of " +
                                               std::to_string(limit) +
                                               " bytes; convert it to text first or raise the limit");
            return true;
        }
        html.append(chunk.data(), n);
    }
    report_read_error(source, target);
    if (is_blank(html)) return false;
    repair_document_utf8(html, start_offset, target);
    Document doc = make_document(target, InputFormat::html);
    doc.title = html_title(html);
    doc.text = html_to_text(html);
    if (doc.text.empty()) {
        target.diags.skip(target.path, "HTML page has no visible text; nothing to read");
        return true;
    }
    target.sink(std::move(doc));
    return true;
}

}  // namespace frontmap::input
