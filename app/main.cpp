// frontmap: turns war reporting into a map. Dispatches subcommands and owns the exit codes.
#include <iostream>
#include <string>
#include <vector>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"

namespace {

const char* const main_help = R"(usage: frontmap COMMAND [options]

Commands:
  extract     find and resolve every place named in articles (text, HTML, Markdown, JSONL)
  ingest      store dated, typed events from articles (or an ACLED export) in a GeoPackage or PostGIS
  export      write stored events as GeoJSON, GeoJSONSeq, CSV, KML, GeoPackage or FlatGeobuf
  front       estimate the front on each date from baseline control maps (held area, front line)
  render      draw the map for a date, or the timeline as images or a video, without a display
  view        the interactive map: events and the front through time, filters, details
  gazetteer   import GeoNames dumps, inspect the gazetteer, look names up

Run 'frontmap COMMAND --help' for a command's options. Exit status: 0 ok, 1 some input
skipped, 2 usage or input error.
)";

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << main_help;
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << "frontmap " << FRONTMAP_VERSION << "\n";
        return 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "extract") return frontmap::cli::run_extract(args, std::cout, std::cerr);
        if (command == "gazetteer") return frontmap::cli::run_gazetteer(args, std::cout, std::cerr);
        if (command == "ingest") return frontmap::cli::run_ingest(args, std::cout, std::cerr);
        if (command == "export") return frontmap::cli::run_export(args, std::cout, std::cerr);
        if (command == "front") return frontmap::cli::run_front(args, std::cout, std::cerr);
        if (command == "render") return frontmap::cli::run_render(args, std::cout, std::cerr);
        if (command == "view") return frontmap::cli::run_view(args, std::cout, std::cerr);
        std::cerr << "frontmap: unknown command '" << command << "'\n" << main_help;
        return 2;
    } catch (const frontmap::cli::UsageError& e) {
        std::cerr << "frontmap " << command << ": " << e.what() << "\nRun 'frontmap " << command
                  << " --help' for usage.\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "frontmap " << command << ": " << e.what() << "\n";
        return 2;
    }
}
