#include "geo/raster_output.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "geo/atomic_output.hpp"
#include "geo/gdal_handles.hpp"

namespace frontmap::geo {

namespace {

std::string lower_extension(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// A MEM dataset over the caller's pixels (no copy): GDAL's drivers copy from it.
gdal::Dataset wrap_pixels(const RgbaImage& image) {
    GDALDriverH mem = GDALGetDriverByName("MEM");
    gdal::Dataset ds(GDALCreate(mem, "", image.width, image.height, 0, GDT_Byte, nullptr));
    if (!ds) throw std::runtime_error("cannot hold a " + std::to_string(image.width) + "x" + std::to_string(image.height) + " image in memory: " + gdal::last_error());
    auto* data = const_cast<std::uint8_t*>(image.pixels.data());
    for (int band = 0; band < 4; ++band) {
        const std::string pointer = "DATAPOINTER=" + std::to_string(reinterpret_cast<std::uintptr_t>(data + band));
        const std::string line = "LINEOFFSET=" + std::to_string(static_cast<long long>(image.width) * 4);
        const char* options[] = {pointer.c_str(), "PIXELOFFSET=4", line.c_str(), nullptr};
        if (GDALAddBand(ds.get(), GDT_Byte, const_cast<char**>(options)) != CE_None)
            throw std::runtime_error("cannot wrap the image for GDAL: " + gdal::last_error());
    }
    const GDALColorInterp roles[] = {GCI_RedBand, GCI_GreenBand, GCI_BlueBand, GCI_AlphaBand};
    for (int band = 0; band < 4; ++band) GDALSetRasterColorInterpretation(GDALGetRasterBand(ds.get(), band + 1), roles[band]);
    return ds;
}

void set_georeference(GDALDatasetH ds, const GeoReference& where) {
    double transform[6] = {where.min_x, where.pixel_size, 0, where.max_y, 0, -where.pixel_size};
    GDALSetGeoTransform(ds, transform);
    gdal::SpatialReference srs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(static_cast<OGRSpatialReferenceH>(srs.get()), where.crs.c_str()) != OGRERR_NONE)
        throw std::runtime_error("cannot understand the CRS " + where.crs.substr(0, 80) + " for the GeoTIFF");
    GDALSetSpatialRef(ds, static_cast<OGRSpatialReferenceH>(srs.get()));
}

}  // namespace

std::optional<ImageFormat> image_format_of(const std::string& path) {
    const std::string ext = lower_extension(path);
    if (ext == ".png") return ImageFormat::png;
    if (ext == ".tif" || ext == ".tiff") return ImageFormat::geotiff;
    return std::nullopt;
}

void write_image(const std::string& path, const RgbaImage& image, const std::optional<GeoReference>& where, bool overwrite) {
    const auto format = image_format_of(path);
    if (!format) throw std::runtime_error("cannot write " + path + ": give an image name ending in .png, .tif or .tiff");
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4)
        throw std::invalid_argument("write_image: the pixel buffer does not match the image size");
    gdal::QuietErrors quiet;
    // No .aux.xml sidecars: the rename would leave them behind under the temporary name.
    gdal::ThreadConfigOption no_sidecars("GDAL_PAM_ENABLED", "NO");
    GDALAllRegister();
    AtomicOutput output(path, overwrite);
    const auto source = wrap_pixels(image);
    const bool tiff = *format == ImageFormat::geotiff;
    if (tiff && where) set_georeference(source.get(), *where);
    const char* const png_options[] = {"ZLEVEL=4", nullptr};
    const char* const tiff_options[] = {"PHOTOMETRIC=RGB", "ALPHA=YES", "COMPRESS=DEFLATE", "TILED=YES", nullptr};
    GDALDriverH driver = GDALGetDriverByName(tiff ? "GTiff" : "PNG");
    CPLErrorReset();
    gdal::Dataset written(GDALCreateCopy(driver, output.temporary().c_str(), source.get(), FALSE,
                                         const_cast<char**>(tiff ? tiff_options : png_options), nullptr, nullptr));
    if (!written) throw std::runtime_error("cannot write " + path + ": " + gdal::last_error());
    written.reset();  // closing flushes; a full disk shows here
    if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("cannot write " + path + ": " + gdal::last_error());
    output.commit();
}

RgbaImage read_image(const std::string& path) {
    gdal::QuietErrors quiet;
    GDALAllRegister();
    gdal::Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) throw std::runtime_error("cannot read the image " + path + ": " + gdal::last_error());
    RgbaImage image;
    image.width = GDALGetRasterXSize(ds.get());
    image.height = GDALGetRasterYSize(ds.get());
    const int bands = GDALGetRasterCount(ds.get());
    image.pixels.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4, 255);
    for (int out = 0; out < 4; ++out) {
        const int band = out < 3 ? std::min(out + 1, bands >= 3 ? 3 : 1) : (bands == 4 || bands == 2 ? bands : 0);
        if (band == 0) continue;
        if (GDALRasterIO(GDALGetRasterBand(ds.get(), band), GF_Read, 0, 0, image.width, image.height, image.pixels.data() + out,
                         image.width, image.height, GDT_Byte, 4, image.width * 4) != CE_None)
            throw std::runtime_error("cannot read the pixels of " + path + ": " + gdal::last_error());
    }
    return image;
}

std::optional<GeoReference> read_georeference(const std::string& path) {
    gdal::QuietErrors quiet;
    GDALAllRegister();
    gdal::Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) throw std::runtime_error("cannot read the image " + path + ": " + gdal::last_error());
    double t[6];
    if (GDALGetGeoTransform(ds.get(), t) != CE_None) return std::nullopt;
    GeoReference where{t[0], t[3], t[1], ""};
    if (OGRSpatialReferenceH srs = GDALGetSpatialRef(ds.get())) {
        const char* name = OSRGetAuthorityName(srs, nullptr);
        const char* code = OSRGetAuthorityCode(srs, nullptr);
        if (name && code) where.crs = std::string(name) + ":" + code;
        else {
            char* wkt = nullptr;
            OSRExportToWkt(srs, &wkt);
            where.crs = wkt ? wkt : "";
            CPLFree(wkt);
        }
    }
    return where;
}

}  // namespace frontmap::geo
