#include "view/view_script.hpp"

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

#include "events/date_range.hpp"

namespace frontmap::view {

namespace {

enum class Arg { number, date, word, on_off, rest };

struct Shape {
    std::vector<Arg> required;
    std::vector<Arg> optional;
};

const std::map<std::string, Shape>& shapes() {
    static const std::map<std::string, Shape> table{
        {"date", {{Arg::date}, {}}},
        {"play", {{}, {}}},
        {"pause", {{}, {}}},
        {"speed", {{Arg::number}, {}}},
        {"window", {{Arg::number}, {}}},
        {"pan", {{Arg::number, Arg::number}, {}}},
        {"zoom", {{Arg::number}, {Arg::number, Arg::number}}},
        {"center", {{Arg::number, Arg::number}, {Arg::number}}},
        {"fit", {{}, {}}},
        {"layer", {{Arg::word, Arg::on_off}, {}}},
        {"filter", {{Arg::word, Arg::rest}, {}}},
        {"select", {{Arg::number}, {}}},
        {"search", {{Arg::rest}, {}}},
        {"open", {{Arg::rest}, {}}},
        {"drop", {{Arg::rest}, {}}},
        {"resize", {{Arg::number, Arg::number}, {}}},
        {"wait", {{Arg::number}, {}}},
        {"screenshot", {{Arg::rest}, {}}},
        {"export-view", {{Arg::rest}, {}}},
        {"export-events", {{Arg::rest}, {}}},
        {"export-video", {{Arg::rest}, {}}},
        {"quit", {{}, {}}},
    };
    return table;
}

bool is_number(const std::string& s) {
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size();
}

std::string check(const std::string& word, Arg kind) {
    switch (kind) {
        case Arg::number: return is_number(word) ? "" : "'" + word + "' is not a number";
        case Arg::date: return events::parse_iso_date(word) && word.size() == 10 ? "" : "'" + word + "' is not a date (YYYY-MM-DD)";
        case Arg::on_off: return word == "on" || word == "off" ? "" : "'" + word + "' is not on or off";
        default: return "";
    }
}

}  // namespace

std::vector<ScriptCommand> parse_view_script(const std::string& text, const std::string& source_name) {
    std::vector<ScriptCommand> out;
    std::istringstream lines(text);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        ScriptCommand c;
        c.line = number;
        if (!(words >> c.name)) continue;
        const auto where = source_name + ":" + std::to_string(number) + ": ";
        const auto shape = shapes().find(c.name);
        if (shape == shapes().end()) throw ScriptError(where + "unknown command '" + c.name + "' (see frontmap view --help)");
        std::vector<Arg> expected = shape->second.required;
        expected.insert(expected.end(), shape->second.optional.begin(), shape->second.optional.end());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            std::string word;
            if (expected[i] == Arg::rest) {
                std::getline(words >> std::ws, word);
                while (!word.empty() && (word.back() == ' ' || word.back() == '\t' || word.back() == '\r')) word.pop_back();
            } else {
                words >> word;
            }
            if (word.empty()) {
                if (i < shape->second.required.size())
                    throw ScriptError(where + "'" + c.name + "' needs " + std::to_string(shape->second.required.size()) +
                                      " argument" + (shape->second.required.size() == 1 ? "" : "s"));
                break;
            }
            if (auto problem = check(word, expected[i]); !problem.empty()) throw ScriptError(where + c.name + ": " + problem);
            c.args.push_back(word);
        }
        std::string extra;
        if (words >> extra) throw ScriptError(where + "'" + c.name + "' takes no more than " + std::to_string(expected.size()) + " arguments");
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<ScriptCommand> read_view_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ScriptError(path + ": cannot read the script");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_view_script(text.str(), path);
}

}  // namespace frontmap::view
