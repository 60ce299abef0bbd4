#!/usr/bin/env bash
# kill -9 in the middle of an ingest leaves the GeoPackage as it was after the last committed
# batch: it opens, it is consistent, it holds exactly whole batches, and ingesting again
# completes it to what an uninterrupted ingest stores. The writer is stopped at a known point
# inside batch 4's transaction with FRONTMAP_TEST_PAUSE_IN_BATCH (no timing involved).
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
writer=
trap '[ -n "$writer" ] && kill -9 "$writer" 2>/dev/null; rm -rf "$work"' EXIT

# 120 documents: the twelve samples ten times over, each copy with its own id.
python3 - "$src/assets/samples/articles.jsonl" > many.jsonl <<'PY'
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for copy in range(10):
    for d in docs:
        print(json.dumps(dict(d, id=f"{d['id']}-copy{copy}"), ensure_ascii=False))
PY

"$frontmap" ingest --db reference.gpkg --batch 10 many.jsonl 2> reference.err; expect_rc 0 $? "uninterrupted ingest of 120 documents"
[ "$(gpkg_value reference.gpkg "select count(*) from documents")" = 120 ] && pass "reference store has 120 documents" || fail "reference store"

## Stop the writer inside batch 4 (after 5 of its 10 documents are written), then kill -9
: > killed.err
FRONTMAP_TEST_PAUSE_IN_BATCH=4 "$frontmap" ingest --db killed.gpkg --batch 10 many.jsonl > /dev/null 2> killed.err &
writer=$!
while kill -0 "$writer" 2>/dev/null && ! grep -q 'test pause in batch 4' killed.err; do sleep 0.05; done
if grep -q 'test pause in batch 4 after 5 documents' killed.err; then pass "the writer is inside batch 4's transaction"
else fail "the writer never reached batch 4:"; sed 's/^/    /' killed.err >&2; fi
kill -9 "$writer"
wait "$writer" 2>/dev/null
writer=

if command -v ogrinfo > /dev/null; then
  ogrinfo -ro -so killed.gpkg documents > ogr.out 2>&1; expect_rc 0 $? "ogrinfo opens the store after kill -9"
  grep -q 'Feature Count: 30' ogr.out && pass "ogrinfo counts 30 documents (three whole batches)" \
    || { fail "ogrinfo document count:"; sed 's/^/    /' ogr.out >&2; }
fi
[ "$(gpkg_value killed.gpkg "pragma integrity_check")" = ok ] && pass "SQLite integrity check passes" || fail "integrity check"
[ "$(gpkg_value killed.gpkg "select count(*) from documents")" = 30 ] && pass "exactly three batches (30 documents) are stored" \
  || fail "documents after kill: $(gpkg_value killed.gpkg "select count(*) from documents")"
python3 - killed.gpkg reference.gpkg many.jsonl <<'PY' && pass "the stored documents are the first 30, each with all its events and places" || fail "store after kill is not whole batches"
import json, sqlite3, sys
killed, reference, inputs = sys.argv[1:4]
c = sqlite3.connect(killed)
c.execute("attach ? as ref", (reference,))
errors = []
first30 = {json.loads(line)["id"] for line in list(open(inputs, encoding="utf-8"))[:30]}
stored = {r[0] for r in c.execute("select doc from documents")}
if stored != first30: errors.append(f"documents {sorted(stored ^ first30)[:5]} differ from the first 30 inputs")
orphans = c.execute("select count(*) from events where doc not in (select doc from documents)").fetchone()[0]
if orphans: errors.append(f"{orphans} events of uncommitted documents")
for doc, n, want in c.execute("""select d.doc, (select count(*) from events e where e.doc = d.doc),
                                        (select count(*) from ref.events r where r.doc = d.doc) from documents d"""):
    if n != want: errors.append(f"{doc}: {n} events, uninterrupted ingest stores {want}")
total = c.execute("select count(*) from events").fetchone()[0]
mentions = c.execute("select sum(mentions) from places").fetchone()[0]
if mentions != total: errors.append(f"places count {mentions} events, events has {total}")
keys = c.execute("select count(distinct place_key) from events").fetchone()[0]
if keys != c.execute("select count(*) from places").fetchone()[0]: errors.append("places rows != distinct places")
for e in errors: print("   ", e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY

## Ingest again: the rest is added, the first 30 are unchanged, and the result is the reference
"$frontmap" ingest --db killed.gpkg --batch 10 many.jsonl 2> resumed.err; expect_rc 0 $? "ingest again after the kill"
grep -qE '\(90 new, 0 changed, 30 unchanged, 0 skipped\)' resumed.err && pass "90 new, 30 unchanged" \
  || { fail "resume summary:"; tail -1 resumed.err >&2; }
gpkg_dump reference.gpkg > reference.dump
gpkg_dump killed.gpkg > resumed.dump
cmp -s reference.dump resumed.dump && pass "the completed store equals an uninterrupted ingest" \
  || { fail "resumed store differs"; diff reference.dump resumed.dump | head -5 >&2; }

e2e_finish "kill -9"
