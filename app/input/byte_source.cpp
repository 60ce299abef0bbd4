#include "app/input/byte_source.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace frontmap::input {

std::size_t MemoryByteSource::read(char* buffer, std::size_t size) {
    const std::size_t n = std::min(size, bytes_.size());
    std::copy_n(bytes_.data(), n, buffer);
    bytes_.remove_prefix(n);
    return n;
}

std::optional<FileByteSource> FileByteSource::open(const std::string& path, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    return FileByteSource(fd, true);
}

FileByteSource FileByteSource::standard_input() { return FileByteSource(STDIN_FILENO, false); }

FileByteSource::FileByteSource(FileByteSource&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), owned_(std::exchange(other.owned_, false)),
      error_(std::move(other.error_)) {}

FileByteSource& FileByteSource::operator=(FileByteSource&& other) noexcept {
    if (this != &other) {
        if (owned_ && fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        owned_ = std::exchange(other.owned_, false);
        error_ = std::move(other.error_);
    }
    return *this;
}

FileByteSource::~FileByteSource() {
    if (owned_ && fd_ >= 0) ::close(fd_);
}

std::size_t FileByteSource::read(char* buffer, std::size_t size) {
    if (fd_ < 0 || error_) return 0;
    for (;;) {
        const ssize_t n = ::read(fd_, buffer, size);
        if (n >= 0) return static_cast<std::size_t>(n);
        if (errno == EINTR) continue;
        error_ = std::strerror(errno);  // EISDIR, EIO…
        return 0;
    }
}

PeekableSource::PeekableSource(ByteSource& inner, std::size_t peek_size) : inner_(inner) {
    head_.resize(peek_size);
    std::size_t filled = 0;
    while (filled < peek_size) {
        const std::size_t n = inner_.read(head_.data() + filled, peek_size - filled);
        if (n == 0) {
            head_is_everything_ = true;
            break;
        }
        filled += n;
    }
    head_.resize(filled);
}

std::size_t PeekableSource::read(char* buffer, std::size_t size) {
    if (head_consumed_ < head_.size()) {
        const std::size_t n = std::min(size, head_.size() - head_consumed_);
        std::copy_n(head_.data() + head_consumed_, n, buffer);
        head_consumed_ += n;
        return n;
    }
    if (head_is_everything_) return 0;
    return inner_.read(buffer, size);
}

}  // namespace frontmap::input
