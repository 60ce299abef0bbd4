// Scripts for the viewer are checked whole before a window opens: unknown commands, missing or
// extra arguments, bad numbers and dates are refused with the file and line.
#include <catch2/catch.hpp>

#include "view/view_script.hpp"

using namespace frontmap;

TEST_CASE("a view script reads commands with their arguments and skips comments", "[view][script]") {
    const auto script = view::parse_view_script(
        "# a demo\n"
        "date 2025-11-05\n"
        "center 48.28 37.18 10   # Pokrovsk\n"
        "\n"
        "search Куп'янськ\n"
        "layer events off\n"
        "screenshot out/shot one.png\n"
        "quit\n",
        "demo.txt");
    REQUIRE(script.size() == 6);
    CHECK(script[0].name == "date");
    CHECK(script[1].args == std::vector<std::string>{"48.28", "37.18", "10"});
    CHECK(script[1].line == 3);
    CHECK(script[2].args == std::vector<std::string>{"Куп'янськ"});
    CHECK(script[4].args == std::vector<std::string>{"out/shot one.png"});
}

TEST_CASE("a view script with a mistake is refused with its file and line", "[view][script]") {
    CHECK_THROWS_WITH(view::parse_view_script("date 2025-11-05\nfly 48 37\n", "s.txt"), Catch::Contains("s.txt:2: unknown command 'fly'"));
    CHECK_THROWS_WITH(view::parse_view_script("date 5 November\n", "s.txt"), Catch::Contains("s.txt:1:"));
    CHECK_THROWS_WITH(view::parse_view_script("pan 10\n", "s.txt"), Catch::Contains("needs 2 arguments"));
    CHECK_THROWS_WITH(view::parse_view_script("zoom x\n", "s.txt"), Catch::Contains("'x' is not a number"));
    CHECK_THROWS_WITH(view::parse_view_script("layer events maybe\n", "s.txt"), Catch::Contains("not on or off"));
    CHECK_THROWS_WITH(view::parse_view_script("quit now\n", "s.txt"), Catch::Contains("takes no more than 0"));
    CHECK_THROWS_WITH(view::read_view_script("/nonexistent/script.txt"), Catch::Contains("cannot read"));
}
