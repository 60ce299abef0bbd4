// Fuzzes the text path of the gazetteer stage: tokenizing, name matching, context rules and
// resolution with the full bundled gazetteer, on arbitrary bytes as a document's text.
// The tokenizer tolerates invalid UTF-8 (a bad byte is a one-byte "other" code point), so the
// raw bytes go in as they are; when they are not valid UTF-8 the repaired text, which is what
// read_documents really delivers, goes in too. Either way every mention must satisfy the
// invariants later stages and the output writers rely on; a violation aborts.
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "app/input/read_documents.hpp"
#include "cli/load_finder.hpp"
#include "gazetteer/find_mentions.hpp"

namespace {

// The index is built into the cache on first use (seconds) and memory-mapped afterwards; keep
// fuzz runs from writing into the user's real cache unless they chose one.
const frontmap::gaz::MentionFinder& bundled_finder() {
    static const frontmap::gaz::MentionFinder finder = [] {
        if (const char* dir = std::getenv("FRONTMAP_CACHE_DIR"); !dir || !*dir) {
            const std::string tmp = "/tmp/frontmap-fuzz-cache-" + std::to_string(::getuid());
            ::setenv("FRONTMAP_CACHE_DIR", tmp.c_str(), 1);
        }
        frontmap::Diagnostics diags;
        return frontmap::cli::load_mention_finder(std::nullopt, diags, std::cerr);
    }();
    return finder;
}

bool in_unit_interval(double x) { return x > 0.0 && x <= 1.0; }

bool valid_coordinates(const frontmap::gaz::PlaceInfo& p) {
    return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= -90.0 && p.lat <= 90.0 &&
           p.lon >= -180.0 && p.lon <= 180.0;
}

void check_mentions(const frontmap::Document& doc, const frontmap::gaz::MentionFinder& finder) {
    const auto mentions = frontmap::gaz::find_mentions(doc, finder);
    std::size_t previous_begin = 0;
    for (const auto& m : mentions) {
        if (m.byte_begin >= m.byte_end || m.byte_end > doc.text.size()) std::abort();
        if (doc.text.compare(m.byte_begin, m.byte_end - m.byte_begin, m.surface) != 0) std::abort();
        if (!in_unit_interval(m.score)) std::abort();
        if (!valid_coordinates(m.place)) std::abort();
        if (m.runner_up && !valid_coordinates(m.runner_up->place)) std::abort();
        if (m.doc_id != doc.id) std::abort();
        // find_mentions promises document order.
        if (m.byte_begin < previous_begin) std::abort();
        previous_begin = m.byte_begin;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& finder = bundled_finder();
    frontmap::Document doc;
    doc.id = "fuzz";
    doc.path = "fuzz";
    doc.format = "text";
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    check_mentions(doc, finder);
    if (frontmap::input::repair_utf8_in_place(doc.text) > 0) check_mentions(doc, finder);
    return 0;
}
