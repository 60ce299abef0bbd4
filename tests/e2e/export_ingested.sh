#!/usr/bin/env bash
# frontmap export from a store filled by frontmap ingest (the bundled sample articles): every
# format read back through GDAL equals the store, the GeoJSON follows RFC 7946, KML has
# TimeStamps and TimeSpans, and filters agree with an independent reading of the store.
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
readback="python3 $src/tests/support/export_readback.py"
command -v ogr2ogr > /dev/null || { echo "SKIP: ogr2ogr (gdal-bin) is not installed"; exit 77; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

"$frontmap" ingest --db events.gpkg "$src"/assets/samples/*.txt 2> ingest.err
expect_rc 0 $? "ingest the sample articles"
total=$(gpkg_value events.gpkg "select count(*) from events")
[ "$total" -gt 100 ] && pass "$total events stored" || fail "only $total events stored"

for fmt in geojson geojsonseq csv kml gpkg fgb; do
  "$frontmap" export --db events.gpkg --format "$fmt" -o "out.$fmt" 2> err.txt
  expect_rc 0 $? "export --format $fmt"
  check "$fmt read back by GDAL equals the store" $readback compare events.gpkg "out.$fmt" "$fmt"
done
check "GeoJSON follows RFC 7946" $readback rfc7946 out.geojson
check "KML placemarks carry names, descriptions and TimeStamp/TimeSpan" $readback kml out.kml events.gpkg
expect_grep "exported $total events of $total to out.fgb \(fgb\)" err.txt "the summary counts the events"
"$frontmap" export --db events.gpkg --format geojson -o out.geojson 2> err.txt
expect_grep "already exists; use --force" err.txt "a second export refuses to overwrite"

# Filters on real events: Pokrovsk's surroundings in November 2025, captures and advances by Russia.
filter='{"from":"2025-11-01","to":"2025-11-30","bbox":[36.8,48.0,37.6,48.6],"type":["capture","advance","clash"],"actor":["ru"]}'
want=$($readback expected events.gpkg "$filter")
got=$("$frontmap" export --db events.gpkg --format geojsonseq -o - --from 2025-11-01 --to 2025-11-30 \
      --bbox 36.8,48.0,37.6,48.6 --type capture,advance,clash --actor ru 2> err.txt | wc -l)
[ "$got" -eq "$want" ] && [ "$want" -gt 0 ] && pass "combined filter: $got events" || fail "combined filter: $got, expected $want"

e2e_finish "export from an ingested store"
