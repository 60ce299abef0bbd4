#!/usr/bin/env python3
"""Lists false positives, misses and far-off resolutions of a prediction file against a gold
file (the formats of ../shared/eval). For looking at errors, not for scoring."""
import json
import math
import sys


def haversine(a, b):
    r = 6371.0088
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(min(1, math.sqrt(h)))


def main():
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    docs = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            docs[str(d["id"])] = d
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        p = json.loads(line)
        preds.setdefault(p["doc"], []).append(p)
    shown = {"FP": 0, "FN": 0, "FAR": 0}
    for doc_id, d in docs.items():
        text = d["text"]
        b = text.encode("utf-8")
        spans = []
        for p in preds.get(doc_id, []):
            s = len(b[: p["start"]].decode("utf-8", "ignore"))
            e = len(b[: p["end"]].decode("utf-8", "ignore"))
            spans.append((s, e, p))
        used = set()
        for t in d["toponyms"]:
            hit = None
            for i, (s, e, p) in enumerate(spans):
                if i not in used and s < t["end"] and t["start"] < e:
                    hit = i
                    break
            if hit is None:
                if shown["FN"] < limit:
                    ctx = text[max(0, t["start"] - 40): t["end"] + 40].replace("\n", " ")
                    print(f"FN  {doc_id}  {t['surface']!r}  ...{ctx}...")
                shown["FN"] += 1
                continue
            used.add(hit)
            p = spans[hit][2]
            km = haversine((t["lat"], t["lon"]), (p["lat"], p["lon"]))
            if km > 161 and shown["FAR"] < limit:
                print(f"FAR {doc_id}  {t['surface']!r} -> {p.get('name')} ({p.get('country')}, {p.get('feature')}) {km:.0f} km; runner-up {p.get('runner_up', {}) and p['runner_up'].get('name')}")
                shown["FAR"] += 1
        for i, (s, e, p) in enumerate(spans):
            if i not in used and shown["FP"] < limit:
                ctx = text[max(0, s - 40): e + 40].replace("\n", " ")
                print(f"FP  {doc_id}  {text[s:e]!r} -> {p.get('name')} ({p.get('country')})  ...{ctx}...")
                shown["FP"] += 1
    print(shown, file=sys.stderr)


if __name__ == "__main__":
    main()
