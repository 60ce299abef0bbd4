#include "app/input/input_format.hpp"

#include <array>
#include <string>

namespace frontmap::input {
namespace {

std::string lowercase_extension(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    std::string ext(name.substr(dot + 1));
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return ext;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower_prefix) {
    if (text.size() < lower_prefix.size()) return false;
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

std::string_view skip_white_space(std::string_view s) {
    const std::size_t first = s.find_first_not_of(" \t\r\n\f\v");
    return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

constexpr std::array<std::string_view, 52> kBinaryExtensions{
    "png",  "jpg",   "jpeg", "gif",  "webp", "bmp",  "ico",  "tif",  "tiff", "svgz", "heic",
    "pdf",  "zip",   "gz",   "tgz",  "bz2",  "xz",   "zst",  "7z",   "rar",  "tar",  "exe",
    "dll",  "so",    "dylib", "o",   "a",    "bin",  "class", "jar", "pyc",  "wasm", "mp3",
    "mp4",  "m4a",   "wav",  "ogg",  "flac", "mov",  "avi",  "mkv",  "webm", "woff", "woff2",
    "ttf",  "otf",   "docx", "xlsx", "pptx", "sqlite", "db", "gpkg"};

}  // namespace

std::string_view format_name(InputFormat format) {
    switch (format) {
        case InputFormat::markdown: return "markdown";
        case InputFormat::html: return "html";
        case InputFormat::jsonl: return "jsonl";
        case InputFormat::text: break;
    }
    return "text";
}

InputFormat choose_format(std::string_view path, std::string_view head, bool standard_input) {
    const std::string ext = lowercase_extension(path);
    if (ext == "jsonl" || ext == "ndjson") return InputFormat::jsonl;
    if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::html;
    if (ext == "md" || ext == "markdown") return InputFormat::markdown;
    const std::string_view content = skip_white_space(head);
    if (starts_with_ignoring_case(content, "<!doctype") || starts_with_ignoring_case(content, "<html")) {
        return InputFormat::html;
    }
    if (standard_input && content.starts_with('{')) return InputFormat::jsonl;
    return InputFormat::text;
}

bool has_binary_extension(std::string_view path) {
    const std::string ext = lowercase_extension(path);
    for (auto binary : kBinaryExtensions) {
        if (ext == binary) return true;
    }
    return false;
}

bool is_hidden_name(std::string_view file_name) { return file_name.starts_with('.'); }

}  // namespace frontmap::input
