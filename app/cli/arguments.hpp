#pragma once
// Minimal command-line parsing: "--name value", "--name=value", flags, and positionals.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace frontmap::cli {

// Thrown for anything the user typed wrong; main() prints it with a usage hint and exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The whole number that `value` starts with and the text after it ("7d" → 7 and "d"); nothing
// when it does not start with one.
std::optional<std::pair<int, std::string>> leading_number(const std::string& value);

class Arguments {
public:
    // `valued` lists options that take a value ("-o", "--format"); `flags` those that don't.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
              const std::set<std::string>& flags);

    std::optional<std::string> value(const std::string& name) const;  // the last one given
    std::vector<std::string> values(const std::string& name) const;   // every one, in order
    std::string value_or(const std::string& name, const std::string& fallback) const;
    bool flag(const std::string& name) const { return flags_.count(name) != 0; }
    const std::vector<std::string>& positionals() const { return positionals_; }

private:
    std::map<std::string, std::string> values_;
    std::map<std::string, std::vector<std::string>> all_values_;
    std::set<std::string> flags_;
    std::vector<std::string> positionals_;
};

}  // namespace frontmap::cli
