#include "gazetteer/line_reader.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace frontmap::gaz {
namespace {

gzFile as_gz(void* p) { return static_cast<gzFile>(p); }

}  // namespace

std::optional<LineReader> LineReader::open(const std::string& path, std::string& error) {
    errno = 0;
    // zlib checks the first bytes for the gzip magic (1f 8b) and reads anything else as is.
    gzFile gz = gzopen(path.c_str(), "rb");
    if (gz == nullptr) {
        error = errno != 0 ? std::strerror(errno) : "cannot open";
        return std::nullopt;
    }
    gzbuffer(gz, 1 << 18);
    return LineReader(gz);
}

LineReader::LineReader(LineReader&& other) noexcept
    : gz_(std::exchange(other.gz_, nullptr)), buffer_(std::move(other.buffer_)),
      begin_(other.begin_), end_(other.end_), at_end_(other.at_end_),
      line_number_(other.line_number_), error_(std::move(other.error_)),
      long_line_(std::move(other.long_line_)) {}

LineReader& LineReader::operator=(LineReader&& other) noexcept {
    if (this != &other) {
        if (gz_ != nullptr) gzclose(as_gz(gz_));
        gz_ = std::exchange(other.gz_, nullptr);
        buffer_ = std::move(other.buffer_);
        begin_ = other.begin_;
        end_ = other.end_;
        at_end_ = other.at_end_;
        line_number_ = other.line_number_;
        error_ = std::move(other.error_);
        long_line_ = std::move(other.long_line_);
    }
    return *this;
}

LineReader::~LineReader() {
    if (gz_ != nullptr) gzclose(as_gz(gz_));
}

bool LineReader::refill() {
    if (at_end_) return false;
    begin_ = 0;
    end_ = 0;
    const int n = gzread(as_gz(gz_), buffer_.data(), static_cast<unsigned>(buffer_.size()));
    if (n > 0) {
        end_ = static_cast<std::size_t>(n);
        return true;
    }
    at_end_ = true;
    int code = Z_OK;
    const char* message = gzerror(as_gz(gz_), &code);
    if (n < 0 || (code != Z_OK && code != Z_BUF_ERROR)) {
        error_ = code == Z_ERRNO ? std::strerror(errno) : message;
    } else if (code == Z_BUF_ERROR) {
        error_ = "gzip stream is truncated";
    }
    return false;
}

LineReader::Status LineReader::next(std::string_view& line) {
    long_line_.clear();
    bool spans_refill = false;
    bool too_long = false;
    for (;;) {
        if (begin_ == end_ && !refill()) {
            if (!spans_refill) return Status::end;
            break;  // last line without a final newline
        }
        const char* start = buffer_.data() + begin_;
        const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
        if (newline != nullptr && !spans_refill) {
            // The common case: the whole line is in the buffer; no copy.
            line = std::string_view(start, static_cast<std::size_t>(newline - start));
            begin_ += line.size() + 1;
            ++line_number_;
            if (line.ends_with('\r')) line.remove_suffix(1);
            return Status::line;
        }
        const std::size_t piece = newline ? static_cast<std::size_t>(newline - start) : end_ - begin_;
        if (!too_long && long_line_.size() + piece > kMaxLineBytes) {
            too_long = true;
            long_line_.clear();
            long_line_.shrink_to_fit();
        }
        if (!too_long) long_line_.append(start, piece);
        begin_ += piece + (newline ? 1 : 0);
        spans_refill = true;
        if (newline) break;
    }
    ++line_number_;
    if (too_long) return Status::too_long;
    line = long_line_;
    if (line.ends_with('\r')) line.remove_suffix(1);
    return Status::line;
}

}  // namespace frontmap::gaz
