#!/usr/bin/env bash
# The interactive viewer, run for real under Xvfb by scripts: the panels are there, a selected
# event is highlighted and its details shown, the front moves between two dates, files dropped
# on the window are ingested (a binary one is refused with its name and the rest kept), a
# window shrunk to a pixel and back still draws; without a display, with a missing or corrupt
# store, an unreachable PostGIS or a bad script it says what is wrong and exits 2.
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
command -v convert > /dev/null || { echo "skipped: convert is not installed (Debian package imagemagick)"; exit 77; }
source "$src/tests/support/xvfb.sh"
xvfb_start || exit $?
trap 'xvfb_stop; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config
view() { timeout 600 "$frontmap" view --size 1280x800 "$@"; }
# pixels FILE: "width height" then the RGB bytes as FILE.rgb
pixels() { identify -format '%w %h' "$1"; convert "$1" -depth 8 "rgb:$1.rgb"; }

cat > articles.jsonl <<'JSON'
{"id":"rodynske-captured","date":"2025-11-05","title":"Rodynske captured","text":"Russian forces captured the village of Rodynske on 5 November 2025, the Russian Defence Ministry said."}
{"id":"kupiansk","date":"2025-11-20","text":"Ukrainian forces liberated Kupiansk on 20 November 2025, the Ukrainian General Staff said."}
JSON
"$frontmap" ingest --db events.gpkg articles.jsonl > /dev/null 2>&1; expect_rc 0 $? "ingest two articles"
# Held by Russia: a square west of Rodynske on 1 November, wider by 20 November.
mkdir maps
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37.0,48.25],[37.16,48.25],[37.16,48.45],[37.0,48.45],[37.0,48.25]]]}}]}\n' > maps/held_20251101.geojson
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37.0,48.25],[37.30,48.25],[37.30,48.45],[37.0,48.45],[37.0,48.25]]]}}]}\n' > maps/held_20251120.geojson

cat > shots.txt <<'EOF2'
# The map centred west of Rodynske at web zoom 10: 37.23°E lies 58 pixels right of the centre.
layer events off
layer labels off
center 48.35 37.15 10
date 2025-11-01
wait 2
screenshot before.png
date 2025-11-20
wait 2
screenshot after.png
layer events on
date 2025-11-06
window 30
wait 2
screenshot unselected.png
select 1
wait 2
screenshot selected.png
date 2025-11-20
center 48.35 37.15 10
export-view view.tif
export-events listed.geojson
resize 1 1
wait 3
resize 900 600
wait 3
screenshot resized.png
quit
EOF2
view events.gpkg --baseline maps --script shots.txt > view.out 2> view.err
expect_rc 0 $? "a scripted run of the window"
expect_grep 'screenshot selected.png' view.err "the script ran to its end"
for f in before after unselected selected resized; do pixels $f.png > $f.size; done
python3 - <<'PY' && pass "the front moved between the two dates; the panels are drawn; the selected event is ringed and its details shown" || fail "viewer screenshots"
def load(name):
    w, h = map(int, open(name + '.size').read().split())
    return w, h, open(name + '.png.rgb', 'rb').read()
def px(img, x, y):
    w, h, data = img
    i = 3 * (y * w + x)
    return tuple(data[i:i + 3])
before, after = load('before'), load('after')
assert before[:2] == (1280, 800), before[:2]
cx, cy = 640, 400
# The strip 37.16–37.30°E is held on 20 November only: reddish fill there, land before.
b, a = px(before, cx + 58, cy), px(after, cx + 58, cy)
assert a[0] > a[1] + 25, ('not held on 2025-11-20', a)
assert abs(b[0] - b[1]) < 15, ('held on 2025-11-01 already', b)
# The Events panel (top right) and the Timeline (bottom) cover the map with ImGui's light panels.
grey = lambda p: max(p) - min(p) < 12 and min(p) > 200
assert grey(px(after, 1100, 250)) and grey(px(after, 640, 720)), (px(after, 1100, 250), px(after, 640, 720))
# After `select 1` the map glides to the newest event: a cyan ring around the centre...
sel, unsel = load('selected'), load('unselected')
ring = sum(1 for x in range(cx - 20, cx + 21) for y in range(cy - 20, cy + 21)
           if (lambda p: p[0] < 80 and p[1] > 150 and p[2] > 200)(px(sel, x, y)))
assert ring > 30, ('no selection ring', ring)
# ...and the Details panel (right, below Events) fills with its text.
changed = sum(1 for x in range(940, 1260, 2) for y in range(340, 640, 2) if px(sel, x, y) != px(unsel, x, y))
assert changed > 200, ('details unchanged', changed)
resized = load('resized')
assert resized[:2] == (900, 600), resized[:2]
assert any(px(resized, x, 300) != px(resized, 450, 300) for x in range(0, 900, 10)), 'blank after a resize'
PY

printf 'quit\n' > quit.txt
# The map saved as a GeoTIFF lies where it was drawn: the window's centre pixel is 48.35°N 37.15°E.
gdalinfo -json view.tif > view.json 2> /dev/null
python3 - view.json <<'PY' && pass "the view's GeoTIFF maps its centre pixel back to the place the map was centred on" || fail "view GeoTIFF georeference"
import json, math, sys
info = json.load(open(sys.argv[1]))
x0, px, _, y0, _, py = info['geoTransform']
assert info['size'] == [1280, 800], info['size']
x, y = x0 + 640 * px, y0 + 400 * py
lon = math.degrees(x / 6378137.0)
lat = math.degrees(math.atan(math.sinh(y / 6378137.0)))
assert abs(lon - 37.15) < 0.005 and abs(lat - 48.35) < 0.005, (lat, lon)
assert 'Pseudo-Mercator' in info['coordinateSystem']['wkt'] or '3857' in info['coordinateSystem']['wkt']
PY
python3 - listed.geojson <<'PY' && pass "the listed events are saved as GeoJSON with their fields" || fail "events GeoJSON"
import json, sys
features = json.load(open(sys.argv[1]))['features']
assert len(features) == 2, len(features)
assert {f['properties']['event'] for f in features} == {'capture', 'liberation'}, features
assert all(f['properties']['sentence'] for f in features)
PY

# An ACLED export opened in the viewer is imported into a store of its own and shown.
view "$src/tests/geo/data/acled_sample.csv" --script quit.txt > acled.out 2> acled.err
expect_rc 0 $? "open an ACLED export"
expect_grep 'opened .*acled_sample.gpkg: [1-9][0-9]* events' acled.err "the ACLED rows are imported and opened"

# The timeline as a video, through frontmap render (same frames as its PNG series).
if command -v ffmpeg > /dev/null; then
  printf 'export-video %s/timeline.mp4\nquit\n' "$work" > video.txt
  view events.gpkg --baseline maps --script video.txt > video.out 2> video.err
  expect_rc 0 $? "export the timeline as a video"
  [ -s timeline.mp4 ] && pass "the video is written" || fail "no timeline.mp4: $(tail -3 video.err)"
else
  echo "skipped: the video export needs ffmpeg"
fi

# Files dropped on the window: articles are ingested in the background, a binary file is
# refused by name and the rest kept; the store is read again when it is done.
head -c 4096 /dev/urandom > blob.bin
printf 'Russian forces captured Pishchane on 9 November 2025, the ministry said.\n' > dropped.txt
cat > drop.txt <<EOF2
drop $work/blob.bin
wait 5
drop $work/dropped.txt
wait 5
quit
EOF2
view events.gpkg --script drop.txt > drop.out 2> drop.err
expect_rc 1 $? "a dropped binary file is skipped (exit 1)"
expect_grep 'blob.bin.*binary file' drop.err "the binary file is named and refused"
expect_grep 'ingested 1 documents \(1 new' drop.err "the dropped article is ingested"
expect_grep 'opened .*events.gpkg: 3 events' drop.err "the store is read again with the new event"

# No display, bad inputs, a bad script.
env -u DISPLAY "$frontmap" view events.gpkg --script quit.txt > nodisplay.out 2>&1
expect_rc 2 $? "no display"
expect_grep 'xvfb-run' nodisplay.out "without a display it says how to get one"
expect_grep 'frontmap render' nodisplay.out "… or to use render instead"
view missing.gpkg --script quit.txt > missing.out 2>&1; expect_rc 2 $? "a missing store"
expect_grep 'missing.gpkg does not exist' missing.out "the missing store is named"
head -c 2048 /dev/urandom > corrupt.gpkg
view corrupt.gpkg --script quit.txt > corrupt.out 2>&1; expect_rc 2 $? "a corrupt store"
expect_grep 'corrupt.gpkg' corrupt.out "the corrupt store is named"
view 'PG:host=127.0.0.1 port=9 dbname=none connect_timeout=2' --script quit.txt > pg.out 2>&1
expect_rc 2 $? "an unreachable PostGIS"
expect_grep 'PostgreSQL|PostGIS|connect' pg.out "the refusal says it could not connect"
printf 'date 2025-11-01\nfly 48 37\n' > bad.txt
view events.gpkg --script bad.txt > bad.out 2>&1; expect_rc 2 $? "a bad script"
expect_grep 'bad.txt:2: unknown command' bad.out "the bad line is named"
e2e_finish "viewer window"
