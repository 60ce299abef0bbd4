#!/usr/bin/env bash
# frontmap extract from the outside: output formats, byte offsets, determinism, bad input,
# usage errors and refusing to overwrite. Env: FRONTMAP (the binary). The bundled index is
# built into the build tree's test cache (never ~/.cache).
set -u

source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"

cat > en.txt <<'EOF'
Russian forces pressed toward Pokrovsk and Myrnohrad in the Donetsk region on Tuesday.
Kyiv said its units repelled attacks near Rodynske, while drones struck Kramatorsk and Sloviansk.
EOF
printf '%s\n' \
  '{"id":"uk-1","date":"2025-11-06","text":"Українські сили утримують північ Покровська, бої точаться біля Мирнограда та Родинського."}' \
  '{"id":"ru-1","date":"2025-12-01","text":"Министерство обороны России заявило о боях в Красноармейске и под Димитровом в Донецкой области."}' \
  '{"id":"en-2","text":"Shelling hit Kupiansk and Kup’yansk district villages near the Oskil river."}' > docs.jsonl

# Warm the index once so the timed-free checks below do not each build it.
"$frontmap" extract en.txt > /dev/null 2> warm.err || { cat warm.err >&2; fail "first run failed"; }

## --help
"$frontmap" --help > help.out 2>&1; expect_rc 0 $? "frontmap --help"
expect_grep 'extract' help.out "--help lists the extract command"
"$frontmap" extract --help > xhelp.out 2>&1; expect_rc 0 $? "frontmap extract --help"
expect_grep '--format' xhelp.out "extract --help documents --format"

## JSONL: fields, doc ids and byte offsets
"$frontmap" extract --format jsonl docs.jsonl en.txt > out.jsonl 2> out.err; expect_rc 0 $? "extract JSONL + text"
python3 - out.jsonl docs.jsonl en.txt <<'PY' || fail "JSONL fields/offsets"
import json, sys
out, docs, en = sys.argv[1:4]
texts = {}
for line in open(docs, encoding='utf-8'):
    d = json.loads(line)
    texts[d['id']] = d['text'].encode('utf-8')
texts['en.txt'] = open(en, 'rb').read()
required = ['doc', 'start', 'end', 'text', 'name', 'lat', 'lon', 'geonameid', 'feature', 'country',
            'admin1', 'score', 'role', 'match', 'qualifier', 'relation', 'runner_up']
seen, errors = {}, []
for n, line in enumerate(open(out, encoding='utf-8'), 1):
    m = json.loads(line)
    missing = [k for k in required if k not in m]
    if missing: errors.append(f'line {n}: missing {missing}')
    doc = m['doc']
    if doc not in texts: errors.append(f'line {n}: doc {doc!r} is not an input id'); continue
    raw = texts[doc][m['start']:m['end']]
    if raw.decode('utf-8', 'replace') != m['text']:
        errors.append(f'line {n}: text[{m["start"]}:{m["end"]}] = {raw!r}, "text" = {m["text"]!r}')
    if not (0 < m['score'] <= 1): errors.append(f'line {n}: score {m["score"]} outside (0,1]')
    if m['role'] not in ('location', 'actor'): errors.append(f'line {n}: role {m["role"]}')
    if not (-90 <= m['lat'] <= 90 and -180 <= m['lon'] <= 180): errors.append(f'line {n}: bad lat/lon')
    seen.setdefault(doc, []).append(m)
for doc in texts:
    if doc not in seen: errors.append(f'no mention for document {doc}')
cyr = [m for d in ('uk-1', 'ru-1') for m in seen.get(d, [])]
if not any(len(m['text'].encode()) > len(m['text']) for m in cyr): errors.append('no Cyrillic mention checked')
names = {m['name'] for m in seen.get('ru-1', [])}
if 'Pokrovsk' not in names: errors.append(f'Красноармейске did not resolve to Pokrovsk: {names}')
for e in errors: print('   ', e, file=sys.stderr)
print(f'checked {sum(map(len, seen.values()))} mentions in {len(seen)} documents')
sys.exit(1 if errors else 0)
PY

## Determinism: the same bytes whatever -j
for i in 1 2 3 4 5 6 7 8; do cat docs.jsonl; done > many.jsonl
"$frontmap" extract -j 1 many.jsonl en.txt > j1.jsonl 2>/dev/null; expect_rc 0 $? "extract -j 1"
"$frontmap" extract -j 2 many.jsonl en.txt > j2.jsonl 2>/dev/null; expect_rc 0 $? "extract -j 2"
"$frontmap" extract -j 4 many.jsonl en.txt > j4.jsonl 2>/dev/null
if [ -s j1.jsonl ] && cmp -s j1.jsonl j2.jsonl && cmp -s j1.jsonl j4.jsonl; then pass "-j 1, -j 2 and -j 4 give the same bytes"
else fail "-j changes the output"; diff j1.jsonl j2.jsonl | head -5 >&2; fi
"$frontmap" extract -j 1 many.jsonl en.txt > j1b.jsonl 2>/dev/null
if cmp -s j1.jsonl j1b.jsonl; then pass "two runs give the same bytes"; else fail "two runs differ"; fi

## GeoJSON: RFC 7946 FeatureCollection of points, lon/lat order
"$frontmap" extract --format geojson docs.jsonl en.txt > out.geojson 2>/dev/null; expect_rc 0 $? "extract --format geojson"
python3 - out.geojson out.jsonl <<'PY' || fail "GeoJSON structure"
import json, sys
g = json.load(open(sys.argv[1], encoding='utf-8'))
lines = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
errors = []
if g.get('type') != 'FeatureCollection': errors.append('type is not FeatureCollection')
crs = g.get('crs')
if crs and 'CRS84' not in json.dumps(crs) and '4326' not in json.dumps(crs): errors.append(f'non-WGS84 crs {crs}')
feats = g.get('features', [])
if len(feats) != len(lines): errors.append(f'{len(feats)} features, {len(lines)} JSONL mentions')
for f, m in zip(feats, lines):
    geom = f.get('geometry') or {}
    if f.get('type') != 'Feature' or geom.get('type') != 'Point': errors.append(f'bad feature {f}'); break
    lon, lat = geom['coordinates'][:2]
    if abs(lon - m['lon']) > 1e-4 or abs(lat - m['lat']) > 1e-4:
        errors.append(f'{m["text"]}: coordinates {geom["coordinates"]} are not [lon, lat] = [{m["lon"]}, {m["lat"]}]'); break
    if f['properties'].get('text') != m['text']: errors.append(f'properties.text {f["properties"].get("text")} != {m["text"]}')
for e in errors: print('   ', e, file=sys.stderr)
print(f'{len(feats)} features checked')
sys.exit(1 if errors else 0)
PY
if command -v ogrinfo > /dev/null; then
  ogrinfo -ro -al -so out.geojson > ogr.out 2>&1; expect_rc 0 $? "ogrinfo reads the GeoJSON"
  expect_grep 'Geometry: Point' ogr.out "ogrinfo sees points"
  expect_grep 'Feature Count: [1-9]' ogr.out "ogrinfo counts features"
else
  echo "note: ogrinfo not installed; GeoJSON checked with python only"
fi

## Table
"$frontmap" extract --format table en.txt > out.table 2>/dev/null; expect_rc 0 $? "extract --format table"
expect_grep '^document +offset +text +place' out.table "table has a header"
expect_grep 'Pokrovsk +Pokrovsk +P\.PPLA2 +UA +Donetsk +48\.2820 +37\.1758' out.table "table row for Pokrovsk is aligned and readable"
if [ "$(wc -l < out.table)" -ge 5 ]; then pass "table has rows"; else fail "table too short"; fi

## Bad input: each bad file beside a good one is reported by name and location, the rest runs, exit 1
printf 'Fighting near Pokrovsk \xff\xfe and Bakhmut.\n' > bad_utf8.txt
printf 'abc\0\0\0\001\002 binary Pokrovsk' > binary.txt
: > empty.txt
printf '{"id":"a","text":"Drones hit Kharkiv."}\n{"id":"b","text": broken\n{"id":"c","text":"Shelling in Покровськ."}\n' > broken.jsonl
check_bad() {  # NAME FILE PATTERN
  "$frontmap" extract "$2" en.txt > bad.out 2> bad.err
  expect_rc 1 $? "$1 beside a good file"
  expect_grep "$3" bad.err "$1 is reported with its file and location"
  expect_grep '"doc":"en.txt"' bad.out "$1: the good file is still processed"
}
check_bad "invalid UTF-8" bad_utf8.txt 'bad_utf8\.txt:? *(byte|line) *[0-9]+'
check_bad "NUL/binary file" binary.txt 'binary\.txt:? *(byte|line) *[0-9]+'
check_bad "empty file" empty.txt 'empty\.txt'
check_bad "missing path" no-such-file.txt 'no-such-file\.txt'
check_bad "broken JSONL line" broken.jsonl 'broken\.jsonl:2'
"$frontmap" extract broken.jsonl > broken.out 2>/dev/null
expect_grep '"doc":"a"' broken.out "JSONL lines before the broken one are processed"
expect_grep '"doc":"c"' broken.out "JSONL lines after the broken one are processed"
expect_grep '"text":"Fighting|"text":"Pokrovsk"' <("$frontmap" extract bad_utf8.txt 2>/dev/null) "a file with invalid bytes still yields its places"

## Usage errors: exit 2
"$frontmap" extract > /dev/null 2> usage.err; expect_rc 2 $? "extract without INPUT"
"$frontmap" extract --format xml en.txt > /dev/null 2> usage.err; expect_rc 2 $? "unknown --format"
expect_grep 'format' usage.err "unknown --format is named"
"$frontmap" extract --no-such-option en.txt > /dev/null 2>&1; expect_rc 2 $? "unknown option"
"$frontmap" extract -j many en.txt > /dev/null 2>&1; expect_rc 2 $? "-j with a non-number"
"$frontmap" no-such-command > /dev/null 2>&1; expect_rc 2 $? "unknown command"

## --today: year-less dates in an undated text are the most recent such day on or before it
printf 'Russian troops captured Siversk on December 11, the General Staff said.\n' > undated.txt
"$frontmap" extract --today 2025-12-14 undated.txt > today1.out 2>/dev/null
expect_grep '"text":"Siversk".*"date":"2025-12-11"' today1.out "--today 2025-12-14: December 11 is 2025-12-11"
"$frontmap" extract --today 2025-12-01 undated.txt > today2.out 2>/dev/null
expect_grep '"text":"Siversk".*"date":"2024-12-11"' today2.out "--today 2025-12-01: December 11 is the year before"
expect_grep '"document_date_how":"inferred-year"' today2.out "the document date says its year was inferred"
"$frontmap" extract --today 14.12.2025 undated.txt > /dev/null 2>&1; expect_rc 2 $? "--today with a bad date"

## -o: refuse to overwrite without --force
for fmt in jsonl geojson table; do
  echo "precious" > "kept.$fmt"
  "$frontmap" extract --format $fmt -o "kept.$fmt" en.txt > /dev/null 2> o.err
  rc=$?
  if [ $rc -ne 0 ] && [ "$(cat "kept.$fmt")" = "precious" ]; then pass "-o refuses to replace an existing .$fmt file (exit $rc)"
  else fail "-o kept.$fmt without --force: exit $rc, file now: $(head -c 80 "kept.$fmt")"; fi
  expect_grep 'force' o.err "the refusal says how to fix it (--force)"
  "$frontmap" extract --format $fmt -o "kept.$fmt" --force en.txt > /dev/null 2>&1; expect_rc 0 $? "-o --force ($fmt)"
  if grep -q Pokrovsk "kept.$fmt"; then pass "--force replaced kept.$fmt"; else fail "--force did not write kept.$fmt"; fi
done
ls -a | grep -q '\.tmp\.' && fail "temporary files left behind: $(ls -a | grep '\.tmp\.')"

e2e_finish CLI
