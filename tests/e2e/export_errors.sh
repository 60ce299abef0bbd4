#!/usr/bin/env bash
# frontmap export on bad input: missing, corrupt, locked store; a store without the events
# layer; unknown format; bad dates and boxes; missing output folder; an existing output without
# --force. Each exits 2 with a message that says what to do, and leaves no output or
# temporary file behind; an existing file stays byte for byte. Env: FRONTMAP,
# FRONTMAP_SOURCE_DIR; the store is synthetic (bench/make_event_store).
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
make_store=${MAKE_EVENT_STORE:-$(dirname "$frontmap")/bench/make_event_store}
command -v ogr2ogr > /dev/null || { echo "SKIP: ogr2ogr (gdal-bin) is not installed"; exit 77; }
[ -x "$make_store" ] || { echo "SKIP: $make_store not built"; exit 77; }
# refused WHAT MESSAGE_REGEX ARGS...: exit 2, the message, and an out/ folder left empty.
refused() {
  local what=$1 pattern=$2; shift 2
  rm -rf out; mkdir out
  "$frontmap" export "$@" > stdout.txt 2> err.txt
  local rc=$?
  if [ $rc -ne 2 ]; then fail "$what: exit $rc, expected 2"; sed 's/^/    /' err.txt >&2; return; fi
  if ! grep -qiE -- "$pattern" err.txt; then fail "$what: no /$pattern/ in:"; sed 's/^/    /' err.txt >&2; return; fi
  if [ -n "$(ls -A out)" ]; then fail "$what: left files behind: $(ls -A out)"; return; fi
  pass "$what (exit 2: $(head -c 150 err.txt | head -1))"
}

"$make_store" store.gpkg --events 200 --seed 3 || { echo "cannot make the store" >&2; exit 1; }
head -c 100000 /dev/urandom > corrupt.gpkg
printf 'SQLite format 3\0 but cut short' > truncated.gpkg
ogr2ogr -f GPKG nolayer.gpkg store.gpkg documents 2>/dev/null

refused "missing store" "no such event store.*frontmap ingest" --db missing.gpkg -o out/a.geojson
refused "corrupt store" "cannot open corrupt.gpkg as an event store" --db corrupt.gpkg -o out/a.geojson
refused "truncated store" "cannot open truncated.gpkg as an event store" --db truncated.gpkg -o out/a.geojson
refused "store without an events layer" "has no 'events' layer.*documents" --db nolayer.gpkg -o out/a.geojson
refused "unknown format" "--format must be" --db store.gpkg --format shp -o out/a.shp
refused "format not given and not in the name" "--format is needed" --db store.gpkg -o out/a.txt
refused "no --db" "--db STORE is needed" -o out/a.geojson
refused "no -o" "-o FILE is needed" --db store.gpkg
refused "impossible date" "bad date .2025-02-30." --db store.gpkg --from 2025-02-30 -o out/a.geojson
refused "not a date" "expected YYYY-MM-DD" --db store.gpkg --to yesterday -o out/a.geojson
refused "--from after --to" "is after --to" --db store.gpkg --from 2025-05-01 --to 2025-04-01 -o out/a.geojson
refused "bbox with three numbers" "bad box .1,2,3.; expected WEST,SOUTH,EAST,NORTH" --db store.gpkg --bbox 1,2,3 -o out/a.geojson
refused "bbox south above north" "south is above north" --db store.gpkg --bbox 30,50,40,45 -o out/a.geojson
refused "bbox longitude out of range" "within -180..180" --db store.gpkg --bbox 30,40,190,50 -o out/a.geojson
refused "unknown event type" "unknown event type .captur." --db store.gpkg --type capture,captur -o out/a.geojson
refused "unknown actor" "unknown actor" --db store.gpkg --actor russia -o out/a.geojson
refused "score above 1" "from 0 to 1" --db store.gpkg --min-score 5 -o out/a.geojson
refused "missing output folder" "folder out/nowhere does not exist" --db store.gpkg -o out/nowhere/a.geojson
refused "output is the store" "is the event store itself" --db out/../store.gpkg --format gpkg --force -o store.gpkg

## Existing output: refused without --force, untouched; replaced with it
for fmt in geojson gpkg kml; do
  echo "precious" > keep.$fmt
  "$frontmap" export --db store.gpkg --format $fmt -o keep.$fmt 2> err.txt
  rc=$?
  if [ $rc -eq 2 ] && grep -q "already exists; use --force" err.txt && [ "$(cat keep.$fmt)" = precious ]; then
    pass "$fmt: existing file refused and untouched"
  else
    fail "$fmt: existing file: exit $rc, content $(head -c 20 keep.$fmt)"
  fi
  "$frontmap" export --db store.gpkg --format $fmt -o keep.$fmt --force 2> err.txt
  rc=$?
  [ $rc -eq 0 ] && ! grep -qx precious keep.$fmt && pass "$fmt: --force replaces it" || fail "$fmt: --force: exit $rc"
done
[ -z "$(ls -A | grep '\.tmp')" ] && pass "no temporary files left" || fail "temporary files left: $(ls -A | grep '\.tmp')"

## A store locked by a writer: a clear message, nothing written
rm -rf out; mkdir out
cp store.gpkg locked.gpkg
python3 - locked.gpkg <<'PY' &
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute('BEGIN EXCLUSIVE')
open(sys.argv[1] + '.ready', 'w').close()
time.sleep(20)
PY
locker=$!
for _ in $(seq 100); do [ -e locked.gpkg.ready ] && break; sleep 0.1; done
"$frontmap" export --db locked.gpkg -o out/a.geojson 2> err.txt
rc=$?
kill $locker 2>/dev/null; wait $locker 2>/dev/null
if [ $rc -eq 2 ] && grep -qi "locked" err.txt && [ -z "$(ls -A out)" ]; then
  pass "locked store (exit 2: $(head -1 err.txt | head -c 160))"
else
  fail "locked store: exit $rc, out/ has '$(ls -A out)'"; sed 's/^/    /' err.txt >&2
fi

e2e_finish "export"
