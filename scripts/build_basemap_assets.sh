#!/usr/bin/env bash
# Build assets/basemap/naturalearth.gpkg from Natural Earth 1:10m (world-atlas@2.0.2) with
# ogr2ogr: layer `countries` (id = ISO 3166 numeric as text, e.g. "804", and name) and layer
# `land`, repaired (-makevalid) and clipped to Ukraine's region, 18–48°E, 40–58°N. The whole
# world at 1:10m is 15.7 MB as a GeoPackage; the region is about 0.5 MB, and nothing outside it
# is used by the front model yet. Deterministic: the same sources give the same bytes.
#
#   scripts/fetch_naturalearth.sh && scripts/build_basemap_assets.sh [SOURCES_DIR]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sources="${1:-${FRONTMAP_SOURCES_DIR:-$repo_root/build/gazetteer-sources}}/world-atlas-2.0.2/package"
out_dir="$repo_root/assets/basemap"
out="$out_dir/naturalearth.gpkg"
bbox=(18 40 48 58)  # min lon, min lat, max lon, max lat

command -v ogr2ogr >/dev/null || { echo "error: ogr2ogr not found; apt-get install gdal-bin" >&2; exit 1; }
for f in countries-10m.json land-10m.json; do
  [[ -f "$sources/$f" ]] || { echo "error: $sources/$f missing; run scripts/fetch_naturalearth.sh first" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export OGR_CURRENT_DATE=2019-01-01T00:00:00Z  # fixed gpkg_contents timestamps: reproducible bytes

# Clipping can leave GeometryCollections (a polygon plus a sliver line on the cut): keep the
# polygons only, so the layers stay conformant MultiPolygon layers.
clip() {  # source file, TopoJSON object, layer name, fields
  ogr2ogr -f GPKG "$tmp/$3.gpkg" "$sources/$1" "$2" -nln "$3" -makevalid \
    -spat "${bbox[@]}" -clipsrc "${bbox[@]}" -lco SPATIAL_INDEX=NO
  ogr2ogr -f GPKG "$tmp/out.gpkg" "$tmp/$3.gpkg" ${5:-} -nln "$3" -nlt MULTIPOLYGON -lco SPATIAL_INDEX=NO \
    -dialect SQLite -sql "SELECT $4 CastToMultiPolygon(CollectionExtract(geom, 3)) AS geom FROM $3 ORDER BY id"
}
clip countries-10m.json countries countries "id, name,"
clip land-10m.json land land "" -update

mkdir -p "$out_dir"
mv "$tmp/out.gpkg" "$out.tmp" && mv "$out.tmp" "$out"
echo "wrote $out ($(du -k "$out" | cut -f1) KB): $(ogrinfo -so "$out" countries | sed -n 's/Feature Count: //p') countries, and land"
