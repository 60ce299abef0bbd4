#pragma once
// Reads a gazetteer source file line by line, plain or gzip-compressed (recognised by its magic
// bytes, not its name), through one large buffer: allCountries.txt has 12 million lines, so
// nothing is allocated per line.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontmap::gaz {

class LineReader {
public:
    // Opens `path`; on failure returns nothing and sets `error` to what went wrong.
    static std::optional<LineReader> open(const std::string& path, std::string& error);

    LineReader(LineReader&& other) noexcept;
    LineReader& operator=(LineReader&& other) noexcept;
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;
    ~LineReader();

    enum class Status { line, too_long, end };
    // Next line without "\n" or "\r\n"; the view is valid until the next call. A line longer than
    // kMaxLineBytes is read past and reported as too_long.
    Status next(std::string_view& line);
    std::size_t line_number() const { return line_number_; }
    // Set when reading stopped early: a read error or a truncated gzip stream.
    const std::optional<std::string>& error() const { return error_; }

    static constexpr std::size_t kMaxLineBytes = std::size_t{16} << 20;

private:
    explicit LineReader(void* gz) : gz_(gz), buffer_(kBufferBytes) {}
    bool refill();

    static constexpr std::size_t kBufferBytes = std::size_t{1} << 20;
    void* gz_ = nullptr;  // gzFile; void* keeps zlib.h out of this header
    std::vector<char> buffer_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    bool at_end_ = false;
    std::size_t line_number_ = 0;
    std::optional<std::string> error_;
    std::string long_line_;  // a line that spans buffer refills
};

}  // namespace frontmap::gaz
