#pragma once
// One reader per input format. read_documents opens and sniffs an input, then hands the bytes
// (byte order mark already consumed) to one of these.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "app/input/byte_source.hpp"
#include "app/input/input_format.hpp"
#include "app/input/read_documents.hpp"

namespace frontmap::input {

// Everything a reader needs besides the bytes: where they came from and where results go.
struct ReadTarget {
    const std::string& path;  // as the user gave it; "-" for standard input
    const ReadOptions& options;
    Diagnostics& diags;
    const std::function<void(Document&&)>& sink;
};

// Plain text or Markdown, delivered in parts of at most max_document_bytes split at white space.
// `start_offset` is where the bytes begin in the file (3 after a byte order mark).
// Returns false when the input held nothing but white space.
bool read_text_documents(ByteSource& source, std::size_t start_offset, InputFormat format,
                         const ReadTarget& target);

// One HTML page, converted with html_to_text; its <title> becomes Document::title.
// Returns false when the input held nothing but white space.
bool read_html_document(ByteSource& source, std::size_t start_offset, const ReadTarget& target);

// One document per non-blank JSONL line. Returns false when every line was blank.
bool read_jsonl_documents(ByteSource& source, const ReadTarget& target);

// Checks and repairs UTF-8 in a document's text, reporting the first bad byte as
// "path: byte N" (N = `file_offset` + its position in `text`). The report counts as a skip so
// the exit code shows the input was not clean, though the repaired document is still delivered.
void repair_document_utf8(std::string& text, std::size_t file_offset, const ReadTarget& target);

// Stops a file with millions of bad lines from flooding the report: the first
// `kMaxReportedLines` problems are reported one by one, the rest summed up at the end.
class LineProblemReporter {
public:
    static constexpr std::size_t kMaxReportedLines = 100;
    explicit LineProblemReporter(const ReadTarget& target) : target_(target) {}
    void skip_line(std::size_t line_number, std::string message);
    void warn_line(std::size_t line_number, std::string message);
    // Reports how many further problems were not shown, if any.
    void finish();

private:
    bool over_limit();
    const ReadTarget& target_;
    std::size_t reported_ = 0;
    std::size_t unreported_ = 0;
};

}  // namespace frontmap::input
