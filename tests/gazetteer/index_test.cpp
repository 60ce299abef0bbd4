// The gazetteer index built from small GeoNames and supplement files written for each test:
// merging, name keys in every key space, prefix flags, staleness and damaged files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "gazetteer/build_index.hpp"
#include "gazetteer/cyrillic_stemmer.hpp"
#include "gazetteer/gazetteer_catalog.hpp"
#include "gazetteer/gazetteer_index.hpp"
#include "gazetteer/normalize.hpp"
#include "tests/support/temp_folder.hpp"

using frontmap::Diagnostics;
using frontmap::gaz::BuildOptions;
using frontmap::gaz::BuildStats;
using frontmap::gaz::CyrillicStemmer;
using frontmap::gaz::fold_name;
using frontmap::gaz::Gazetteer;
using frontmap::gaz::KeySpace;
using frontmap::gaz::NameKind;
using frontmap::gaz::SourceFile;
using frontmap::gaz::SourceKind;
using frontmap::gaz::skeleton_key;
using frontmap::test::TempFolder;

namespace {

std::string geonames_row(const std::string& id, const std::string& name, const std::string& ascii,
                         const std::string& alternates, const std::string& lat, const std::string& lon,
                         const std::string& fclass, const std::string& fcode, const std::string& cc,
                         const std::string& admin1, const std::string& population) {
    return id + "\t" + name + "\t" + ascii + "\t" + alternates + "\t" + lat + "\t" + lon + "\t" + fclass +
           "\t" + fcode + "\t" + cc + "\t\t" + admin1 + "\t\t\t\t" + population + "\t\t100\tEurope/Kyiv\t2024-01-01\n";
}

const std::string kSupplementHeader =
    "ref\tgeonameid\tname\talternatenames\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\tsource\n";

std::string geonames_file() {
    return geonames_row("713174", "Bakhmut", "Bakhmut", "Bachmut,Бахмут", "48.59441", "37.99983", "P", "PPLA2",
                        "UA", "05", "74724") +
           geonames_row("704422", "Pokrovsk", "Pokrovsk", "Покровськ,Покровск", "48.28198", "37.17585", "P",
                        "PPLA2", "UA", "05", "60127") +
           geonames_row("2017100", "Pokrovsk", "Pokrovsk", "Покровск", "61.48", "129.15", "P", "PPLA2", "RU",
                        "63", "9500") +
           geonames_row("703656", "Kupiansk", "Kupiansk", "Kupyansk,Куп'янськ,Купянск", "49.71003", "37.61581",
                        "P", "PPLA2", "UA", "07", "27169") +
           geonames_row("709716", "Donetsk Oblast", "Donetsk Oblast", "Донецька область", "48", "37.75", "A",
                        "ADM1", "UA", "05", "4100000") +
           geonames_row("700000", "Chasiv Yar", "Chasiv Yar", "", "48.5935", "37.8572", "P", "PPL", "UA", "05",
                        "12000");
}

std::string supplement_file() {
    return kSupplementHeader +
           // A second row for the oblast, matched to the GeoNames one by its code.
           "\t\tDonetsk Region\tDonechchyna\t48.1\t37.8\tA.ADM1\tUA\t05\t\tadmin test\n"
           // Two units without an admin1 code: nothing identifies them, so both stay.
           "\t\tNorth Unit\t\t50.0\t30.0\tA.ADM1\tUA\t\t\tno code\n"
           "\t\tNorth Unit\t\t51.0\t31.0\tA.ADM1\tUA\t\t\tno code\n"
           // A river the GeoNames file lacks.
           "\t\tOskil River\tOskil\t49.71\t37.64\tH.STM\tUA\t\t\tknowledge\n"
           // Ref rows adding names to existing places.
           "geonames:704422\t\tKrasnoarmeysk\tKrasnoarmiisk,Красноармейск\t\t\t\t\t\t\tformer name\n"
           "admin1:UA.05\t\tDonetsk oblast\tДонеччина\t\t\t\t\t\t\toblast names\n"
           "geonames:999999999\t\tNowhere\t\t\t\t\t\t\t\tbroken ref\n";
}

std::string alternate_names_file() {
    // alternateNameId, geonameid, lang, name, preferred, short, colloquial, historic, from, to
    return "1\t713174\ten\tArtemivsk\t\t\t\t1\t\t\n"
           "2\t713174\tpost\t84500\t\t\t\t\t\t\n";
}

struct TinyIndex {
    TempFolder folder;
    std::vector<SourceFile> sources;
    std::shared_ptr<const CyrillicStemmer> stemmer;
    Diagnostics diags;
    BuildStats merge_stats;
    std::shared_ptr<const Gazetteer> gazetteer;

    TinyIndex() {
        sources = {{folder.write("cities.txt", geonames_file()), SourceKind::geonames},
                   {folder.write("alternateNames.txt", alternate_names_file()), SourceKind::alternate_names},
                   {folder.write("extra.tsv", supplement_file()), SourceKind::supplement}};
        stemmer = std::make_shared<const CyrillicStemmer>(
            CyrillicStemmer::load(std::string(FRONTMAP_ASSETS_DIR) + "/lang/cyrillic_endings.tsv", diags));
        auto places = frontmap::gaz::merge_sources(sources, diags, merge_stats);
        BuildOptions options;
        options.stemmer = stemmer.get();
        options.fingerprint = 42;
        frontmap::gaz::write_index(places, options, path());
        gazetteer = Gazetteer::open(path());
    }
    std::string path() const { return folder / "tiny.fmgaz"; }
    std::function<BuildOptions()> options_with(std::uint64_t fingerprint) const {
        return [this, fingerprint] {
            BuildOptions options;
            options.stemmer = stemmer.get();
            options.fingerprint = fingerprint;
            return options;
        };
    }

    // Places (by name and country) carrying `key` in `space`.
    std::vector<std::string> places_for(KeySpace space, const std::string& key) const {
        std::vector<std::string> out;
        for (const auto& p : gazetteer->find(space, key).postings)
            out.push_back(std::string(gazetteer->name(p.place)) + "/" + std::string(gazetteer->country(p.place)));
        std::sort(out.begin(), out.end());
        return out;
    }
    std::optional<NameKind> kind_of(KeySpace space, const std::string& key, std::string_view place) const {
        for (const auto& p : gazetteer->find(space, key).postings)
            if (gazetteer->name(p.place) == place) return p.kind;
        return std::nullopt;
    }
    std::size_t count_named(std::string_view name) const {
        std::size_t n = 0;
        for (std::uint32_t i = 0; i < gazetteer->size(); ++i) n += gazetteer->name(i) == name;
        return n;
    }
};

std::string skeleton_of(std::string_view name) { return skeleton_key(fold_name(name)); }

}  // namespace

TEST_CASE("index lookups by folded name find every place with that name", "[gazetteer][index]") {
    TinyIndex t;
    CHECK(t.places_for(KeySpace::folded, "pokrovsk") == std::vector<std::string>{"Pokrovsk/RU", "Pokrovsk/UA"});
    CHECK(t.places_for(KeySpace::folded, fold_name("Бахмут")) == std::vector<std::string>{"Bakhmut/UA"});
    CHECK(t.places_for(KeySpace::folded, "kupyansk") == std::vector<std::string>{"Kupiansk/UA"});
    CHECK(t.kind_of(KeySpace::folded, "bakhmut", "Bakhmut") == NameKind::primary);
    CHECK(t.kind_of(KeySpace::folded, "bachmut", "Bakhmut") == NameKind::alternate);
    CHECK_FALSE(t.gazetteer->find(KeySpace::folded, "kramatorsk").found());
    CHECK(t.gazetteer->size() == 9);  // 6 GeoNames rows (oblast merged) + 2 uncoded units + river
}

TEST_CASE("index lookups by skeleton join spellings across scripts", "[gazetteer][index]") {
    TinyIndex t;
    const std::string kupiansk = skeleton_of("Kupiansk");
    CHECK(skeleton_of("Kup'yansk") == kupiansk);
    CHECK(skeleton_of("Купянск") == kupiansk);
    CHECK(t.places_for(KeySpace::skeleton, kupiansk) == std::vector<std::string>{"Kupiansk/UA"});
    CHECK(t.places_for(KeySpace::skeleton, skeleton_of("Chasiv-Yar")) == std::vector<std::string>{"Chasiv Yar/UA"});
}

TEST_CASE("index lookups by stem find Cyrillic case forms", "[gazetteer][index]") {
    TinyIndex t;
    const std::string stem_key = skeleton_key(t.stemmer->stem_name(fold_name("Покровську")));
    auto found = t.places_for(KeySpace::stem, stem_key);
    if (found.empty()) found = t.places_for(KeySpace::skeleton, stem_key);  // stem equal to skeleton
    CHECK(std::count(found.begin(), found.end(), "Pokrovsk/UA") == 1);
}

TEST_CASE("multi-word keys mark their first words as prefixes", "[gazetteer][index]") {
    TinyIndex t;
    auto chasiv = t.gazetteer->find(KeySpace::folded, "chasiv");
    CHECK(chasiv.is_prefix);
    CHECK(chasiv.postings.empty());
    CHECK(chasiv.found());
    auto full = t.gazetteer->find(KeySpace::folded, "chasiv yar");
    CHECK_FALSE(full.is_prefix);
    CHECK(full.postings.size() == 1);
    CHECK_FALSE(t.gazetteer->find(KeySpace::folded, "bakhmut").is_prefix);
    CHECK(t.gazetteer->find(KeySpace::skeleton, skeleton_of("Chasiv")).is_prefix);
}

TEST_CASE("admin units are indexed without their generic word", "[gazetteer][index]") {
    TinyIndex t;
    auto donetsk = t.gazetteer->find(KeySpace::folded, "donetsk");
    REQUIRE(donetsk.postings.size() == 1);
    CHECK(t.gazetteer->name(donetsk.postings[0].place) == "Donetsk Oblast");
    CHECK(donetsk.postings[0].kind == NameKind::shortened);
    CHECK(t.gazetteer->find(KeySpace::folded, "donetsk").is_prefix);  // "donetsk oblast"
}

TEST_CASE("supplement ref rows add names to the place they point at", "[gazetteer][index]") {
    TinyIndex t;
    CHECK(t.merge_stats.refs_applied == 2);
    CHECK(t.merge_stats.refs_unmatched == 1);
    CHECK(t.places_for(KeySpace::folded, "krasnoarmeysk") == std::vector<std::string>{"Pokrovsk/UA"});
    CHECK(t.places_for(KeySpace::folded, "krasnoarmiisk") == std::vector<std::string>{"Pokrovsk/UA"});
    CHECK(t.places_for(KeySpace::folded, fold_name("Донеччина")) == std::vector<std::string>{"Donetsk Oblast/UA"});
    // The unmatched ref is reported, naming it, and does not stop the build.
    auto items = t.diags.items();
    CHECK(std::any_of(items.begin(), items.end(),
                      [](const auto& d) { return d.message.find("999999999") != std::string::npos; }));
    CHECK_FALSE(t.gazetteer->find(KeySpace::folded, "nowhere").found());
}

TEST_CASE("historical names from alternateNames are indexed as historical", "[gazetteer][index]") {
    TinyIndex t;
    CHECK(t.places_for(KeySpace::folded, "artemivsk") == std::vector<std::string>{"Bakhmut/UA"});
    CHECK(t.kind_of(KeySpace::folded, "artemivsk", "Bakhmut") == NameKind::historical);
    CHECK_FALSE(t.gazetteer->find(KeySpace::folded, "84500").found());  // postcodes are not names
}

TEST_CASE("an admin unit row from a second source merges by its code", "[gazetteer][index]") {
    TinyIndex t;
    CHECK(t.count_named("Donetsk Oblast") == 1);
    CHECK(t.count_named("Donetsk Region") == 0);
    auto place = t.gazetteer->find(KeySpace::folded, "donetsk region").postings;
    REQUIRE(place.size() == 1);
    CHECK(t.gazetteer->record(place[0].place).geonameid == 709716);  // GeoNames identity kept
    CHECK(t.places_for(KeySpace::folded, "donechchyna") == std::vector<std::string>{"Donetsk Oblast/UA"});
}

TEST_CASE("admin units without codes are not merged", "[gazetteer][index]") {
    TinyIndex t;
    CHECK(t.count_named("North Unit") == 2);
    CHECK(t.gazetteer->find(KeySpace::folded, "north unit").postings.size() == 2);
}

TEST_CASE("places lie in their admin1 unit", "[gazetteer][index]") {
    TinyIndex t;
    auto bakhmut = t.gazetteer->find(KeySpace::folded, "bakhmut").postings;
    REQUIRE(bakhmut.size() == 1);
    auto info = t.gazetteer->info(bakhmut[0].place);
    CHECK(info.geonameid == 713174);
    CHECK(info.country == "UA");
    CHECK(info.admin1_code == "05");
    CHECK(info.feature_code == "PPLA2");
    CHECK(info.lat == Approx(48.59441));
    const std::uint32_t admin1 = t.gazetteer->record(bakhmut[0].place).admin1_place;
    REQUIRE(admin1 != frontmap::gaz::no_place);
    CHECK(t.gazetteer->name(admin1) == "Donetsk Oblast");
}

TEST_CASE("the index stores its fingerprint and open_or_build rebuilds a stale one", "[gazetteer][index]") {
    TinyIndex t;
    CHECK(t.gazetteer->fingerprint() == 42);
    Diagnostics diags;
    const std::string path = t.path();

    auto same = frontmap::gaz::open_or_build(t.sources, 42, path, t.options_with(42), diags);
    CHECK_FALSE(same.rebuilt);
    CHECK(same.gazetteer->fingerprint() == 42);

    // A changed source gives a different fingerprint.
    const std::uint64_t before = frontmap::gaz::fingerprint_sources(t.sources, {});
    t.folder.write("extra.tsv", supplement_file() + "\t\tKotlyne\t\t48.2561\t37.0331\tP.PPL\tUA\t05\t\tnew row\n");
    const std::uint64_t after = frontmap::gaz::fingerprint_sources(t.sources, {});
    CHECK(before != after);

    auto rebuilt = frontmap::gaz::open_or_build(t.sources, after, path, t.options_with(after), diags);
    CHECK(rebuilt.rebuilt);
    CHECK(rebuilt.gazetteer->fingerprint() == after);
    CHECK(rebuilt.gazetteer->find(KeySpace::folded, "kotlyne").postings.size() == 1);
}

TEST_CASE("open_or_build replaces a damaged index file", "[gazetteer][index]") {
    TinyIndex t;
    t.folder.write("tiny.fmgaz", "this is not an index, just text that is long enough to be read............"
                                 "..........................................................................");
    Diagnostics diags;
    auto result = frontmap::gaz::open_or_build(t.sources, 42, t.path(), t.options_with(42), diags);
    CHECK(result.rebuilt);
    CHECK(result.gazetteer->find(KeySpace::folded, "bakhmut").postings.size() == 1);
}

TEST_CASE("opening a missing, foreign or truncated index throws naming the file", "[gazetteer][index]") {
    TinyIndex t;
    using Catch::Matchers::Contains;

    SECTION("missing") {
        const std::string missing = t.folder / "missing.fmgaz";
        CHECK_THROWS_WITH(Gazetteer::open(missing), Contains(missing));
    }
    SECTION("empty") {
        const std::string empty = t.folder.write("empty.fmgaz", "");
        CHECK_THROWS_WITH(Gazetteer::open(empty), Contains(empty) && Contains("too small"));
    }
    SECTION("not an index") {
        const std::string text = t.folder.write("text.fmgaz", std::string(4096, 'x'));
        CHECK_THROWS_WITH(Gazetteer::open(text), Contains(text) && Contains("magic"));
    }
    SECTION("truncated") {
        std::ifstream in(t.path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        REQUIRE(bytes.size() > 1024);
        for (std::size_t keep : {bytes.size() / 2, bytes.size() - 8, std::size_t{300}}) {
            INFO("kept " << keep << " of " << bytes.size() << " bytes");
            const std::string cut = t.folder.write("cut.fmgaz", bytes.substr(0, keep));
            CHECK_THROWS_WITH(Gazetteer::open(cut), Contains(cut) && Contains("rebuild"));
        }
    }
    SECTION("wrong version") {
        std::ifstream in(t.path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        bytes[8] = static_cast<char>(bytes[8] + 7);  // the version follows the 8-byte magic
        const std::string other = t.folder.write("other.fmgaz", bytes);
        CHECK_THROWS_WITH(Gazetteer::open(other), Contains(other) && Contains("version"));
    }
}

TEST_CASE("the same sources give a byte-identical index", "[gazetteer][index]") {
    TinyIndex t;
    Diagnostics diags;
    BuildStats stats;
    auto places = frontmap::gaz::merge_sources(t.sources, diags, stats);
    BuildOptions options;
    options.stemmer = t.stemmer.get();
    options.fingerprint = 42;
    const std::string again = t.folder / "again.fmgaz";
    frontmap::gaz::write_index(places, options, again);
    auto read = [](const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    CHECK(read(again) == read(t.path()));
}
