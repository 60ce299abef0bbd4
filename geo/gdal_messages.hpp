#pragma once
// GDAL's messages kept instead of printed, so the event store can put every one of them into
// its own error message (the lock, the connection, the bad file), and quoting for OGR
// attribute filters. Internal to geo/.
#include <cpl_error.h>
#include <cpl_string.h>  // gdal_handles.hpp uses CSLDestroy without including it

#include <string>
#include <vector>

#include "geo/gdal_handles.hpp"

namespace frontmap::geo::gdal {

// While alive, GDAL messages on this thread are collected here instead of printed to stderr.
// Unlike QuietErrors it keeps all of them: GDAL's last message is often a generic one
// ("failed to prepare…") after the one that says why ("database is locked").
class CollectedErrors {
public:
    CollectedErrors() { CPLPushErrorHandlerEx(&CollectedErrors::collect, this); }
    ~CollectedErrors() { CPLPopErrorHandler(); }
    CollectedErrors(const CollectedErrors&) = delete;
    CollectedErrors& operator=(const CollectedErrors&) = delete;

    // Every message so far, joined with "; " (empty when GDAL said nothing).
    std::string text() const {
        std::string out;
        for (const auto& m : messages_) out += (out.empty() ? "" : "; ") + m;
        return out;
    }
    bool empty() const { return messages_.empty(); }
    void clear() { messages_.clear(); }

private:
    static void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char* message) {
        auto* self = static_cast<CollectedErrors*>(CPLGetErrorHandlerUserData());
        if (!self || !message || level == CE_Debug) return;
        std::string m = message;
        while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
        if (self->messages_.size() < 20 && (self->messages_.empty() || self->messages_.back() != m))
            self->messages_.push_back(std::move(m));
    }
    std::vector<std::string> messages_;
};

// Quotes a value for an OGR attribute filter ('it''s').
inline std::string sql_quote(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        out += c;
        if (c == '\'') out += '\'';
    }
    return out + "'";
}

}  // namespace frontmap::geo::gdal
