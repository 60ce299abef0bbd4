#!/usr/bin/env bash
# frontmap export filters: each one (dates, bounding box also across the antimeridian, type,
# actor, origin, document, score) and a combination keep exactly the events that an
# independent reading of the store (GDAL + Python) says they should. Env: FRONTMAP,
# FRONTMAP_SOURCE_DIR; the store is synthetic (bench/make_event_store).
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
make_store=${MAKE_EVENT_STORE:-$(dirname "$frontmap")/bench/make_event_store}
readback="python3 $src/tests/support/export_readback.py"
command -v ogr2ogr > /dev/null || { echo "SKIP: ogr2ogr (gdal-bin) is not installed"; exit 77; }
[ -x "$make_store" ] || { echo "SKIP: $make_store not built"; exit 77; }

"$make_store" store.gpkg --events 3000 --seed 11 || { echo "cannot make the store" >&2; exit 1; }
total=$("$frontmap" export --db store.gpkg --format geojsonseq -o - 2>/dev/null | wc -l)
[ "$total" -eq 3000 ] && pass "no filter: all 3000 events" || fail "no filter: $total events, expected 3000"

# expect_filter WHAT FILTER_JSON OPTIONS...: the export keeps what the oracle keeps, and fewer
# than all (so the filter did something) but not none.
expect_filter() {
  local what=$1 filter=$2; shift 2
  local want got
  want=$($readback expected store.gpkg "$filter")
  got=$("$frontmap" export --db store.gpkg --format geojsonseq -o - "$@" 2> err.txt | wc -l)
  if [ "$got" -eq "$want" ] && [ "$want" -gt 0 ] && [ "$want" -lt "$total" ]; then
    pass "$what: $got events"
  else
    fail "$what: exported $got, expected $want (of $total)"; sed 's/^/    /' err.txt >&2
  fi
}

expect_filter "--from" '{"from":"2025-06-01"}' --from 2025-06-01
expect_filter "--to" '{"to":"2024-03-31"}' --to 2024-03-31
expect_filter "--from --to (interval overlap)" '{"from":"2024-11-01","to":"2024-11-30"}' --from 2024-11-01 --to 2024-11-30
expect_filter "--bbox around Pokrovsk" '{"bbox":[37.0,48.2,37.3,48.4]}' --bbox 37.0,48.2,37.3,48.4
expect_filter "--bbox across the antimeridian" '{"bbox":[170,40,-170,70]}' --bbox 170,40,-170,70
expect_filter "--bbox east of the antimeridian only" '{"bbox":[-180,40,-170,70]}' --bbox=-180,40,-170,70
expect_filter "--type" '{"type":["capture","advance"]}' --type capture,advance
expect_filter "--actor" '{"actor":["ru"]}' --actor ru
expect_filter "--origin" '{"origin":["acled"]}' --origin acled
expect_filter "--doc" '{"doc":["doc-3","doc-40"]}' --doc doc-3,doc-40
expect_filter "--min-score" '{"min_score":0.75}' --min-score 0.75
expect_filter "all together" \
  '{"from":"2024-06-01","to":"2025-06-30","bbox":[36,47,39,50],"type":["shelling","strike","clash"],"actor":["ru","ua"],"min_score":0.3}' \
  --from 2024-06-01 --to 2025-06-30 --bbox 36,47,39,50 --type shelling,strike,clash --actor ru,ua --min-score 0.3

# Every event the antimeridian box keeps lies in it (lon >= 170 or lon <= -170).
"$frontmap" export --db store.gpkg --format geojson --bbox 170,40,-170,70 -o am.geojson 2> err.txt
python3 - am.geojson <<'PY' && pass "antimeridian events are on both sides and inside the box" || fail "antimeridian box"
import json, sys
xs = [f['geometry']['coordinates'][0] for f in json.load(open(sys.argv[1]))['features']]
assert xs and all(x >= 170 or x <= -170 for x in xs), xs[:5]
assert any(x > 0 for x in xs) and any(x < 0 for x in xs), 'only one side'
PY

e2e_finish "export"
