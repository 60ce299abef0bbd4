#pragma once
// HTML character references (&amp; &#8217; &#x2014;) for html_to_text.
#include <cstddef>
#include <string>
#include <string_view>

namespace frontmap::input {

// `html` starts with '&'. When a known character reference follows, appends its UTF-8 to `out`
// and returns how many bytes it used; returns 0 (and appends nothing) when it is a plain '&'.
std::size_t decode_html_entity(std::string_view html, std::string& out);

}  // namespace frontmap::input
