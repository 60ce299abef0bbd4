#!/usr/bin/env bash
# frontmap render against Mapnik drawing the same layers from the same data: a 1600×1000
# daily series over Donbas with 100,000 events (bench/make_event_store, fixed seed), the
# Natural Earth 1:10m countries and the DeepState front of each day (frontmap front writes it
# for Mapnik; frontmap render computes the same frames itself). Both write one PNG per day.
# Per frame = (time for N frames − time for 1 frame) / (N − 1), so start-up (reading the
# store, the baselines, the basemap; an EGL context; Python and Mapnik) is left out on both
# sides. Prints a markdown row for the README.
#
#   bench/run_render_comparison.sh [BUILD_DIR] [FRAMES]   (default build-bench, 12)
# Env: EVENTS (default 100000), BENCH_DIR (default /tmp/frontmap-render-bench).
# Needs ../shared/data/deepstate, Debian's python3-mapnik (run by /usr/bin/python3) and ogr2ogr.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-bench}
[[ $build = /* ]] || build=$repo/$build
frames=${2:-12}
frontmap=$build/frontmap
deepstate=$repo/../shared/data/deepstate
[[ -x $frontmap && -x $build/bench/make_event_store ]] || { echo "build $build first (frontmap, bench/make_event_store)" >&2; exit 2; }
[[ -d $deepstate ]] || { echo "$deepstate not found; skipped" >&2; exit 77; }
/usr/bin/python3 -c 'import mapnik' 2> /dev/null || { echo "Mapnik's Python module is missing: apt-get install python3-mapnik" >&2; exit 2; }
command -v ogr2ogr > /dev/null || { echo "ogr2ogr not found (apt-get install gdal-bin)" >&2; exit 2; }
events=${EVENTS:-100000}
dir=${BENCH_DIR:-/tmp/frontmap-render-bench}
rm -rf "$dir" && mkdir -p "$dir"
bbox=34.0,46.0,40.5,50.5
first=2025-11-01
last=$(date -u -d "$first + $((frames - 1)) days" +%F)
dates=()
for ((i = 0; i < frames; i++)); do dates+=("$(date -u -d "$first + $i days" +%F)"); done

"$build/bench/make_event_store" "$dir/events.gpkg" --events "$events" --seed 20251121 > /dev/null
"$frontmap" front --db "$dir/events.gpkg" --baseline "$deepstate" --from "$first" --to "$last" -o "$dir/front.gpkg" 2> /dev/null
# Mapnik cannot filter on GeoPackage Date columns: the same rows with the day as text.
ogr2ogr -f GPKG "$dir/events_mapnik.gpkg" "$dir/events.gpkg" -dialect SQLite -nln events \
  -sql "SELECT geom, event, event_confidence * score AS event_confidence, CAST(date AS TEXT) AS day FROM events"
ogr2ogr -f GPKG "$dir/front_mapnik.gpkg" "$dir/front.gpkg" -dialect SQLite -nln front \
  -sql "SELECT geom, kind, CAST(date AS TEXT) AS date FROM front"

seconds() {
  python3 -c 'import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(time.perf_counter() - t)' "$@"
}
ours() {  # $1: last date
  rm -rf "$dir/ours" && mkdir "$dir/ours"
  seconds "$frontmap" render --db "$dir/events.gpkg" --baseline "$deepstate" --from "$first" --to "$1" --bbox "$bbox" \
    --size 1600x1000 --no-labels -o "$dir/ours/%Y-%m-%d.png"
}
theirs() {  # the dates
  rm -rf "$dir/mapnik"
  seconds /usr/bin/python3 "$repo/bench/mapnik_frames.py" --basemap "$repo/assets/basemap/naturalearth.gpkg" \
    --events "$dir/events_mapnik.gpkg" --front "$dir/front_mapnik.gpkg" --bbox "$bbox" --size 1600x1000 --out "$dir/mapnik" "$@"
}
ours_one=$(ours "$first"); ours_all=$(ours "$last")
theirs_one=$(theirs "$first"); theirs_all=$(theirs "${dates[@]}")
[[ $(ls "$dir/ours" | wc -l) -eq $frames && $(ls "$dir/mapnik" | wc -l) -eq $frames ]] || { echo "missing frames" >&2; exit 1; }
python3 - "$frames" "$events" "$ours_one" "$ours_all" "$theirs_one" "$theirs_all" <<'PY'
import sys
frames, events = int(sys.argv[1]), int(sys.argv[2])
ours_one, ours_all, theirs_one, theirs_all = map(float, sys.argv[3:])
ours, theirs = (ours_all - ours_one) / (frames - 1), (theirs_all - theirs_one) / (frames - 1)
print(f"| {frames} frames 1600×1000, {events:,} events, 1:10m countries, DeepState front | frontmap render "
      f"{ours * 1000:.0f} ms/frame ({1 / ours:.1f} fps) | Mapnik {theirs * 1000:.0f} ms/frame ({1 / theirs:.1f} fps) | {theirs / ours:.1f}× |")
print(f"(totals: frontmap {ours_one:.2f} s for 1 frame, {ours_all:.2f} s for {frames}; Mapnik {theirs_one:.2f} s, {theirs_all:.2f} s)", file=sys.stderr)
PY
