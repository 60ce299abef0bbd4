#pragma once
// One function per subcommand; each returns the process exit code (0 ok, 1 some input
// skipped, 2 usage or input error) and prints only to the streams it is given.
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace frontmap::cli {

int run_extract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_gazetteer(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_ingest(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_export(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_front(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_render(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_view(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);  // app/view

// Prints collected diagnostics as "frontmap: where: message" lines.
void print_diagnostics(const std::vector<Diagnostic>& items, std::ostream& err);

extern const char* const extract_help;
extern const char* const gazetteer_help;
extern const char* const ingest_help;
extern const char* const export_help;
extern const char* const front_help;
extern const char* const render_help;
extern const char* const view_help;

}  // namespace frontmap::cli
