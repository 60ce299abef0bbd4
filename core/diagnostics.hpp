#pragma once
// Skip, count, report: stages record problems here and carry on; the CLI decides the exit code.
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace frontmap {

enum class Severity { note, warning, error };

struct Diagnostic {
    Severity severity = Severity::warning;
    std::string where;    // "file:line", "file:byte 1234" or a document id
    std::string message;  // what was wrong and, where possible, how to fix it
    bool skipped = false; // a record or document was dropped because of this
};

// Thread-safe collector; copies out in the order problems were reported.
class Diagnostics {
public:
    void report(Severity severity, std::string where, std::string message, bool skipped = false) {
        std::lock_guard lock(mutex_);
        if (skipped) ++skipped_;
        items_.push_back({severity, std::move(where), std::move(message), skipped});
    }
    void warn(std::string where, std::string message) {
        report(Severity::warning, std::move(where), std::move(message), false);
    }
    void skip(std::string where, std::string message) {
        report(Severity::error, std::move(where), std::move(message), true);
    }
    std::size_t skipped_count() const {
        std::lock_guard lock(mutex_);
        return skipped_;
    }
    std::vector<Diagnostic> items() const {
        std::lock_guard lock(mutex_);
        return items_;
    }
    // Moves out what was reported so far, so a long run can print as it goes.
    std::vector<Diagnostic> take() {
        std::lock_guard lock(mutex_);
        std::vector<Diagnostic> out;
        out.swap(items_);
        return out;
    }

private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
    std::size_t skipped_ = 0;
};

// Quotes untrusted input in messages: cut to `max` bytes on a UTF-8 boundary, control bytes escaped.
inline std::string quote_excerpt(std::string_view s, std::size_t max = 80) {
    std::string out = "\"";
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size() && n < max; ++i, ++n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (c == '"') {
            out += "\\\"";
        } else {
            out += static_cast<char>(c);
        }
    }
    if (s.size() > max) {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
        out += "…";
    }
    out += "\"";
    return out;
}

}  // namespace frontmap
