#!/usr/bin/env bash
# frontmap export --db PG:… reads PostgreSQL/PostGIS through the same code as a GeoPackage:
# the exported GeoJSON and FlatGeobuf equal the database row by row, filters (dates, box across
# the antimeridian, type, score) match an independent reading, and a refused connection is a
# clear error (exit 2) that writes nothing. Starts a throw-away PostgreSQL 15 + PostGIS 3
# (tests/support/postgres.sh); skips (77) where it cannot be installed or started.
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
# shellcheck source=../support/postgres.sh
source "$src/tests/support/postgres.sh"
make_store=${MAKE_EVENT_STORE:-$(dirname "$frontmap")/bench/make_event_store}
readback="python3 $src/tests/support/export_readback.py"
command -v ogr2ogr > /dev/null || { echo "SKIP: ogr2ogr (gdal-bin) is not installed"; exit 77; }
[ -x "$make_store" ] || { echo "SKIP: $make_store not built"; exit 77; }
pg_start || exit $?
trap 'pg_stop; rm -rf "$work"' EXIT
echo "PostgreSQL test server: $PG_CONN"
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# A synthetic store (every field, events on both sides of the antimeridian) copied into PostGIS
# as the events table, plus the sample articles ingested the normal way into another database.
"$make_store" store.gpkg --events 1500 --seed 5 || { echo "cannot make the store" >&2; exit 1; }
ogr2ogr -f PostgreSQL "$PG_CONN" store.gpkg events -lco GEOMETRY_NAME=geom -lco FID=fid 2> err.txt
expect_rc 0 $? "copy the synthetic events into PostGIS"

"$frontmap" export --db "$PG_CONN" --format geojson -o pg.geojson 2> err.txt; expect_rc 0 $? "export GeoJSON from PostGIS"
check "GeoJSON from PostGIS equals the database" $readback compare "$PG_CONN" pg.geojson geojson
check "GeoJSON from PostGIS follows RFC 7946" $readback rfc7946 pg.geojson
"$frontmap" export --db "$PG_CONN" --format fgb -o pg.fgb 2> err.txt; expect_rc 0 $? "export FlatGeobuf from PostGIS"
check "FlatGeobuf from PostGIS equals the database" $readback compare "$PG_CONN" pg.fgb fgb

expect_filter() {
  local what=$1 filter=$2; shift 2
  local want got
  want=$($readback expected "$PG_CONN" "$filter")
  got=$("$frontmap" export --db "$PG_CONN" --format geojsonseq -o - "$@" 2> err.txt | wc -l)
  if [ "$got" -eq "$want" ] && [ "$want" -gt 0 ]; then pass "$what: $got events"; else
    fail "$what: exported $got, expected $want"; sed 's/^/    /' err.txt >&2; fi
}
expect_filter "dates on PostgreSQL dates" '{"from":"2024-11-01","to":"2024-12-15"}' --from 2024-11-01 --to 2024-12-15
expect_filter "box across the antimeridian" '{"bbox":[170,40,-170,70]}' --bbox 170,40,-170,70
expect_filter "type, actor and score" '{"type":["capture","shelling"],"actor":["ru","ua"],"min_score":0.5}' \
  --type capture,shelling --actor ru,ua --min-score 0.5

"$frontmap" ingest --db "$(pg_new_database ingested)" "$src"/assets/samples/*.txt 2> ingest.err
expect_rc 0 $? "ingest the samples into another PostGIS database"
ingested="PG:host=127.0.0.1 port=$PG_PORT dbname=ingested user=frontmap"
"$frontmap" export --db "$ingested" --format csv -o ingested.csv 2> err.txt; expect_rc 0 $? "export CSV from an ingested PostGIS store"
check "CSV from the ingested PostGIS store equals it" $readback compare "$ingested" ingested.csv csv

mkdir out
"$frontmap" export --db "PG:host=127.0.0.1 port=1 dbname=none user=frontmap" -o out/a.geojson 2> err.txt
expect_rc 2 $? "a refused connection"
expect_grep "cannot open PG:.* as an event store" err.txt "the refusal names the store"
[ -z "$(ls -A out)" ] && pass "nothing written" || fail "files left: $(ls -A out)"

e2e_finish "export from PostGIS"
