#!/usr/bin/env bash
# frontmap front from the outside: frames at baseline dates reproduce the baseline, frames in
# between lie between, the statistics CSV has a row per date, bad and undated baselines are
# reported while the rest is used, outputs are not replaced without --force. With ../shared,
# also a run over DeepState snapshots.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"

# Two snapshots of a held square in eastern Ukraine (about 37.0–37.5°E, 48.0–48.4°N); on
# 2025-11-03 it has grown eastward by 0.1°.
square() {
  printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37.0,48.0],[%s,48.0],[%s,48.4],[37.0,48.4],[37.0,48.0]]]}}]}\n' "$1" "$1"
}
mkdir maps
square 37.4 > maps/held_20251101.geojson
square 37.5 > maps/held_2025-11-03.geojson
echo '{"type":"FeatureCollection","features":[]}' > maps/no_date_here.geojson

"$frontmap" front --baseline maps --from 2025-11-01 --to 2025-11-03 -o front.geojson 2> front.err
expect_rc 1 $? "front over two snapshots and an undated file"
expect_grep 'no_date_here' front.err "the undated file is named"
python3 - front.geojson front.stats.csv <<'PY' && pass "frames at snapshot dates reproduce them, the frame between lies between" || fail "frame values"
import csv, json, sys
frames = json.load(open(sys.argv[1]))
assert 'crs' not in frames, 'RFC 7946: no crs member'
kinds = sorted((f['properties']['date'], f['properties']['kind']) for f in frames['features'])
assert kinds == [(d, k) for d in ('2025-11-01', '2025-11-02', '2025-11-03') for k in ('front', 'held')], kinds
rows = list(csv.DictReader(open(sys.argv[2])))
area = {r['date']: float(r['held_km2']) for r in rows}
assert len(rows) == 3, rows
# 0.4° x 0.4° at 48°N is about 1,325 km²; 0.5° x 0.4° about 1,657 km².
assert 1250 < area['2025-11-01'] < 1400, area
assert 1580 < area['2025-11-03'] < 1730, area
assert area['2025-11-01'] < area['2025-11-02'] < area['2025-11-03'], area
assert abs(float(rows[1]['change_km2']) - (area['2025-11-02'] - area['2025-11-01'])) < 0.05, rows
held = [f for f in frames['features'] if f['properties']['kind'] == 'held' and f['properties']['date'] == '2025-11-01'][0]
rings = held['geometry']['coordinates'] if held['geometry']['type'] == 'Polygon' else held['geometry']['coordinates'][0]
xs = [p[0] for p in rings[0]]
assert max(xs) == 37.4 and min(xs) == 37.0, xs
PY

echo precious > kept.geojson
"$frontmap" front --baseline maps -o kept.geojson 2> /dev/null
expect_rc 2 $? "an existing output is not replaced without --force"
[ "$(cat kept.geojson)" = precious ] && pass "the existing file is untouched" || fail "kept.geojson was changed"
"$frontmap" front --baseline maps -o kept.geojson --force 2> /dev/null
expect_rc 1 $? "--force replaces it (exit 1: the undated file is still skipped)"

"$frontmap" front --baseline maps > /dev/null 2>&1; expect_rc 2 $? "no -o"
"$frontmap" front -o x.geojson > /dev/null 2>&1; expect_rc 2 $? "no --baseline"
"$frontmap" front --baseline maps --step 0d -o y.geojson > /dev/null 2>&1; expect_rc 2 $? "a zero step"
"$frontmap" front --baseline maps/no_date_here.geojson -o z.geojson > z.err 2>&1; expect_rc 2 $? "no usable baseline"
[ ! -e z.geojson ] && pass "nothing written without a usable baseline" || fail "z.geojson written"
ls -a | grep -q '\.tmp' && fail "temporary files left behind: $(ls -a | grep '\.tmp')"

deepstate=${FRONTMAP_SHARED_DIR:-}/data/deepstate
if [ -n "${FRONTMAP_SHARED_DIR:-}" ] && [ -d "$deepstate" ]; then
  "$frontmap" front --baseline "$deepstate" --from 2025-11-01 --to 2025-11-05 -o ds.gpkg 2> ds.err
  expect_rc 0 $? "front over the DeepState snapshots"
  python3 - ds.stats.csv <<'PY' && pass "DeepState: held area about 115,000 km², a front line of 1,000–1,500 km" || fail "DeepState figures"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) == 5
for r in rows:
    assert 110000 < float(r['held_km2']) < 120000, r
    assert 1000 < float(r['front_length_km']) < 1500, r
PY
else
  echo "note: ../shared/data/deepstate not found; the DeepState part is skipped"
fi
e2e_finish "front"
