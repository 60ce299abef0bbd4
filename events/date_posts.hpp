#pragma once
// Social-media posts embedded in scraped articles. A post's text is followed by a signature line
// that dates it ("— Name (@handle) November 30, 2022"), sometimes by a line with its media link
// ("… #Bakhmut pic.twitter.com/…"); the places in the post took place on the post's day, not on
// the article's.
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "events/date_clauses.hpp"
#include "events/date_range.hpp"
#include "events/temporal_expressions.hpp"

namespace frontmap::events {

struct EmbeddedPost {
    std::size_t byte_begin = 0, byte_end = 0;  // the post's text, signature and media line included
    DateRange date;                            // the signature's date
};

// Every post whose signature names a handle "(@…)" and ends with a resolved date of day
// precision. The post's text is the paragraph (line) before the signature, plus the line after
// it when that line carries one of the lexicon's post links.
std::vector<EmbeddedPost> find_embedded_posts(std::string_view text, std::span<const TemporalExpression> expressions,
                                              const ClauseLexicon& words);

}  // namespace frontmap::events
