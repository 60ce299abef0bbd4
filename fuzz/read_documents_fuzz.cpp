// Fuzzes the whole document reading path from memory: sniffing, JSONL, HTML, text parts and
// UTF-8 repair. The first byte picks the file name (hence format) and a small size limit, so
// the splitting and too-long paths are reached with small inputs.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "app/input/read_documents.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static constexpr std::array<const char*, 6> kNames{"in.txt", "in.jsonl", "in.html", "in.md", "-", "in"};
    const std::string name = kNames[data[0] % kNames.size()];
    frontmap::input::ReadOptions options;
    options.max_document_bytes = (data[0] & 0x80) ? 1 + data[0] % 64 : std::size_t{1} << 20;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    frontmap::Diagnostics diags;
    frontmap::input::read_document_bytes(bytes, name, options, diags, [&](frontmap::Document&& doc) {
        // Invariants every later stage relies on.
        if (frontmap::input::find_invalid_utf8(doc.text)) __builtin_trap();
        if (doc.format != "html" && doc.format != "jsonl" && doc.text.size() > options.max_document_bytes + 3) {
            __builtin_trap();
        }
    });
    // Also straight through the HTML converter, whatever the name said.
    const std::string text = frontmap::input::html_to_text(bytes);
    const std::string title = frontmap::input::html_title(bytes);
    if (text.size() + title.size() > 4 * bytes.size() + 16) __builtin_trap();
    return 0;
}
