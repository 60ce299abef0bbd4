#include "cli/arguments.hpp"

namespace frontmap::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    bool only_positionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_positionals || a == "-" || a.size() < 2 || a[0] != '-') {
            positionals_.push_back(a);
            continue;
        }
        if (a == "--") {
            only_positionals = true;
            continue;
        }
        std::string name = a, inline_value;
        bool has_inline = false;
        if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
            name = a.substr(0, eq);
            inline_value = a.substr(eq + 1);
            has_inline = true;
        }
        if (flags.count(name)) {
            if (has_inline) throw UsageError("option " + name + " takes no value");
            flags_.insert(name);
        } else if (valued.count(name)) {
            if (!has_inline) {
                if (i + 1 >= args.size()) throw UsageError("option " + name + " needs a value");
                inline_value = args[++i];
            }
            values_[name] = inline_value;
            all_values_[name].push_back(inline_value);
        } else {
            throw UsageError("unknown option " + name);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    auto it = all_values_.find(name);
    return it == all_values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Arguments::value_or(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

std::optional<std::pair<int, std::string>> leading_number(const std::string& value) {
    std::size_t used = 0;
    try {
        const int n = std::stoi(value, &used);
        return std::pair{n, value.substr(used)};
    } catch (const std::logic_error&) {  // not a number, or out of range
        return std::nullopt;
    }
}

}  // namespace frontmap::cli
