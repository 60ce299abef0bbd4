#!/usr/bin/env bash
# Public acceptance test: frontmap over the five annotated seed articles of the shared
# evaluation kit. Asserts recognition overlap F1 >= 0.95 (all kinds), for populated places
# (--kinds P) acc@161km >= 0.95, mention dates exact >= 0.85 and within 7 days >= 0.95 (the
# issue's bar), and event labels above floors set below today's figures. Skipped (exit 77)
# without the shared folder. --today pins the day year-less dates are read against, so the
# result does not change with the calendar.
# Env: FRONTMAP (binary), FRONTMAP_SHARED_DIR (the shared folder with eval/).
set -euo pipefail

frontmap=${FRONTMAP:?set FRONTMAP to the frontmap binary}
shared=${FRONTMAP_SHARED_DIR:-}
eval_dir=$shared/eval
gold=$eval_dir/seeds/gold.jsonl
if [ -z "$shared" ] || [ ! -f "$gold" ] || [ ! -f "$eval_dir/run_frontmap.sh" ] || [ ! -f "$eval_dir/score_places.py" ]; then
  echo "SKIP: shared evaluation kit not found (need \$FRONTMAP_SHARED_DIR/eval/{run_frontmap.sh,score_places.py,seeds/gold.jsonl}; FRONTMAP_SHARED_DIR='$shared')"
  exit 77
fi
export FRONTMAP_CACHE_DIR=${FRONTMAP_TEST_CACHE_DIR:-$PWD/test-cache}/e2e
mkdir -p "$FRONTMAP_CACHE_DIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

FRONTMAP=$frontmap bash "$eval_dir/run_frontmap.sh" "$gold" "$work/pred.jsonl" --today 2025-12-14
python3 "$eval_dir/score_places.py" "$gold" "$work/pred.jsonl" --json > "$work/all.json"
python3 "$eval_dir/score_events.py" "$gold" "$work/pred.jsonl" --json > "$work/events.json"
python3 "$eval_dir/score_places.py" "$gold" "$work/pred.jsonl" --kinds P --json > "$work/p.json"

python3 - "$work/all.json" "$work/p.json" "$work/events.json" <<'PY'
import json, sys
all_kinds = json.load(open(sys.argv[1]))
places = json.load(open(sys.argv[2]))
events = json.load(open(sys.argv[3]))['fields']
dates = all_kinds['dates']
ov, ex, res = all_kinds['recognition_overlap'], all_kinds['recognition_exact'], all_kinds['resolution']
pres = places['resolution']
print(f"seed gold: {all_kinds['docs']} docs, {all_kinds['gold_toponyms']} gold toponyms, {all_kinds['predictions']} predictions")
print(f"recognition (overlap): P {ov['precision']:.3f}  R {ov['recall']:.3f}  F1 {ov['f1']:.3f}  (tp {ov['tp']}, fp {ov['fp']}, fn {ov['fn']})")
print(f"recognition (exact):   P {ex['precision']:.3f}  R {ex['recall']:.3f}  F1 {ex['f1']:.3f}")
print(f"resolution, all kinds: acc@161km {res['acc_at_161km']:.3f}  median {res['median_km']:.1f} km  AUC {res['auc']:.3f}")
print(f"resolution, kind P:    acc@161km {pres['acc_at_161km']:.3f}  over gold {pres['acc_at_161km_over_gold']:.3f}  "
      f"recall {places['recognition_overlap']['recall']:.3f}  pairs {pres['pairs']}")
print(f"dates over {dates['pairs_with_gold_date']} pairs: exact {dates['exact']:.3f}  within 1 day {dates['within_1_day']:.3f}  within 7 days {dates['within_7_days']:.3f}")
print("events: " + "  ".join(f"{k} {v['accuracy']:.3f}" for k, v in sorted(events.items())))
failed = []
if not dates['exact'] >= 0.85: failed.append(f"dates exact {dates['exact']:.3f} < 0.85")
if not dates['within_7_days'] >= 0.95: failed.append(f"dates within 7 days {dates['within_7_days']:.3f} < 0.95")
floors = {'event': 0.65, 'actor_side': 0.68, 'control': 0.80, 'claimed_by': 0.78, 'denied': 0.90, 'role': 0.78}
for field, floor in floors.items():
    if not events[field]['accuracy'] >= floor: failed.append(f"{field} accuracy {events[field]['accuracy']:.3f} < {floor}")
if not ov['f1'] >= 0.95: failed.append(f"recognition overlap F1 {ov['f1']:.3f} < 0.95")
if not pres['acc_at_161km'] >= 0.95: failed.append(f"acc@161km for kind P {pres['acc_at_161km']:.3f} < 0.95")
for f in failed: print('FAIL:', f, file=sys.stderr)
sys.exit(1 if failed else 0)
PY
