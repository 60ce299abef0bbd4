// frontmap export (being written).
#include "cli/arguments.hpp"
#include "cli/commands.hpp"

namespace frontmap::cli {

const char* const export_help = "usage: frontmap export (not yet available)\n";

int run_export(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "frontmap: export is not available yet\n";
    return 2;
}

}  // namespace frontmap::cli
