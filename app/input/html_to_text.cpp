// A forgiving HTML-to-text pass for news pages: no DOM, one scan, linear time. Malformed markup
// (unclosed tags, a bare '<' in text, missing end tags) degrades to keeping or dropping a little
// text, never to a crash or a quadratic scan.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "app/input/html_entities.hpp"
#include "app/input/read_documents.hpp"

namespace frontmap::input {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Position of `needle` (lowercase ASCII) in `haystack` from `from`, ignoring ASCII case.
std::size_t find_ignoring_case(std::string_view haystack, std::string_view needle, std::size_t from) {
    if (needle.empty() || haystack.size() < needle.size()) return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && ascii_lower(haystack[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

// Elements whose content is never visible text.
// <head> is not listed: its end tag may be omitted, and skipping to a missing </head> would
// drop the whole page.
constexpr std::array<std::string_view, 5> kHiddenElements{"script", "style", "noscript", "title",
                                                          "template"};
// Elements that start a new line of text when they open or close.
constexpr std::array<std::string_view, 30> kBlockElements{
    "p",       "br",     "div",    "li",     "h1",      "h2",         "h3",     "h4",
    "h5",      "h6",     "tr",     "ul",     "ol",      "table",      "section", "article",
    "header",  "footer", "aside",  "nav",    "blockquote", "pre",     "hr",     "dd",
    "dt",      "dl",     "figcaption", "main", "form",  "address"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
    for (auto n : names) {
        if (n == name) return true;
    }
    return false;
}

// Collects visible text, collapsing white space and turning block boundaries into line breaks
// (at most one empty line in a row), with nothing leading or trailing.
class TextCollector {
public:
    void add_space() { pending_space_ = true; }
    void add_break() { pending_breaks_ = std::max(pending_breaks_, 1); }
    void add_paragraph_break() { pending_breaks_ = 2; }
    void add_visible(std::string_view s) {
        for (char c : s) {
            if (is_html_space(c)) {
                add_space();
                continue;
            }
            if (!out_.empty()) {
                if (pending_breaks_ > 0) {
                    out_.append(static_cast<std::size_t>(pending_breaks_), '\n');
                } else if (pending_space_) {
                    out_ += ' ';
                }
            }
            pending_breaks_ = 0;
            pending_space_ = false;
            out_ += c;
        }
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
    bool pending_space_ = false;
    int pending_breaks_ = 0;
};

// End of the tag starting at `pos` ('<'): the position after its '>', skipping '>' inside quoted
// attribute values. Returns npos when the tag never closes.
std::size_t find_tag_end(std::string_view html, std::size_t pos) {
    char quote = 0;
    for (std::size_t i = pos + 1; i < html.size(); ++i) {
        const char c = html[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            // Only quotes that open an attribute value count; a stray apostrophe in a broken tag
            // would otherwise swallow the rest of the page.
            if (i > 0 && html[i - 1] == '=') quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

// Position after the end tag </name ...> from `from`, or the end of the input if it is missing.
std::size_t skip_past_end_tag(std::string_view html, std::string_view name, std::size_t from) {
    std::string closing = "</";
    closing += name;
    std::size_t at = from;
    while ((at = find_ignoring_case(html, closing, at)) != std::string_view::npos) {
        const std::size_t after = at + closing.size();
        if (after >= html.size() || html[after] == '>' || is_html_space(html[after]) || html[after] == '/') {
            const std::size_t end = html.find('>', after);
            return end == std::string_view::npos ? html.size() : end + 1;
        }
        at = after;
    }
    return html.size();
}

std::string tag_name_at(std::string_view html, std::size_t name_begin) {
    std::string name;
    for (std::size_t i = name_begin; i < html.size() && name.size() < 16; ++i) {
        const char c = html[i];
        if (!is_ascii_alpha(c) && !(c >= '0' && c <= '9')) break;
        name += ascii_lower(c);
    }
    return name;
}

// Handles markup at `pos` ('<'); returns where text resumes, or pos + 1 for a literal '<'.
std::size_t consume_markup(std::string_view html, std::size_t pos, TextCollector& text) {
    const std::string_view rest = html.substr(pos);
    if (rest.starts_with("<!--")) {
        const std::size_t end = html.find("-->", pos + 4);
        return end == std::string_view::npos ? html.size() : end + 3;
    }
    const bool closing = rest.size() > 1 && rest[1] == '/';
    const std::size_t name_begin = pos + (closing ? 2 : 1);
    const bool declaration = rest.size() > 1 && (rest[1] == '!' || rest[1] == '?');
    if (!declaration && (name_begin >= html.size() || !is_ascii_alpha(html[name_begin]))) {
        text.add_visible("<");  // "a < b", "<3": not markup
        return pos + 1;
    }
    const std::size_t tag_end = find_tag_end(html, pos);
    if (tag_end == std::string_view::npos) return html.size();  // unclosed tag at the end
    if (declaration) return tag_end;
    const std::string name = tag_name_at(html, name_begin);
    if (!closing && contains(kHiddenElements, name)) {
        const bool self_closed = tag_end >= 2 && html[tag_end - 2] == '/';
        return self_closed ? tag_end : skip_past_end_tag(html, name, tag_end);
    }
    if (name == "p" || (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
        text.add_paragraph_break();
    } else if (contains(kBlockElements, name)) {
        text.add_break();
    } else if (name == "td" || name == "th" || name == "img") {
        text.add_space();
    }
    return tag_end;
}

void collect_text(std::string_view html, std::size_t begin, std::size_t end, TextCollector& text) {
    std::string decoded;
    std::size_t pos = begin;
    while (pos < end) {
        const char c = html[pos];
        if (c == '<') {
            pos = consume_markup(html.substr(0, end), pos, text);
        } else if (c == '&') {
            decoded.clear();
            const std::size_t used = decode_html_entity(html.substr(pos, end - pos), decoded);
            text.add_visible(used == 0 ? std::string_view("&") : std::string_view(decoded));
            pos += used == 0 ? 1 : used;
        } else {
            const std::size_t next = html.find_first_of("<&", pos);
            const std::size_t stop = next == std::string_view::npos || next > end ? end : next;
            text.add_visible(html.substr(pos, stop - pos));
            pos = stop;
        }
    }
}

}  // namespace

std::string html_to_text(std::string_view html) {
    TextCollector text;
    collect_text(html, 0, html.size(), text);
    return text.take();
}

std::string html_title(std::string_view html) {
    std::size_t at = 0;
    while ((at = find_ignoring_case(html, "<title", at)) != std::string_view::npos) {
        const std::size_t after = at + 6;
        if (after < html.size() && (html[after] == '>' || is_html_space(html[after]))) break;
        at = after;
    }
    if (at == std::string_view::npos) return {};
    const std::size_t open_end = find_tag_end(html, at);
    if (open_end == std::string_view::npos) return {};
    std::size_t close = find_ignoring_case(html, "</title", open_end);
    if (close == std::string_view::npos) close = html.size();
    // Titles hold text only; entities are decoded, stray markup is dropped like in the body.
    TextCollector text;
    collect_text(html, open_end, close, text);
    std::string title = text.take();
    for (char& c : title) {
        if (c == '\n') c = ' ';
    }
    return title;
}

}  // namespace frontmap::input
