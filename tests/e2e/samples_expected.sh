#!/usr/bin/env bash
# Scores frontmap on the bundled sample articles against the hand annotations in
# assets/samples/expected_places.tsv: recognition recall/precision (span overlap, one-to-one),
# resolution accuracy within 50 km over matched mentions, and role agreement. Prints the
# figures and asserts floors set a little under what the recogniser achieved when measured.
# Env: FRONTMAP (binary), FRONTMAP_SOURCE_DIR (the source tree).
set -euo pipefail

source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
samples=$src/assets/samples

"$frontmap" extract --format jsonl "$samples/articles.jsonl" > "$work/pred.jsonl"

python3 - "$samples/articles.jsonl" "$samples/expected_places.tsv" "$work/pred.jsonl" <<'PY'
import csv, json, math, re, sys

# Floors: measured figures minus a small margin (see the report printed below).
# Measured 2025-11-21: recall 0.963, precision 0.963, acc@50km 0.975, role 0.903.
MIN_RECALL, MIN_PRECISION, MIN_ACC50, MIN_ROLE = 0.92, 0.92, 0.93, 0.85

articles, gold_path, pred_path = sys.argv[1:4]
texts = {}
for line in open(articles, encoding='utf-8'):
    d = json.loads(line)
    texts[d['id']] = d['text']

# Gold spans: each row's surface found after the previous one (README), as UTF-8 byte offsets.
# Whole words only: "Russia" must not land inside an earlier "Russian".
gold, cursor = {}, {}
with open(gold_path, encoding='utf-8', newline='') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        doc, surface = row['doc'], row['surface']
        text = texts[doc]
        found = re.compile(r'(?<!\w)' + re.escape(surface) + r'(?!\w)').search(text, cursor.get(doc, 0))
        at = found.start() if found else -1
        if at < 0:
            sys.exit(f'expected_places.tsv: {doc}: surface {surface!r} not found after offset {cursor.get(doc, 0)}')
        cursor[doc] = at + len(surface)
        b = len(text[:at].encode('utf-8'))
        gold.setdefault(doc, []).append(dict(start=b, end=b + len(surface.encode('utf-8')), surface=surface,
                                             name=row['name'], lat=float(row['lat']), lon=float(row['lon']),
                                             kind=row['kind'], role=row['role']))

preds = {}
for line in open(pred_path, encoding='utf-8'):
    p = json.loads(line)
    preds.setdefault(p['doc'], []).append(p)

def km(a_lat, a_lon, b_lat, b_lon):
    r = 6371.0088
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))

n_gold = sum(map(len, gold.values()))
n_pred = sum(len(v) for d, v in preds.items() if d in texts)
tp = within50 = role_ok = 0
misses, false_pos, far = [], [], []
for doc in texts:
    g_list, p_list = gold.get(doc, []), preds.get(doc, [])
    pairs = []
    for gi, g in enumerate(g_list):
        for pi, p in enumerate(p_list):
            ov = min(g['end'], p['end']) - max(g['start'], p['start'])
            if ov > 0:
                pairs.append((-ov, abs(g['start'] - p['start']) + abs(g['end'] - p['end']), gi, pi))
    pairs.sort()
    used_g, used_p = set(), set()
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi); used_p.add(pi)
        g, p = g_list[gi], p_list[pi]
        tp += 1
        # Countries, regions and rivers have nominal points; compare them by name as well.
        d = km(g['lat'], g['lon'], p['lat'], p['lon'])
        same_name = p['name'].lower().startswith(g['name'].split(' ')[0].lower())
        if d <= 50 or (g['kind'] in 'AHL' and same_name):
            within50 += 1
        else:
            far.append(f"{doc}: {g['surface']!r} -> {p['name']} ({p['lat']:.3f}, {p['lon']:.3f}), expected {g['name']} at {d:.0f} km")
        if p['role'] == g['role']:
            role_ok += 1
    misses += [f"{doc}: {g_list[i]['surface']!r} ({g_list[i]['name']})" for i in range(len(g_list)) if i not in used_g]
    false_pos += [f"{doc}: {p_list[i]['text']!r} -> {p_list[i]['name']}" for i in range(len(p_list)) if i not in used_p]

recall = tp / n_gold if n_gold else 0.0
precision = tp / n_pred if n_pred else 0.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
acc50 = within50 / tp if tp else 0.0
role = role_ok / tp if tp else 0.0
print(f'samples: {len(texts)} articles, {n_gold} expected mentions, {n_pred} predicted, {tp} matched')
print(f'recognition: recall {recall:.3f}  precision {precision:.3f}  F1 {f1:.3f}')
print(f'resolution:  acc@50km {acc50:.3f} ({within50}/{tp}; A/H/L by name)')
print(f'role:        agreement {role:.3f} ({role_ok}/{tp})')
for title, items in (('missed', misses), ('not in the annotations', false_pos), ('resolved far away', far)):
    if items:
        print(f'{title} ({len(items)}):')
        for s in items: print('   ', s)
failed = [f'{name} {value:.3f} < {floor}' for name, value, floor in
          (('recall', recall, MIN_RECALL), ('precision', precision, MIN_PRECISION),
           ('acc@50km', acc50, MIN_ACC50), ('role agreement', role, MIN_ROLE)) if value < floor]
for f in failed: print('FAIL:', f, file=sys.stderr)
sys.exit(1 if failed else 0)
PY
