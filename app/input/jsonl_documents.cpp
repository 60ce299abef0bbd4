// JSONL documents: one JSON object per line, streamed so a file of any size reads in bounded
// memory. A bad line is reported with its line number and skipped; the next line is read.
#include <nlohmann/json.hpp>

#include <chrono>
#include <string>

#include "app/input/bounded_line_reader.hpp"
#include "app/input/document_readers.hpp"
#include "app/input/utf8_repair.hpp"

namespace frontmap::input {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxParserMessageBytes = 160;

bool is_blank_line(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line 1, column 7: <why>";
// line and column are ours to report, so only <why> is kept, cut short.
std::string parser_reason(const json::exception& error) {
    std::string_view what = error.what();
    const std::size_t column = what.find("column ");
    const std::size_t colon = column == std::string_view::npos ? what.find("] ") : what.find(": ", column);
    if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
    if (what.size() > kMaxParserMessageBytes) {
        what = what.substr(0, utf8_boundary_at_or_before(what, kMaxParserMessageBytes));
        return std::string(what) + "…";
    }
    return std::string(what);
}

// Copies an optional string field; a value of another type is reported and ignored.
void copy_string_field(const json& record, const char* key, std::string& out,
                       std::size_t line_number, LineProblemReporter& problems) {
    const auto it = record.find(key);
    if (it == record.end() || it->is_null()) return;
    if (it->is_string()) {
        out = it->get<std::string>();
        return;
    }
    problems.warn_line(line_number, std::string("\"") + key + "\" is a " + it->type_name() +
                                        ", expected a string; field ignored");
}

// "2025-11-05", "2025-11-05T10:00:00Z", "2025-11-05 10:00": a real calendar day first.
bool starts_with_iso_day(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    const int y = std::stoi(std::string(s.substr(0, 4)));
    const int m = std::stoi(std::string(s.substr(5, 2)));
    const int d = std::stoi(std::string(s.substr(8, 2)));
    return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                       std::chrono::day{static_cast<unsigned>(d)}}.ok();
}

std::string document_id(const json& record, const ReadTarget& target, std::size_t line_number,
                        LineProblemReporter& problems) {
    const std::string fallback = target.path + ":" + std::to_string(line_number);
    const auto it = record.find("id");
    if (it == record.end() || it->is_null()) return fallback;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number()) return it->dump();
    problems.warn_line(line_number, std::string("\"id\" is a ") + it->type_name() +
                                        ", expected a string or number; using " + fallback);
    return fallback;
}

// Turns one parsed record into a Document, or reports why it cannot be one.
std::optional<Document> document_from_record(const json& record, const ReadTarget& target,
                                             std::size_t line_number, LineProblemReporter& problems) {
    if (!record.is_object()) {
        problems.skip_line(line_number, std::string("expected a JSON object like {\"id\": …, \"text\": \"…\"}, found ") +
                                            record.type_name() + "; line skipped");
        return std::nullopt;
    }
    const auto text = record.find("text");
    if (text == record.end() || !text->is_string()) {
        const std::string found = text == record.end() ? "no \"text\" field" :
                                  std::string("\"text\" is a ") + text->type_name();
        problems.skip_line(line_number, found + "; every record needs a \"text\" string; line skipped");
        return std::nullopt;
    }
    Document doc;
    doc.text = text->get<std::string>();
    if (const std::size_t nul = doc.text.find('\0'); nul != std::string::npos) {
        problems.skip_line(line_number, "\"text\" holds a NUL byte at byte " + std::to_string(nul) +
                                            " (binary data, not a document); line skipped");
        return std::nullopt;
    }
    doc.id = document_id(record, target, line_number, problems);
    doc.path = target.path;
    doc.format = "jsonl";
    std::string date;
    copy_string_field(record, "date", date, line_number, problems);
    if (!date.empty() && !starts_with_iso_day(date)) {
        problems.skip_line(line_number, "\"date\" \"" + date.substr(0, 40) +
                                            "\" is not an ISO 8601 date (YYYY-MM-DD, optionally with a time); "
                                            "date ignored, the document is dated from its text; record still read");
        date.clear();
    }
    doc.date = date.empty() ? target.options.date : std::optional<std::string>(std::move(date));
    copy_string_field(record, "title", doc.title, line_number, problems);
    copy_string_field(record, "url", doc.url, line_number, problems);
    copy_string_field(record, "source", doc.source, line_number, problems);
    return doc;
}

void read_jsonl_line(std::string& line, std::size_t line_number, const ReadTarget& target,
                     LineProblemReporter& problems) {
    // The parser would reject the whole record for one bad byte; repairing first keeps the rest.
    if (const auto bad = find_invalid_utf8(line)) {
        const std::string bytes = describe_invalid_bytes(line, *bad);
        const std::size_t replaced = repair_utf8_in_place(line);
        problems.skip_line(line_number, "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " (" +
                                            bytes + "); " + std::to_string(replaced) +
                                            " bytes replaced with '?'; record still read");
    }
    json record;
    try {
        record = json::parse(line);
    } catch (const json::parse_error& error) {
        problems.skip_line(line_number, "invalid JSON at byte " + std::to_string(error.byte) + ": " +
                                            parser_reason(error) + "; line skipped");
        return;
    } catch (const json::exception& error) {
        // Valid syntax the parser still cannot hold, e.g. a number beyond a double's range.
        problems.skip_line(line_number, "invalid JSON: " + parser_reason(error) + "; line skipped");
        return;
    }
    if (auto doc = document_from_record(record, target, line_number, problems)) {
        target.sink(std::move(*doc));
    }
}

}  // namespace

void LineProblemReporter::skip_line(std::size_t line_number, std::string message) {
    if (over_limit()) return;
    target_.diags.skip(target_.path + ":" + std::to_string(line_number), std::move(message));
}

void LineProblemReporter::warn_line(std::size_t line_number, std::string message) {
    if (over_limit()) return;
    target_.diags.warn(target_.path + ":" + std::to_string(line_number), std::move(message));
}

bool LineProblemReporter::over_limit() {
    if (reported_ < kMaxReportedLines) {
        ++reported_;
        return false;
    }
    ++unreported_;
    return true;
}

void LineProblemReporter::finish() {
    if (unreported_ == 0) return;
    target_.diags.skip(target_.path, std::to_string(unreported_) + " more problems after the first " +
                                         std::to_string(kMaxReportedLines) +
                                         " were not listed; fix those above and read it again");
}

bool read_jsonl_documents(ByteSource& source, const ReadTarget& target) {
    BoundedLineReader lines(source, target.options.max_document_bytes);
    LineProblemReporter problems(target);
    bool any_record = false;
    std::string line;
    for (;;) {
        const auto status = lines.next(line);
        if (status == BoundedLineReader::Status::end) break;
        if (status == BoundedLineReader::Status::too_long) {
            any_record = true;
            problems.skip_line(lines.line_number(),
                               "record is " + std::to_string(lines.line_bytes()) +
                                   " bytes, over the limit of " +
                                   std::to_string(target.options.max_document_bytes) +
                                   " bytes; line skipped (split the document or raise the limit)");
            continue;
        }
        if (is_blank_line(line)) continue;
        any_record = true;
        read_jsonl_line(line, lines.line_number(), target, problems);
    }
    problems.finish();
    if (auto error = source.error()) {
        target.diags.skip(target.path + ":" + std::to_string(lines.line_number()),
                          "read failed: " + *error + "; the rest of the file was not read");
    }
    return any_record;
}

}  // namespace frontmap::input
