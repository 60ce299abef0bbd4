#!/usr/bin/env bash
# Times `frontmap export` against `ogr2ogr` converting the same GeoPackage, for GeoJSON and
# FlatGeobuf, on N synthetic events (bench/make_event_store, fixed seed), and prints a
# markdown table for the README with the median of RUNS wall-clock times and the ratio.
#
#   bench/run_export_bench.sh [BUILD_DIR]     (default build-bench; any build with frontmap
#                                              and bench/make_event_store)
# Env: EVENTS (default 1000000), RUNS (default 3), BENCH_DIR (where the store and outputs go;
# default /tmp/frontmap-export-bench; the store is kept there and reused across runs).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-bench}
[[ $build = /* ]] || build=$repo/$build
frontmap=$build/frontmap
make_store=$build/bench/make_event_store
for exe in "$frontmap" "$make_store"; do
  [[ -x $exe ]] || { echo "$exe not found; build with: cmake --build $build" >&2; exit 2; }
done
command -v ogr2ogr > /dev/null || { echo "ogr2ogr not found (apt-get install gdal-bin)" >&2; exit 2; }
events=${EVENTS:-1000000}
runs=${RUNS:-3}
dir=${BENCH_DIR:-/tmp/frontmap-export-bench}
mkdir -p "$dir"
store=$dir/events-$events.gpkg
if [[ ! -s $store ]]; then
  echo "writing $events synthetic events to $store …" >&2
  "$make_store" "$dir/part.gpkg" --events "$events" --seed 20251121 && mv "$dir/part.gpkg" "$store"
fi

# median_seconds OUTPUT CMD...: removes OUTPUT before each run (ogr2ogr refuses to append to a
# GeoJSON file), runs CMD RUNS times and prints the median wall-clock seconds.
median_seconds() {
  local output=$1; shift
  local times=() t
  for ((i = 0; i < runs; i++)); do
    rm -f "$output"
    sync
    /usr/bin/time -f '%e' -o "$dir/time.txt" "$@" > /dev/null 2> "$dir/run.err" || { cat "$dir/run.err" >&2; exit 1; }
    t=$(tail -1 "$dir/time.txt")
    [[ -s $output ]] || { echo "no output from: $*" >&2; exit 1; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

echo "| output | frontmap export | ogr2ogr | ogr2ogr / frontmap |"
echo "|---|---:|---:|---:|"
slower=0
for format in geojson fgb; do
  driver=$([[ $format == geojson ]] && echo GeoJSON || echo FlatGeobuf)
  ours=$(median_seconds "$dir/frontmap.$format" "$frontmap" export --db "$store" --format "$format" -o "$dir/frontmap.$format" --force)
  theirs=$(median_seconds "$dir/ogr2ogr.$format" ogr2ogr -f "$driver" "$dir/ogr2ogr.$format" "$store" events)
  ratio=$(python3 -c "print(f'{$theirs / $ours:.2f}')")
  echo "| $driver, $events events | ${ours} s | ${theirs} s | ${ratio}× |"
  # Runs of the same command differ by a few percent on a shared machine: 5% is a tie.
  python3 -c "import sys; sys.exit(0 if $ours <= 1.05 * $theirs else 1)" || slower=1
done
echo
echo "Commands (median of $runs runs, $(nproc) cores, $(ogr2ogr --version | cut -d, -f1)):"
echo "  frontmap export --db $(basename "$store") --format geojson|fgb -o OUT"
echo "  ogr2ogr -f GeoJSON|FlatGeobuf OUT $(basename "$store") events"
[[ $slower -eq 0 ]] || { echo "frontmap export was more than 5% slower than ogr2ogr" >&2; exit 1; }
