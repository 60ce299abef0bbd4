#!/usr/bin/env bash
# Scores frontmap's event labels on the bundled sample articles against the hand annotations in
# assets/samples/expected_events.tsv: per field (event, actor, control, claimant, denied) the
# share of annotated mentions whose predicted label agrees, over the mentions frontmap finds
# (span overlap). Prints the figures and asserts floors set a little under the measured ones,
# so a rule change that makes typing worse fails here. FRONTMAP_EVENTS_VERBOSE=1 lists the
# disagreements. Env: FRONTMAP (binary), FRONTMAP_SOURCE_DIR (the source tree).
set -euo pipefail

source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
samples=$src/assets/samples

"$frontmap" extract --format jsonl "$samples/articles.jsonl" > "$work/pred.jsonl"

python3 - "$samples/expected_events.tsv" "$work/pred.jsonl" <<'PY'
import csv, json, os, sys

# Floors: measured figures minus a margin (see the report printed below).
# Measured 2025-11-21: event 0.702, actor 0.782, control 0.765, claimant 0.727, denied 0.933
# (before the negation/vicinity/container/speaker rules: 0.458, 0.634, 0.592, 0.588, 0.920).
FLOORS = {'event': 0.66, 'actor': 0.74, 'control': 0.72, 'claimant': 0.68, 'denied': 0.89}
FIELDS = list(FLOORS)

gold_path, pred_path = sys.argv[1:3]
with open(gold_path, encoding='utf-8', newline='') as f:
    rows = list(csv.DictReader((line for line in f if not line.startswith('#')), delimiter='\t'))
preds = {}
for line in open(pred_path, encoding='utf-8'):
    p = json.loads(line)
    preds.setdefault(p['doc'], []).append(p)

def norm(value):
    if value is None or value == '':
        return 'none'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    return str(value).lower()

# One-to-one by span overlap, as the place scorer does.
agree = {f: 0 for f in FIELDS}
matched = 0
disagreements = []
used = set()
for row in rows:
    start = int(row['offset'])
    end = start + len(row['surface'].encode('utf-8'))
    best = None
    for i, p in enumerate(preds.get(row['doc'], [])):
        if (row['doc'], i) in used:
            continue
        overlap = min(end, p['end']) - max(start, p['start'])
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, i, p)
    if best is None:
        continue
    used.add((row['doc'], best[1]))
    p = best[2]
    matched += 1
    wrong = []
    for f in FIELDS:
        if norm(row[f]) == norm(p.get(f)):
            agree[f] += 1
        else:
            wrong.append(f'{f} {norm(row[f])}->{norm(p.get(f))}')
    if wrong:
        disagreements.append(f"{row['doc']} {row['surface']!r}@{start}: " + ', '.join(wrong) +
                             f"  cues={p.get('cues')}")

print(f'sample events: {len(rows)} annotated mentions, {matched} found by frontmap')
scores = {f: agree[f] / matched if matched else 0.0 for f in FIELDS}
print('  '.join(f'{f} {scores[f]:.3f}' for f in FIELDS))
if os.environ.get('FRONTMAP_EVENTS_VERBOSE'):
    for line in disagreements:
        print('   ', line)
failed = [f'{f} {scores[f]:.3f} < {FLOORS[f]}' for f in FIELDS if scores[f] < FLOORS[f]]
for line in failed:
    print('FAIL:', line, file=sys.stderr)
sys.exit(1 if failed else 0)
PY
