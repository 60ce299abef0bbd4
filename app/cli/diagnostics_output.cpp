#include "cli/commands.hpp"

namespace frontmap::cli {

void print_diagnostics(const std::vector<Diagnostic>& items, std::ostream& err) {
    for (const auto& d : items) {
        const char* level = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "note";
        err << "frontmap: " << level << ": " << d.where << ": " << d.message << "\n";
    }
}

}  // namespace frontmap::cli
