#pragma once
// Where input bytes come from: a file, standard input, or memory (tests and fuzzing). Readers pull
// fixed-size chunks, so memory stays bounded whatever the size of the input.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace frontmap::input {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to `size` bytes; returns 0 at the end. On a read error returns 0 and error() says why.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
    virtual std::optional<std::string> error() const { return std::nullopt; }
};

class MemoryByteSource final : public ByteSource {
public:
    explicit MemoryByteSource(std::string_view bytes) : bytes_(bytes) {}
    std::size_t read(char* buffer, std::size_t size) override;

private:
    std::string_view bytes_;
};

// Owns a file descriptor (or borrows standard input, which it never closes).
class FileByteSource final : public ByteSource {
public:
    // Opens `path` for reading; on failure returns nothing and sets `error` to strerror's text.
    static std::optional<FileByteSource> open(const std::string& path, std::string& error);
    static FileByteSource standard_input();

    FileByteSource(FileByteSource&& other) noexcept;
    FileByteSource& operator=(FileByteSource&& other) noexcept;
    FileByteSource(const FileByteSource&) = delete;
    FileByteSource& operator=(const FileByteSource&) = delete;
    ~FileByteSource() override;

    std::size_t read(char* buffer, std::size_t size) override;
    std::optional<std::string> error() const override { return error_; }

private:
    FileByteSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
    int fd_ = -1;
    bool owned_ = false;
    std::optional<std::string> error_;
};

// Lets a reader look at the first bytes (to sniff the format) and then read everything from the
// start again, which standard input could not do by seeking.
class PeekableSource final : public ByteSource {
public:
    PeekableSource(ByteSource& inner, std::size_t peek_size);
    std::string_view head() const { return head_; }
    bool head_is_everything() const { return head_is_everything_; }
    std::size_t read(char* buffer, std::size_t size) override;
    std::optional<std::string> error() const override { return inner_.error(); }

private:
    ByteSource& inner_;
    std::string head_;
    std::size_t head_consumed_ = 0;
    bool head_is_everything_ = false;
};

}  // namespace frontmap::input
