// frontmap ingest (being written).
#include "cli/arguments.hpp"
#include "cli/commands.hpp"

namespace frontmap::cli {

const char* const ingest_help = "usage: frontmap ingest (not yet available)\n";

int run_ingest(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "frontmap: ingest is not available yet\n";
    return 2;
}

}  // namespace frontmap::cli
