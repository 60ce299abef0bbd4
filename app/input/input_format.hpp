#pragma once
// How an input is read: chosen from the file name, then from its first bytes.
#include <string_view>

namespace frontmap::input {

enum class InputFormat { text, markdown, html, jsonl };

// "text", "markdown", "html", "jsonl": the value of Document::format.
std::string_view format_name(InputFormat format);

// `head` is the start of the content with any byte order mark removed. Extensions decide first
// (.jsonl/.ndjson, .html/.htm, .md/.markdown); otherwise content starting with "<!doctype" or
// "<html" is HTML, and standard input starting with '{' is JSONL; the rest is plain text.
InputFormat choose_format(std::string_view path, std::string_view head, bool standard_input);

// Images, archives, executables, office files…: skipped when walking a folder.
bool has_binary_extension(std::string_view path);

// True when the name starts with '.' (".git", ".DS_Store"); such entries are skipped in folders.
bool is_hidden_name(std::string_view file_name);

}  // namespace frontmap::input
