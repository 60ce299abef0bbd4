#!/usr/bin/env bash
# Ingest throughput: documents per second into a fresh GeoPackage with -j1 and -j2 (and more
# where there are more cores), on a corpus of many documents, printed as a markdown table.
#
#   bench/run_ingest_bench.sh [BUILD_DIR] [CORPUS.jsonl...]
#
# Without corpus paths: the twelve sample articles repeated COPIES times (default 20) with
# distinct ids (war reporting, 2-9 KB each), and the LGL peer corpus (588 local news articles)
# when ../shared/eval/peers/lgl.jsonl exists. Env: COPIES, RUNS (default 3, median),
# BENCH_DIR (default /tmp/frontmap-ingest-bench). The gazetteer index is built once before timing.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-bench}
[[ $# -gt 0 ]] && shift
[[ $build = /* ]] || build=$repo/$build
frontmap=$build/frontmap
[[ -x $frontmap ]] || { echo "$frontmap not found; build with: cmake --build $build" >&2; exit 2; }
runs=${RUNS:-3}
dir=${BENCH_DIR:-/tmp/frontmap-ingest-bench}
mkdir -p "$dir"
export FRONTMAP_CACHE_DIR=${FRONTMAP_CACHE_DIR:-$dir/cache}

corpora=("$@")
if [[ ${#corpora[@]} -eq 0 ]]; then
  python3 - "$repo/assets/samples/articles.jsonl" "$dir/samples-x${COPIES:-20}.jsonl" "${COPIES:-20}" <<'PY'
import json, sys
source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(line) for line in open(source, encoding='utf-8')]
with open(target, 'w', encoding='utf-8') as out:
    for k in range(copies):
        for d in docs:
            out.write(json.dumps(dict(d, id=f"{d['id']}-copy{k}"), ensure_ascii=False) + '\n')
PY
  corpora+=("$dir/samples-x${COPIES:-20}.jsonl")
  lgl=$repo/../shared/eval/peers/lgl.jsonl
  [[ -f $lgl ]] && corpora+=("$(realpath "$lgl")")
fi
"$frontmap" extract "$repo/assets/samples/2025-08-06-pokrovsk-supply-roads-en.txt" > /dev/null 2>&1 || true  # build the index

jobs_list=(1 2)
[[ $(nproc) -ge 4 ]] && jobs_list+=("$(nproc)")
echo "| corpus | documents | MB | $(for j in "${jobs_list[@]}"; do printf -- '-j%s docs/s | ' "$j"; done)events |"
echo "|---|---:|---:|$(for _ in "${jobs_list[@]}"; do printf -- '---:|'; done)---:|"
for corpus in "${corpora[@]}"; do
  docs=$(wc -l < "$corpus")
  mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$corpus\") / 1e6:.1f}')")
  row="| $(basename "$corpus") | $docs | $mb |"
  for j in "${jobs_list[@]}"; do
    times=()
    for ((i = 0; i < runs; i++)); do
      rm -f "$dir/store.gpkg"
      /usr/bin/time -f '%e' -o "$dir/time.txt" "$frontmap" ingest --db "$dir/store.gpkg" -j "$j" "$corpus" > /dev/null 2> "$dir/ingest.err" \
        || [[ $? -eq 1 ]] || { tail -3 "$dir/ingest.err" >&2; exit 1; }  # 1: some input skipped
      t=$(tail -1 "$dir/time.txt")
      times+=("$t")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    row+=" $(python3 -c "print(f'{$docs / max($median, 0.001):.0f}')") ($median s) |"
  done
  events=$(python3 -c "import sqlite3; print(sqlite3.connect('$dir/store.gpkg').execute('select count(*) from events').fetchone()[0])")
  echo "$row $events |"
done
echo
echo "Command: frontmap ingest --db store.gpkg -j N CORPUS.jsonl (fresh store each run, median of $runs, $(nproc) cores)"
