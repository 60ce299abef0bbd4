#pragma once
// A document as read from the input: the text every later stage points into with byte offsets.
#include <cstddef>
#include <optional>
#include <string>

namespace frontmap {

struct Document {
    std::string id;      // the input's "id", else the file path ("path:LINE" for a JSONL record without id)
    std::string path;    // file it came from ("-" for standard input)
    std::string text;    // UTF-8; offsets in every later stage are byte offsets into this
    std::optional<std::string> date;  // as given by the input ("date" field or --date), ISO 8601
    std::string title;
    std::string url;
    std::string source;
    std::string format;  // "text", "html", "markdown", "jsonl"
    // Byte offset of `text` within its source (file or JSONL record) when a large input is read
    // in parts; mention offsets are reported relative to `text`, plus this base.
    std::size_t base_offset = 0;
};

}  // namespace frontmap
