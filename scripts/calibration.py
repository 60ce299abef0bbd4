#!/usr/bin/env python3
"""Reliability of frontmap's mention scores against gold files: for score bins, the share of
predictions that overlap a gold toponym and lie within 161 km of it. A calibrated score has
that share close to the bin's mean score.

usage: scripts/calibration.py GOLD.jsonl PRED.jsonl [GOLD PRED ...]"""
import json
import math
import sys


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))


def outcomes(gold_path, pred_path):
    docs = {str(json.loads(l)["id"]): json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()}
    for line in open(pred_path, encoding="utf-8"):
        p = json.loads(line)
        d = docs.get(p["doc"])
        if d is None:
            continue
        b = d["text"].encode("utf-8")
        s = len(b[: p["start"]].decode("utf-8", "ignore"))
        e = len(b[: p["end"]].decode("utf-8", "ignore"))
        # Countries, regions and water bodies have no agreed point (the gold's GeoNames points
        # and ours differ by hundreds of km for large countries): for them the right feature
        # class on the right span counts, as the kit's README advises.
        def right(t):
            if not (t["start"] < e and s < t["end"]):
                return False
            if t.get("kind") in ("A", "L", "H") and p.get("feature", "?")[0] == t["kind"] and \
                    p.get("name", "").lower() in (t.get("name") or t["surface"]).lower() + " " + t["surface"].lower():
                return True
            return km((t["lat"], t["lon"]), (p["lat"], p["lon"])) <= 161
        yield p["score"], any(right(t) for t in d["toponyms"])


def main():
    pairs = sys.argv[1:]
    rows = []
    for g, p in zip(pairs[::2], pairs[1::2]):
        rows.extend(outcomes(g, p))
    bins = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01]
    print("score bin     n     mean score  share correct")
    for lo, hi in zip(bins, bins[1:]):
        sel = [(s, ok) for s, ok in rows if lo <= s < hi]
        if sel:
            print(f"[{lo:.1f},{min(hi,1):.1f})  {len(sel):6d}   {sum(s for s, _ in sel)/len(sel):.3f}       {sum(ok for _, ok in sel)/len(sel):.3f}")
    brier = sum((s - ok) ** 2 for s, ok in rows) / max(1, len(rows))
    print(f"all: n={len(rows)} brier={brier:.3f}")
    # Platt scaling of the raw score's log-odds: the slope and offset that minimise log loss.
    def logit(x):
        x = min(max(x, 1e-4), 1 - 1e-4)
        return math.log(x / (1 - x))
    best = None
    for a10 in range(2, 31):
        for b10 in range(-30, 31):
            a, b = a10 / 10, b10 / 10
            loss = 0.0
            for sc, ok in rows:
                q = 1 / (1 + math.exp(-(a * logit(sc) + b)))
                q = min(max(q, 1e-6), 1 - 1e-6)
                loss -= math.log(q) if ok else math.log(1 - q)
            if best is None or loss < best[0]:
                best = (loss, a, b)
    print(f"platt fit: slope={best[1]:.1f} offset={best[2]:.1f} (log loss {best[0]/len(rows):.3f})")


if __name__ == "__main__":
    main()
