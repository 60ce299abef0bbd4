#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "gazetteer/gazetteer_source.hpp"
#include "tests/support/temp_folder.hpp"

using frontmap::Diagnostic;
using frontmap::Diagnostics;
using frontmap::gaz::AlternateName;
using frontmap::gaz::parse_geonames_line;
using frontmap::gaz::parse_supplement_line;
using frontmap::gaz::SourcePlace;

namespace {

using frontmap::test::TempFolder;

std::string write_gzip(const TempFolder& folder, const std::string& name, std::string_view bytes) {
    const auto full = folder / name;
    gzFile gz = gzopen(full.c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
    return full;
}

// Bakhmut as cities500.txt has it (alternate names shortened).
const std::string kBakhmutRow =
    "712451\tBakhmut\tBakhmut\tArtemivsk,Artemovsk,Bachmut,Бахмут\t48.59441\t38.00014\tP\tPPLA2\tUA\t\t05\t"
    "1412575\t\t\t74724\t\t142\tEurope/Kyiv\t2023-04-04";

std::string with_column(std::string row, int column, const std::string& value) {
    std::vector<std::string> columns;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t tab = row.find('\t', begin);
        columns.push_back(row.substr(begin, tab == std::string::npos ? std::string::npos : tab - begin));
        if (tab == std::string::npos) break;
        begin = tab + 1;
    }
    columns.at(static_cast<std::size_t>(column - 1)) = value;
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "\t" : "") + columns[i];
    return out;
}

const std::string kSupplementHeader =
    "ref\tgeonameid\tname\talternatenames\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\tsource\n";

}  // namespace

TEST_CASE("parses a GeoNames row into a SourcePlace", "[gazetteer][source]") {
    SourcePlace place;
    REQUIRE_FALSE(parse_geonames_line(kBakhmutRow, place));
    CHECK(place.geonameid == 712451);
    CHECK(place.name == "Bakhmut");
    CHECK(place.asciiname == "Bakhmut");
    CHECK(place.alternate_names == std::vector<std::string>{"Artemivsk", "Artemovsk", "Bachmut", "Бахмут"});
    CHECK(place.lat == Approx(48.59441));
    CHECK(place.lon == Approx(38.00014));
    CHECK(place.feature_class == 'P');
    CHECK(place.feature_code == "PPLA2");
    CHECK(place.country == "UA");
    CHECK(place.admin1_code == "05");
    CHECK(place.admin2_code == "1412575");
    CHECK(place.population == 74724);
}

TEST_CASE("a GeoNames row with an empty population has population 0", "[gazetteer][source]") {
    SourcePlace place;
    REQUIRE_FALSE(parse_geonames_line(with_column(kBakhmutRow, 15, ""), place));
    CHECK(place.population == 0);
}

TEST_CASE("bad GeoNames rows are refused with the column named", "[gazetteer][source]") {
    SourcePlace place;
    CHECK(parse_geonames_line("712451\tBakhmut", place) ==
          "expected 19 tab-separated columns (the GeoNames geoname table), found 2");
    CHECK(parse_geonames_line(kBakhmutRow + "\textra", place).value_or("").find("found 20") != std::string::npos);
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 5, "abc"), place) ==
          "column 5 (latitude): \"abc\" is not a number");
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 5, "91.5"), place) ==
          "column 5 (latitude): \"91.5\" is out of range; expected -90 to 90");
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 6, "-180.01"), place).value_or("").starts_with(
          "column 6 (longitude): \"-180.01\" is out of range"));
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 6, "nan"), place).has_value());
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 1, "0"), place) ==
          "column 1 (geonameid): \"0\" must be a positive integer");
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 1, "12x"), place) ==
          "column 1 (geonameid): \"12x\" is not an integer");
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 1, "99999999999999999999"), place) ==
          "column 1 (geonameid): \"99999999999999999999\" is out of range");
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 7, "PP"), place).value_or("").starts_with(
          "column 7 (feature class): \"PP\" is not one letter"));
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 7, ""), place).has_value());
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 15, "-5"), place).has_value());
    CHECK(parse_geonames_line(with_column(kBakhmutRow, 2, ""), place) == "column 2 (name) is empty");
    CHECK(parse_geonames_line("", place).has_value());
}

TEST_CASE("read_geonames reads plain and gzip files, skipping bad lines with path:line", "[gazetteer][source]") {
    TempFolder dir;
    const std::string content = kBakhmutRow + "\n" + with_column(kBakhmutRow, 5, "north") + "\r\n\n" +
                                with_column(kBakhmutRow, 1, "712452") + "\r\n";
    for (const auto& path : {dir.write("cities.txt", content), write_gzip(dir, "cities.txt.gz", content),
                             write_gzip(dir, "cities-no-gz-name.txt", content)}) {
        Diagnostics diags;
        std::vector<SourcePlace> places;
        const auto count = frontmap::gaz::read_geonames(path, diags, [&](SourcePlace&& p) { places.push_back(std::move(p)); });
        CHECK(count == 2);
        REQUIRE(places.size() == 2);
        CHECK(places[1].geonameid == 712452);
        CHECK(places[1].name == "Bakhmut");
        CHECK(places[1].source == std::filesystem::path(path).filename().string());
        const auto items = diags.items();
        REQUIRE(items.size() == 1);
        CHECK(items[0].where == path + ":2");
        CHECK(items[0].message == "column 5 (latitude): \"north\" is not a number; line skipped");
        CHECK(items[0].skipped);
    }
}

TEST_CASE("a missing gazetteer file is one message and no records", "[gazetteer][source]") {
    TempFolder dir;
    Diagnostics diags;
    const auto count = frontmap::gaz::read_geonames(dir / "nope.txt", diags, [](SourcePlace&&) {});
    CHECK(count == 0);
    const auto items = diags.items();
    REQUIRE(items.size() == 1);
    CHECK(items[0].where == dir / "nope.txt");
    CHECK_THAT(items[0].message, Catch::Contains("No such file or directory"));
    CHECK(frontmap::gaz::read_admin1_codes(dir / "nope.txt", diags).empty());
}

TEST_CASE("a truncated gzip file is reported after the lines that could be read", "[gazetteer][source]") {
    TempFolder dir;
    std::string rows;
    for (int i = 1; i <= 2000; ++i) rows += with_column(kBakhmutRow, 1, std::to_string(i)) + "\n";
    const auto full = write_gzip(dir, "full.gz", rows);
    std::ifstream in(full, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto cut = dir.write("cut.gz", bytes.substr(0, bytes.size() / 2));
    Diagnostics diags;
    const auto count = frontmap::gaz::read_geonames(cut, diags, [](SourcePlace&&) {});
    CHECK(count < 2000);
    const auto items = diags.items();
    REQUIRE_FALSE(items.empty());
    CHECK_THAT(items.back().message, Catch::Contains("the rest of the file was not read"));
}

TEST_CASE("parses supplement rows that add places and rows that add names", "[gazetteer][source]") {
    SourcePlace place;
    REQUIRE_FALSE(parse_supplement_line(
        "\t\tVovcha\tВовча,Vovcha River\t48.1\t+36.9\tH.STM\tUA\t\t\tDeepState names", place));
    CHECK(place.ref.empty());
    CHECK(place.geonameid == 0);
    CHECK(place.name == "Vovcha");
    CHECK(place.alternate_names == std::vector<std::string>{"Вовча", "Vovcha River"});
    CHECK(place.lat == Approx(48.1));
    CHECK(place.lon == Approx(36.9));
    CHECK(place.feature_class == 'H');
    CHECK(place.feature_code == "STM");
    CHECK(place.country == "UA");
    CHECK(place.source == "DeepState names");

    REQUIRE_FALSE(parse_supplement_line("geonames:712451\t\t\tArtemivsk,Артемівськ\t\t\t\t\t\t\t", place));
    CHECK(place.ref == "geonames:712451");
    CHECK(place.geonameid == 712451);
    CHECK(place.alternate_names.size() == 2);

    REQUIRE_FALSE(parse_supplement_line("admin1:UA.05\t\tDonechchyna\t\t\t\t\t\t\t\t", place));
    CHECK(place.country == "UA");
    CHECK(place.admin1_code == "05");

    REQUIRE_FALSE(parse_supplement_line("country:UA\t\t\tUkraina\t\t\t\t\t\t\t", place));
    CHECK(place.country == "UA");
}

TEST_CASE("bad supplement rows say which column and why", "[gazetteer][source]") {
    SourcePlace place;
    CHECK(parse_supplement_line("\t\tVovcha", place).value_or("").find("found 3") != std::string::npos);
    CHECK(parse_supplement_line("\t\tVovcha\t\t\t\tH.STM\t\t\t\t", place) ==
          "columns 5 and 6 (lat, lon) are empty; a new place needs both");
    CHECK(parse_supplement_line("\t\tVovcha\t\t48,1\t36.9\tH.STM\t\t\t\t", place) ==
          "column 5 (lat): \"48,1\" is not a number");
    CHECK(parse_supplement_line("\t\tVovcha\t\t48.1\t36.9\tSTM\t\t\t\t", place).value_or("").starts_with(
          "column 7 (feature): \"STM\" is not CLASS.CODE"));
    CHECK(parse_supplement_line("\t\t\t\t48.1\t36.9\tH.STM\t\t\t\t", place).value_or("").starts_with("column 3 (name) is empty"));
    CHECK(parse_supplement_line("osm:123\t\tX\t\t\t\t\t\t\t\t", place).value_or("").starts_with("column 1 (ref): \"osm:123\""));
    CHECK(parse_supplement_line("geonames:abc\t\tX\t\t\t\t\t\t\t\t", place).has_value());
    CHECK(parse_supplement_line("country:Ukraine\t\tX\t\t\t\t\t\t\t\t", place).has_value());
    CHECK(parse_supplement_line("geonames:1\t\t\t\t\t\t\t\t\t\t", place).value_or("").find("adds no name") != std::string::npos);
    CHECK(parse_supplement_line("\t\tX\t\t48\t37\tP.PPL\tUkraine\t\t\t", place).has_value());
    CHECK(parse_supplement_line("\t\tX\t\t48\t37\tP.PPL\tUA\t\tmany\t", place) ==
          "column 10 (population): \"many\" is not an integer");
}

TEST_CASE("read_supplement checks the header, skips comments and fills the source", "[gazetteer][source]") {
    TempFolder dir;
    const auto path = dir.write("supplement.tsv",
        "# frontmap supplement\n\n" + kSupplementHeader +
        "\t\tKrynky\t\t46.73\t33.08\tP.PPL\tUA\t08\t\t\n"
        "# a comment between rows\n"
        "\t\tbroken\n"
        "geonames:712451\t\t\tArtemivsk\t\t\t\t\t\t\tISW\n");
    Diagnostics diags;
    std::vector<SourcePlace> places;
    CHECK(frontmap::gaz::read_supplement(path, diags, [&](SourcePlace&& p) { places.push_back(std::move(p)); }) == 2);
    REQUIRE(places.size() == 2);
    CHECK(places[0].source == "supplement.tsv");
    CHECK(places[1].source == "ISW");
    const auto items = diags.items();
    REQUIRE(items.size() == 1);
    CHECK(items[0].where == path + ":6");

    const auto wrong = dir.write("wrong.tsv", "name\tlat\tlon\nKrynky\t46.73\t33.08\n");
    Diagnostics wrong_diags;
    CHECK(frontmap::gaz::read_supplement(wrong, wrong_diags, [](SourcePlace&&) {}) == 0);
    REQUIRE(wrong_diags.items().size() == 1);
    CHECK(wrong_diags.items()[0].where == wrong + ":1");
    CHECK_THAT(wrong_diags.items()[0].message, Catch::StartsWith("header is \"name\\x09lat\\x09lon\""));
}

TEST_CASE("reads alternateNamesV2 rows and the older 8-column form", "[gazetteer][source]") {
    TempFolder dir;
    const auto path = dir.write("alternateNamesV2.txt",
        "1\t712451\tuk\tБахмут\t1\t\t\t\t\t\n"
        "2\t712451\tuk\tАртемівськ\t\t\t\t1\t1924\t2016\n"
        "3\t712451\ten\tArtemovsk\t\t\t\t1\n"
        "4\t712451\ten\n"
        "5\tx\ten\tName\t\t\t\t\t\t\n"
        "6\t712451\ten\tName\t\t\t\tyes\t\t\n");
    Diagnostics diags;
    std::vector<AlternateName> names;
    CHECK(frontmap::gaz::read_alternate_names(path, diags, [&](AlternateName&& n) { names.push_back(std::move(n)); }) == 3);
    REQUIRE(names.size() == 3);
    CHECK(names[0].name == "Бахмут");
    CHECK(names[0].lang == "uk");
    CHECK(names[0].preferred);
    CHECK_FALSE(names[0].historic);
    CHECK(names[1].historic);
    CHECK(names[2].historic);
    const auto items = diags.items();
    REQUIRE(items.size() == 3);
    CHECK(items[0].where == path + ":4");
    CHECK(items[1].message == "column 2 (geonameid): \"x\" is not an integer; line skipped");
    CHECK(items[2].message == "column 8 (isHistoric): \"yes\" is not 1 or empty; line skipped");
}

TEST_CASE("reads admin1CodesASCII rows", "[gazetteer][source]") {
    TempFolder dir;
    const auto path = dir.write("admin1CodesASCII.txt",
        "UA.05\tDonetsk\tDonetsk\t709716\nUA.14\tKharkiv\tKharkiv\t706482\nbad row\n");
    Diagnostics diags;
    const auto codes = frontmap::gaz::read_admin1_codes(path, diags);
    REQUIRE(codes.size() == 2);
    CHECK(codes[0].code == "UA.05");
    CHECK(codes[0].name == "Donetsk");
    CHECK(codes[1].geonameid == 706482);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].where == path + ":3");
}

TEST_CASE("a file of bad lines reports the first hundred and a count of the rest", "[gazetteer][source]") {
    TempFolder dir;
    std::string rows;
    for (int i = 0; i < 250; ++i) rows += "not,a,geonames,row\n";
    const auto path = dir.write("wrong.csv", rows);
    Diagnostics diags;
    CHECK(frontmap::gaz::read_geonames(path, diags, [](SourcePlace&&) {}) == 0);
    const auto items = diags.items();
    REQUIRE(items.size() == 101);
    CHECK(items.back().where == path);
    CHECK_THAT(items.back().message, Catch::StartsWith("150 more bad lines"));
}
