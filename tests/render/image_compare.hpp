#pragma once
// Image comparison in the style of map renderers' render tests: a pixel differs when any
// channel differs by more than `channel_tolerance`; the images match when at most
// `max_differing_share` of the pixels differ. On a mismatch (or a missing expected image)
// actual.png and diff.png go to FRONTMAP_RENDER_TEST_OUTPUT/<case>/ and the message says where.
// FRONTMAP_UPDATE_EXPECTED=1 writes the actual image as the new expected one instead.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "geo/raster_output.hpp"

namespace frontmap::test {

struct ImageComparison {
    bool matches = false;
    double differing_share = 1.0;
    std::string message;
};

inline int channel_difference(const geo::RgbaImage& a, const geo::RgbaImage& b, std::size_t pixel) {
    int worst = 0;
    for (std::size_t c = 0; c < 4; ++c)
        worst = std::max(worst, std::abs(int(a.pixels[pixel * 4 + c]) - int(b.pixels[pixel * 4 + c])));
    return worst;
}

inline ImageComparison compare_with_expected(const std::string& case_name, const geo::RgbaImage& actual,
                                             int channel_tolerance = 8, double max_differing_share = 0.002) {
    namespace fs = std::filesystem;
    const std::string expected_path = std::string(FRONTMAP_SOURCE_DIR) + "/tests/render/expected/" + case_name + ".png";
    const fs::path out = fs::path(FRONTMAP_RENDER_TEST_OUTPUT) / case_name;
    if (const char* update = std::getenv("FRONTMAP_UPDATE_EXPECTED"); update && std::string(update) == "1") {
        geo::write_image(expected_path, actual, std::nullopt, true);
        return {true, 0.0, "wrote " + expected_path};
    }
    fs::create_directories(out);
    const std::string actual_path = (out / "actual.png").string();
    if (!fs::exists(expected_path)) {
        geo::write_image(actual_path, actual, std::nullopt, true);
        return {false, 1.0, "no expected image " + expected_path + "; the actual one is " + actual_path +
                                "; after checking it, run with FRONTMAP_UPDATE_EXPECTED=1"};
    }
    const geo::RgbaImage expected = geo::read_image(expected_path);
    if (expected.width != actual.width || expected.height != actual.height) {
        geo::write_image(actual_path, actual, std::nullopt, true);
        return {false, 1.0, "size differs from " + expected_path + "; actual image in " + actual_path};
    }
    geo::RgbaImage diff = actual;
    std::size_t differing = 0;
    const std::size_t pixels = static_cast<std::size_t>(actual.width) * static_cast<std::size_t>(actual.height);
    for (std::size_t i = 0; i < pixels; ++i) {
        const bool differs = channel_difference(actual, expected, i) > channel_tolerance;
        differing += differs;
        // Differences in red over a faded copy of the expected image.
        for (std::size_t c = 0; c < 3; ++c)
            diff.pixels[i * 4 + c] = differs ? (c == 0 ? 255 : 0) : static_cast<std::uint8_t>(191 + expected.pixels[i * 4 + c] / 4);
        diff.pixels[i * 4 + 3] = 255;
    }
    ImageComparison result;
    result.differing_share = static_cast<double>(differing) / static_cast<double>(pixels);
    result.matches = result.differing_share <= max_differing_share;
    if (!result.matches) {
        geo::write_image(actual_path, actual, std::nullopt, true);
        geo::write_image((out / "diff.png").string(), diff, std::nullopt, true);
        result.message = std::to_string(differing) + " of " + std::to_string(pixels) + " pixels differ from " +
                         expected_path + "; see " + actual_path + " and " + (out / "diff.png").string();
    }
    return result;
}

}  // namespace frontmap::test
