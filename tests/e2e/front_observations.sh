#!/usr/bin/env bash
# Observations move the front, from the outside: two articles ingested into an event store
# (Russian forces capture Rodynske, north of Pokrovsk, on 5 November 2025; Ukrainian forces
# liberate it on 20 November) and a baseline square 3–4 km west of the village dated
# 1 November. After the capture the held area bulges to include the village, after the
# liberation it relaxes back; without a baseline the held area is drawn around the village.
# Usage errors for the new options. Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"

cat > articles.jsonl <<'EOF'
{"id":"rodynske-captured","date":"2025-11-05","text":"Russian forces captured the village of Rodynske on 5 November 2025, the Russian Defence Ministry said."}
{"id":"rodynske-liberated","date":"2025-11-20","text":"Ukrainian forces liberated Rodynske on 20 November 2025, the Ukrainian General Staff said."}
EOF
"$frontmap" ingest --db events.gpkg articles.jsonl > /dev/null 2> ingest.err; expect_rc 0 $? "ingest the two articles"
[ "$(gpkg_value events.gpkg "select count(*) from events where name = 'Rodynske' and control in ('ru','ua')")" = 2 ] \
  && pass "the capture and the liberation of Rodynske are stored with control" || fail "Rodynske events: $(cat ingest.err)"

# Held by Russia on 1 November: 37.00–37.16°E, 48.25–48.45°N; Rodynske is at 37.206°E, 48.352°N.
mkdir maps
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37.0,48.25],[37.16,48.25],[37.16,48.45],[37.0,48.45],[37.0,48.25]]]}}]}\n' \
  > maps/held_20251101.geojson

"$frontmap" front --db events.gpkg --baseline maps --from 2025-11-01 --to 2025-11-22 -o front.geojson 2> front.err
expect_rc 0 $? "front from a baseline and the event store"
expect_grep '2 control observations' front.err "the summary counts the observations"
python3 - front.geojson front.stats.csv <<'PY' && pass "the front bulges to include Rodynske after its capture and relaxes back after its liberation" || fail "observation frames"
import csv, json, sys
rows = {r['date']: r for r in csv.DictReader(open(sys.argv[2]))}
area = {d: float(r['held_km2']) for d, r in rows.items()}
used = {d: int(r['observations_used']) for d, r in rows.items()}
base = area['2025-11-01']
assert 250 < base < 280, base  # 0.16° x 0.2° at 48.35°N: 11.8 km x 22.2 km
assert abs(area['2025-11-04'] - base) < 0.01 and used['2025-11-04'] == 0, (area['2025-11-04'], used['2025-11-04'])
assert 4 < area['2025-11-05'] - base < 30, area['2025-11-05'] - base  # a village-sized bulge
assert used['2025-11-06'] == 1, used
assert abs(area['2025-11-21'] - base) < 0.01, area['2025-11-21'] - base
assert used['2025-11-21'] == 2, used
# How sure the line is: all of it at the snapshot, less a week on, more where the capture placed it.
conf = {d: float(r['front_confidence']) for d, r in rows.items()}
age = {d: float(r['mean_observation_age_days']) for d, r in rows.items()}
assert conf['2025-11-01'] == 1.0, conf['2025-11-01']
assert 0.6 < conf['2025-11-04'] < 0.9, conf['2025-11-04']  # 3 days at a 14-day half-life: 0.86
assert conf['2025-11-06'] > conf['2025-11-04'] * 0.9, (conf['2025-11-06'], conf['2025-11-04'])
assert age['2025-11-06'] == 1.0 and age['2025-11-04'] == 0.0, age

def inside(ring, x, y):
    c = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c

def held_contains(date, x, y):
    f = [f for f in json.load(open(sys.argv[1]))['features'] if f['properties']['kind'] == 'held' and f['properties']['date'] == date][0]
    g = f['geometry']
    polys = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
    return any(inside(p[0], x, y) and not any(inside(h, x, y) for h in p[1:]) for p in polys)

assert not held_contains('2025-11-04', 37.206, 48.352)
assert held_contains('2025-11-06', 37.206, 48.352)
assert not held_contains('2025-11-21', 37.206, 48.352)
fronts = [f for f in json.load(open(sys.argv[1]))['features'] if f['properties']['kind'] == 'front']
assert all('mean_observation_age_days' in f['properties'] for f in fronts)
PY

"$frontmap" front --db events.gpkg --from 2025-11-06 --to 2025-11-06 -o alone.geojson 2> alone.err
expect_rc 0 $? "front from the event store alone"
python3 - alone.stats.csv <<'PY' && pass "without a baseline the held area is a village-sized disc around Rodynske" || fail "observations-only frame"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) == 1 and 4 < float(rows[0]['held_km2']) < 8, rows
PY

"$frontmap" front --help > help.out 2>&1; expect_rc 0 $? "front --help"
expect_grep '--db STORE' help.out "--help documents --db"
expect_grep '--half-life D' help.out "--help documents --half-life"
"$frontmap" front -o none.geojson > none.err 2>&1; expect_rc 2 $? "neither --baseline nor --db"
expect_grep '--db STORE' none.err "the refusal names both inputs"
"$frontmap" front --db events.gpkg --half-life 0 -o h.geojson > /dev/null 2>&1; expect_rc 2 $? "a zero half-life"
"$frontmap" front --db missing.gpkg -o m.geojson > missing.err 2>&1; expect_rc 2 $? "a missing store"
expect_grep 'frontmap ingest' missing.err "the refusal says how to fill a store"
[ ! -e m.geojson ] && [ ! -e h.geojson ] && pass "nothing written on refusals" || fail "output written on a refusal"
e2e_finish "front observations"
