#!/usr/bin/env bash
# frontmap export, every format read back through GDAL and compared with the store value by
# value (count, dates, coordinates, cues, timestamp); RFC 7946 rules on the GeoJSON; KML
# placemarks with names, descriptions and TimeStamp/TimeSpan; standard output.
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR. The store is synthetic
# (bench/make_event_store, next to the binary) so every field of the schema is filled.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
make_store=${MAKE_EVENT_STORE:-$(dirname "$frontmap")/bench/make_event_store}
readback="python3 $src/tests/support/export_readback.py"
command -v ogr2ogr > /dev/null || { echo "SKIP: ogr2ogr (gdal-bin) is not installed"; exit 77; }
[ -x "$make_store" ] || { echo "SKIP: $make_store not built"; exit 77; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

"$make_store" store.gpkg --events 600 --seed 7 || { echo "cannot make the store" >&2; exit 1; }

for fmt in geojson geojsonseq csv kml gpkg fgb; do
  "$frontmap" export --db store.gpkg --format "$fmt" -o "out.$fmt" 2> err.txt
  expect_rc 0 $? "export --format $fmt"
  check "$fmt read back by GDAL equals the store" $readback compare store.gpkg "out.$fmt" "$fmt"
done
check "GeoJSON follows RFC 7946" $readback rfc7946 out.geojson
check "GeoJSONSeq follows RFC 7946, one feature per line" $readback rfc7946 out.geojsonseq --seq
check "KML placemarks carry names, descriptions and TimeStamp/TimeSpan" $readback kml out.kml store.gpkg
check "GeoJSON cues are JSON arrays" grep -q '"cues":\["' out.geojson
check "CSV has WKT, lon and lat columns" grep -qE '^WKT,.*\blat\b.*\blon\b' out.csv
check "GeoPackage keeps Date columns" sh -c "ogrinfo -so out.gpkg events | grep -q 'date_start: Date'"
check "FlatGeobuf has a spatial index" sh -c "ogrinfo -so out.fgb events | grep -q 'Feature Count: 600'"

## The format from the file name; standard output
"$frontmap" export --db store.gpkg -o byname.geojson 2> err.txt; expect_rc 0 $? "format from the .geojson extension"
check "same bytes as --format geojson" cmp -s byname.geojson out.geojson
"$frontmap" export --db store.gpkg --format geojson -o - > stdout.geojson 2> err.txt; expect_rc 0 $? "GeoJSON to standard output"
check "standard output has the same bytes as the file" cmp -s stdout.geojson out.geojson
"$frontmap" export --db store.gpkg --format csv -o - > stdout.csv 2> err.txt; expect_rc 0 $? "CSV to standard output"
check "CSV on standard output has a header and 600 rows" test "$(wc -l < stdout.csv)" -eq 601
"$frontmap" export --db store.gpkg --format geojsonseq -o - > stdout.seq 2> err.txt; expect_rc 0 $? "GeoJSONSeq to standard output"
check "600 lines of GeoJSONSeq" test "$(wc -l < stdout.seq)" -eq 600
for fmt in kml gpkg fgb; do
  "$frontmap" export --db store.gpkg --format $fmt -o - > stdout.bin 2> err.txt; expect_rc 2 $? "$fmt to standard output is refused"
  check "$fmt refusal says why" grep -q "cannot go to standard output" err.txt
  check "nothing written to standard output for $fmt" test ! -s stdout.bin
done

## An empty result is still a valid file
"$frontmap" export --db store.gpkg --type political --actor third --min-score 0.999 --from 2099-01-01 -o empty.geojson 2> err.txt
expect_rc 0 $? "export with a filter that keeps nothing"
check "empty FeatureCollection follows RFC 7946" $readback rfc7946 empty.geojson

e2e_finish "export"
