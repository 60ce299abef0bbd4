#include "geo/basemap.hpp"

#include <stdexcept>

#include "geo/gdal_messages.hpp"

namespace frontmap::geo {

namespace {

LineString ring_of(OGRGeometryH ring) {
    LineString out;
    const int n = OGR_G_GetPointCount(ring);
    out.points.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) out.points.push_back({OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)});
    return out;
}

void append_polygons(OGRGeometryH g, MultiPolygon& out) {
    if (!g) return;
    const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPolygon) {
        Polygon poly;
        for (int r = 0; r < OGR_G_GetGeometryCount(g); ++r) poly.rings.push_back(ring_of(OGR_G_GetGeometryRef(g, r)));
        if (!poly.rings.empty()) out.polygons.push_back(std::move(poly));  // Natural Earth has one without a shell
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) append_polygons(OGR_G_GetGeometryRef(g, i), out);
    }
}

OGRLayerH layer_or_throw(GDALDatasetH ds, const char* name, const std::string& path) {
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, name);
    if (!layer)
        throw std::runtime_error(path + ": no layer '" + name +
                                 "'; rebuild it with scripts/fetch_naturalearth.sh && scripts/build_basemap_assets.sh");
    OGR_L_ResetReading(layer);
    return layer;
}

}  // namespace

const Country* Basemap::find(std::string_view id_or_name) const {
    for (const auto& c : countries)
        if (c.id == id_or_name || c.name == id_or_name) return &c;
    return nullptr;
}

std::string bundled_basemap_path(const std::string& assets_dir) { return assets_dir + "/basemap/naturalearth.gpkg"; }

Basemap read_basemap(const std::string& path) {
    GDALAllRegister();
    gdal::CollectedErrors errors;
    gdal::Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        throw std::runtime_error(path + ": cannot open the basemap" + (errors.empty() ? "" : " (" + errors.text() + ")") +
                                 "; rebuild it with scripts/fetch_naturalearth.sh && scripts/build_basemap_assets.sh");
    Basemap map;
    OGRLayerH countries = layer_or_throw(ds.get(), "countries", path);
    const int id_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(countries), "id");
    const int name_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(countries), "name");
    for (gdal::Feature f(OGR_L_GetNextFeature(countries)); f; f.reset(OGR_L_GetNextFeature(countries))) {
        Country c;
        if (id_field >= 0 && OGR_F_IsFieldSetAndNotNull(gdal::get(f), id_field)) c.id = OGR_F_GetFieldAsString(gdal::get(f), id_field);
        if (name_field >= 0) c.name = OGR_F_GetFieldAsString(gdal::get(f), name_field);
        append_polygons(OGR_F_GetGeometryRef(gdal::get(f)), c.shape);
        if (!c.shape.empty()) map.countries.push_back(std::move(c));
    }
    OGRLayerH land = layer_or_throw(ds.get(), "land", path);
    for (gdal::Feature f(OGR_L_GetNextFeature(land)); f; f.reset(OGR_L_GetNextFeature(land)))
        append_polygons(OGR_F_GetGeometryRef(gdal::get(f)), map.land);
    if (map.countries.empty()) throw std::runtime_error(path + ": the countries layer is empty; rebuild the basemap");
    return map;
}

}  // namespace frontmap::geo
