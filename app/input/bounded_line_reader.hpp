#pragma once
// Splits a byte stream into lines without ever holding more than `max_line_bytes` of one line:
// a longer line is read past and reported by its size, so one 5 GB line cannot exhaust memory.
#include <cstddef>
#include <string>
#include <vector>

#include "app/input/byte_source.hpp"

namespace frontmap::input {

class BoundedLineReader {
public:
    enum class Status { line, too_long, end };

    BoundedLineReader(ByteSource& source, std::size_t max_line_bytes);

    // Next line without its '\n' (a trailing '\r' is kept; JSON ignores it as white space).
    // too_long: `line` is empty and line_bytes() is the length of the line that was skipped.
    Status next(std::string& line);
    std::size_t line_number() const { return line_number_; }
    std::size_t line_bytes() const { return line_bytes_; }
    // Byte offset of the start of the current line within the stream.
    std::size_t line_offset() const { return line_offset_; }

private:
    bool refill();

    ByteSource& source_;
    std::size_t max_line_bytes_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    bool at_end_ = false;
    std::size_t line_number_ = 0;
    std::size_t line_bytes_ = 0;
    std::size_t line_offset_ = 0;
    std::size_t stream_offset_ = 0;
};

}  // namespace frontmap::input
