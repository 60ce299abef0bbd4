#pragma once
// Turns command-line inputs (files, folders, JSONL, standard input) into Documents.
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/diagnostics.hpp"
#include "core/document.hpp"

namespace frontmap::input {

struct ReadOptions {
    std::optional<std::string> date;  // --date: document date when the input has none
    // Text files larger than this are delivered in parts, split at white space, each with its
    // base_offset; a JSONL record larger than this is skipped with a message.
    std::size_t max_document_bytes = std::size_t{64} << 20;
};

// Reads every input in order: a file (text, HTML, Markdown, or JSONL of documents with
// "id", "text" and optional "date", "title", "url", "source"), a folder (recursively, sorted
// by path), or "-" for standard input. Each document goes to `sink` as soon as it is read.
// Problems are reported to `diags` as "path:line" or "path: byte N" with what was wrong;
// the bad record or file is skipped and the rest is still read.
void read_documents(std::span<const std::string> inputs, const ReadOptions& options,
                    Diagnostics& diags, const std::function<void(Document&&)>& sink);

// Reads bytes already in memory as if they were the file `name`: the name's extension and the
// content choose the format, and messages use the name. "-" sniffs like standard input.
// For tests, fuzzing and callers that fetched a page themselves.
void read_document_bytes(std::string_view bytes, const std::string& name, const ReadOptions& options,
                         Diagnostics& diags, const std::function<void(Document&&)>& sink);

// Visible text of an HTML page: tags, comments, <script> and <style> removed, entities
// decoded, block elements and <br> turned into line breaks.
std::string html_to_text(std::string_view html);

// Text of the page's <title>, entities decoded and white space collapsed; empty when it has none.
std::string html_title(std::string_view html);

// Checks UTF-8; returns the byte offset of the first invalid sequence, or nothing.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Replaces every byte of an invalid UTF-8 sequence with '?', so byte offsets stay valid.
// Returns how many bytes were replaced.
std::size_t repair_utf8_in_place(std::string& bytes);

}  // namespace frontmap::input
