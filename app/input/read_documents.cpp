// Entry point of input reading: resolves files, folders and standard input, sniffs each input's
// format and binary-ness from its first bytes, and hands it to the matching reader.
#include "app/input/read_documents.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "app/input/byte_source.hpp"
#include "app/input/document_readers.hpp"
#include "app/input/input_format.hpp"
#include "app/input/utf8_repair.hpp"

namespace frontmap::input {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kSniffBytes = 8192;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// A text input whose first kSniffBytes are more than 10% invalid UTF-8 is binary, or text in a
// legacy code page that would come out as mostly '?'.
bool mostly_invalid_utf8(std::string_view head, bool head_is_everything) {
    // A sequence cut by the end of the sniffed bytes is not an error.
    if (!head_is_everything) head = head.substr(0, utf8_boundary_at_or_before(head, head.size()));
    std::string copy(head);
    return repair_utf8_in_place(copy) * 10 > head.size();
}

// Reports and returns true when the sniffed start of a text input shows it is binary.
bool skip_if_binary(const PeekableSource& source, std::string_view head, const std::string& path,
                    Diagnostics& diags) {
    if (const std::size_t nul = head.find('\0'); nul != std::string_view::npos) {
        const std::size_t file_offset = nul + (source.head().size() - head.size());
        diags.skip(path + ": byte " + std::to_string(file_offset), "binary file (NUL byte); skipped");
        return true;
    }
    if (mostly_invalid_utf8(head, source.head_is_everything())) {
        diags.skip(path, "binary file (over 10% of its first bytes are not UTF-8); skipped; "
                         "if it is text in a legacy encoding, convert it with iconv -t UTF-8");
        return true;
    }
    return false;
}

void read_source(ByteSource& raw, const std::string& path, bool standard_input,
                 const ReadOptions& options, Diagnostics& diags,
                 const std::function<void(Document&&)>& sink) {
    PeekableSource source(raw, kSniffBytes);
    if (auto error = source.error(); error && source.head().empty()) {
        diags.skip(path, "cannot read: " + *error);
        return;
    }
    std::string_view head = source.head();
    std::size_t start_offset = 0;
    if (head.starts_with(kByteOrderMark)) {
        char discarded[3];
        source.read(discarded, sizeof discarded);
        head.remove_prefix(kByteOrderMark.size());
        start_offset = kByteOrderMark.size();
    }
    const ReadTarget target{path, options, diags, sink};
    const InputFormat format = choose_format(path, head, standard_input);
    // JSONL is exempt: a NUL or bad byte there spoils one record, which its reader reports.
    if (format != InputFormat::jsonl && skip_if_binary(source, head, path, diags)) return;
    bool any_content = false;
    switch (format) {
        case InputFormat::jsonl: any_content = read_jsonl_documents(source, target); break;
        case InputFormat::html: any_content = read_html_document(source, start_offset, target); break;
        case InputFormat::text:
        case InputFormat::markdown:
            any_content = read_text_documents(source, start_offset, format, target);
            break;
    }
    if (!any_content && !source.error()) diags.skip(path, "empty file; nothing to read");
}

void read_file(const std::string& path, const ReadOptions& options, Diagnostics& diags,
               const std::function<void(Document&&)>& sink) {
    std::string error;
    auto file = FileByteSource::open(path, error);
    if (!file) {
        diags.skip(path, "cannot open: " + error + "; check the path and its permissions");
        return;
    }
    read_source(*file, path, false, options, diags, sink);
}

// Regular files under `folder`, sorted by path, without hidden entries or binary file types.
std::vector<std::string> list_folder(const std::string& folder, Diagnostics& diags) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& entry = it->path();
        if (is_hidden_name(entry.filename().string())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec) || has_binary_extension(entry.string())) continue;
        files.push_back(entry.string());
    }
    if (ec) diags.skip(folder, "cannot list folder: " + ec.message() + "; some files may be missing");
    std::sort(files.begin(), files.end());
    return files;
}

void read_input(const std::string& input, const ReadOptions& options, Diagnostics& diags,
                const std::function<void(Document&&)>& sink) {
    if (input == "-") {
        FileByteSource in = FileByteSource::standard_input();
        read_source(in, input, true, options, diags, sink);
        return;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (status.type() == fs::file_type::not_found) {
        diags.skip(input, "no such file or directory");
        return;
    }
    if (ec) {
        diags.skip(input, "cannot open: " + ec.message() + "; check the path and its permissions");
        return;
    }
    if (status.type() != fs::file_type::directory) {
        read_file(input, options, diags, sink);
        return;
    }
    const std::vector<std::string> files = list_folder(input, diags);
    if (files.empty()) diags.warn(input, "folder holds no readable files");
    for (const auto& file : files) read_file(file, options, diags, sink);
}

}  // namespace

void read_documents(std::span<const std::string> inputs, const ReadOptions& options,
                    Diagnostics& diags, const std::function<void(Document&&)>& sink) {
    for (const auto& input : inputs) read_input(input, options, diags, sink);
}

void read_document_bytes(std::string_view bytes, const std::string& name, const ReadOptions& options,
                         Diagnostics& diags, const std::function<void(Document&&)>& sink) {
    MemoryByteSource source(bytes);
    read_source(source, name, name == "-", options, diags, sink);
}

}  // namespace frontmap::input
