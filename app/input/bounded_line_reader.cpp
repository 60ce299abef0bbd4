#include "app/input/bounded_line_reader.hpp"

#include <cstring>

namespace frontmap::input {

namespace {
constexpr std::size_t kChunkBytes = std::size_t{1} << 16;
}

BoundedLineReader::BoundedLineReader(ByteSource& source, std::size_t max_line_bytes)
    : source_(source), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes) {}

bool BoundedLineReader::refill() {
    if (at_end_) return false;
    begin_ = 0;
    end_ = source_.read(buffer_.data(), buffer_.size());
    if (end_ == 0) at_end_ = true;
    return end_ > 0;
}

BoundedLineReader::Status BoundedLineReader::next(std::string& line) {
    line.clear();
    line_bytes_ = 0;
    line_offset_ = stream_offset_;
    bool too_long = false;
    bool any = false;
    for (;;) {
        if (begin_ == end_ && !refill()) break;
        any = true;
        const char* start = buffer_.data() + begin_;
        const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
        const std::size_t piece = newline ? static_cast<std::size_t>(newline - start) : end_ - begin_;
        line_bytes_ += piece;
        if (!too_long && line_bytes_ > max_line_bytes_) {
            too_long = true;
            line.clear();
            line.shrink_to_fit();
        }
        if (!too_long) line.append(start, piece);
        const std::size_t consumed = piece + (newline ? 1 : 0);
        begin_ += consumed;
        stream_offset_ += consumed;
        if (newline) break;
    }
    if (!any) return Status::end;
    ++line_number_;
    return too_long ? Status::too_long : Status::line;
}

}  // namespace frontmap::input
