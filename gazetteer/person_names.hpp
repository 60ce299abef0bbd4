#pragma once
// People named in a document, so that their names are not read as places.
#include <cstddef>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "gazetteer/token_context.hpp"

namespace frontmap::gaz {

// People named in the document: "<given name> <Capitalised>…" and "<title> <Capitalised>…"
// spans, and the surnames they end with, so that a later bare "Jones" is a person too.
struct PersonNames {
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // token ranges [begin, end)
    std::unordered_set<std::string> surnames;

    bool covers(std::size_t begin, std::size_t end) const {
        for (const auto& [b, e] : spans)
            if (b <= begin && end <= e && (b < begin || end < e || e - b == 1)) return true;
        return false;
    }
};

// "<given name> <Capitalised>…" and "<title> <Capitalised>…" spans of the document.
PersonNames find_person_names(const TokenContext& a);

}  // namespace frontmap::gaz
