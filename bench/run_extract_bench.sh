#!/usr/bin/env bash
# Runs bench/extract_bench and times the real CLI the way a user runs it, then prints a markdown
# table for the README (command + figures) and checks the spec's targets:
# >= 20 MB/s per core end to end, start under 0.3 s, peak RSS under 400 MB.
#
#   bench/run_extract_bench.sh [BUILD_DIR] [-- extract_bench options and corpus paths]
#
# BUILD_DIR defaults to build-bench (configure it with -DCMAKE_BUILD_TYPE=Release). Without
# corpus paths both use the peer evaluation corpora and assets/samples/.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-bench}
[[ $# -gt 0 ]] && shift
[[ ${1:-} == -- ]] && shift
[[ $build = /* ]] || build=$repo/$build
frontmap=$build/frontmap
bench=$build/bench/extract_bench
for exe in "$frontmap" "$bench"; do
  [[ -x $exe ]] || { echo "$exe not found; build with: ninja -C $build" >&2; exit 2; }
done

# Corpus paths are whatever is left that is not an option (and not an option's value).
corpus=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --repeat|--threads) i=$((i + 1)) ;;
    --*) ;;
    *) corpus+=("${args[i]}") ;;
  esac
done
if [[ ${#corpus[@]} -eq 0 ]]; then
  for f in "$repo"/../shared/eval/peers/*.jsonl; do
    [[ $f == *.types.jsonl ]] || corpus+=("$(realpath "$f")")
  done
  [[ -d $repo/assets/samples ]] && corpus+=("$repo/assets/samples")
fi
article=$repo/assets/samples/2025-08-06-pokrovsk-supply-roads-en.txt
[[ -f $article ]] || article=${corpus[0]}

work=$(mktemp -d /tmp/frontmap-run-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
export FRONTMAP_CACHE_DIR=$work/cache

echo "== extract_bench ${args[*]:-}" >&2
"$bench" "${args[@]}" | tee "$work/bench.txt" >&2
grep '^RESULT ' "$work/bench.txt" | sed 's/^RESULT //' > "$work/bench.json"

# time_cli NAME ARGS...: runs frontmap under /usr/bin/time -v; appends "NAME wall_s max_rss_kb".
time_cli() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time.txt" "$frontmap" "$@" > /dev/null 2> "$work/stderr.txt" || {
    echo "frontmap $* failed:" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  }
  awk -v name="$name" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /Maximum resident set size/ { rss = $NF }
    END { print name, wall, rss }' "$work/time.txt" >> "$work/cli.txt"
}

echo "== CLI timings (cache in $FRONTMAP_CACHE_DIR)" >&2
: > "$work/cli.txt"
time_cli first_run extract --format jsonl "$article"  # builds the index into the empty cache
for i in 1 2 3 4 5; do time_cli "start_$i" extract --format jsonl "$article"; done
time_cli single extract --format jsonl "${corpus[@]}"
time_cli jobs2 extract --format jsonl -j 2 "${corpus[@]}"
cat "$work/cli.txt" >&2

python3 - "$work/bench.json" "$work/cli.txt" "$(nproc)" "$(basename "$article")" "${#corpus[@]}" <<'EOF'
import json, statistics, sys

bench = json.load(open(sys.argv[1]))
cli = {}
for line in open(sys.argv[2]):
    name, wall, rss = line.split()
    cli[name] = (float(wall), int(rss) / 1024)
cores, article, n_inputs = int(sys.argv[3]), sys.argv[4], sys.argv[5]
mb = bench["corpus_mb"]
starts = sorted(cli[k] for k in cli if k.startswith("start_"))
start_wall = statistics.median(w for w, _ in starts)
start_rss = max(r for _, r in starts)
one, two = bench["runs"][0], bench["runs"][-1]
cli1_mbs = mb / cli["single"][0]
cli2_mbs = mb / cli["jobs2"][0]

def row(what, command, figure):
    print(f"| {what} | `{command}` | {figure} |")

print(f"\nCorpus: {bench['docs']} documents, {mb:.1f} MB of text ({n_inputs} inputs: peer evaluation "
      f"news corpora + assets/samples), machine with {cores} cores.\n")
print("| measure | command | figure |")
print("|---|---|---|")
row("index build, once (empty cache)", f"frontmap extract {article}",
    f"{cli['first_run'][0]:.2f} s wall, {cli['first_run'][1]:.0f} MB max RSS")
row("start + one short article (index built)", f"frontmap extract --format jsonl {article}",
    f"{start_wall:.3f} s wall (median of 5), {start_rss:.0f} MB max RSS")
row("extract, 1 thread", f"frontmap extract --format jsonl INPUT... > /dev/null",
    f"{cli['single'][0]:.2f} s wall, {cli1_mbs:.1f} MB/s, {cli['single'][1]:.0f} MB max RSS")
row("extract, 2 threads", f"frontmap extract --format jsonl -j 2 INPUT... > /dev/null",
    f"{cli['jobs2'][0]:.2f} s wall, {cli2_mbs:.1f} MB/s, {cli['jobs2'][1]:.0f} MB max RSS")
row("find_mentions, 1 thread", f"bench/extract_bench (x{bench['repeat']}, {mb * bench['repeat']:.0f} MB)",
    f"{one['mb_per_s']:.1f} MB/s, {one['docs_per_s']:.0f} docs/s, {one['mentions_per_s']:.0f} mentions/s")
if len(bench["runs"]) > 1:
    row(f"find_mentions, {two['threads']} threads", f"bench/extract_bench --threads {two['threads']}",
        f"{two['mb_per_s']:.1f} MB/s ({two['mb_per_s_per_thread']:.1f} per thread), "
        f"{two['docs_per_s']:.0f} docs/s, {two['mentions_per_s']:.0f} mentions/s")
row("open built index", "load_mention_finder (extract_bench)", f"{bench['start_s']:.3f} s")
row("peak RSS, bench", "extract_bench (start + all runs)", f"{bench['peak_rss_mb']:.0f} MB")

def verdict(ok):
    return "met" if ok else "NOT met"

per_core = min(one["mb_per_s"], cli1_mbs)
peak = max(cli["single"][1], cli["jobs2"][1], start_rss)
print("\n| target | measured | |")
print("|---|---|---|")
print(f"| >= 20 MB/s per core end to end | {one['mb_per_s']:.1f} MB/s find_mentions, {cli1_mbs:.1f} MB/s CLI | {verdict(per_core >= 20)} |")
print(f"| start under 0.3 s | {start_wall:.3f} s | {verdict(start_wall < 0.3)} |")
print(f"| peak RSS under 400 MB | {peak:.0f} MB | {verdict(peak < 400)} |")
EOF
