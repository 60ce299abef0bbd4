#pragma once
// Rendered images to files through GDAL: PNG, and GeoTIFF with its geotransform and CRS so a
// snapshot drops into QGIS in the right place. Written atomically (a temporary file in the
// target folder, renamed at the end): a failed write leaves no partial file.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace frontmap::geo {

// 8-bit RGBA, top row first, no padding between rows.
struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width × height × 4
};

// Where the image lies: the top-left corner of the top-left pixel and square pixels, in the
// CRS's units (metres for EPSG:3857).
struct GeoReference {
    double min_x = 0;
    double max_y = 0;
    double pixel_size = 1;
    std::string crs = "EPSG:3857";  // anything OGR's SetFromUserInput reads: EPSG:n, a PROJ string, WKT
};

enum class ImageFormat { png, geotiff };

// By extension: .png, .tif/.tiff (any case); nothing otherwise.
std::optional<ImageFormat> image_format_of(const std::string& path);

// Throws std::runtime_error with a message that says what to do: unknown extension, missing
// folder, existing file without `overwrite`, a write that failed (disk full). `where` is
// written into GeoTIFFs and ignored for PNG.
void write_image(const std::string& path, const RgbaImage& image, const std::optional<GeoReference>& where,
                 bool overwrite);

// Any raster GDAL reads, as RGBA (grey and RGB get an opaque alpha). For tests and comparisons.
RgbaImage read_image(const std::string& path);

// The geotransform and CRS of a georeferenced raster; nothing when it has none.
std::optional<GeoReference> read_georeference(const std::string& path);

}  // namespace frontmap::geo
