#!/usr/bin/env bash
# frontmap ingest into a GeoPackage from the outside: the layers and their contents, re-ingest
# without duplicates, a changed document replacing its events, -j not changing what is
# stored, and refusals (a text file named .gpkg, a locked store, usage errors) that exit 2
# with nothing written. Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"

samples=$src/assets/samples
"$frontmap" ingest --help > help.out 2>&1; expect_rc 0 $? "ingest --help"
expect_grep '--db STORE' help.out "--help documents --db"
expect_grep '--acled' help.out "--help documents --acled"

## First ingest: the three layers, every sample document, events with sentences and dates
"$frontmap" ingest --db events.gpkg "$samples"/*.txt > out.txt 2> first.err; expect_rc 0 $? "ingest the samples"
expect_grep '12 documents \(12 new, 0 changed, 0 unchanged, 0 skipped\), [0-9]+ events written' first.err "summary counts the documents"
if command -v ogrinfo > /dev/null; then
  ogrinfo -ro -so events.gpkg > layers.out 2>&1; expect_rc 0 $? "ogrinfo opens the store"
  for l in 'events \(Point\)' 'documents \(None\)' 'places \(Point\)'; do expect_grep "$l" layers.out "layer $l"; done
  ogrinfo -ro -so events.gpkg events > events.out 2>&1
  expect_grep 'date: Date' events.out "events.date is a Date"
  expect_grep 'denied: Integer\(Boolean\)' events.out "events.denied is a Boolean"
  expect_grep 'cues: String\(JSON\)' events.out "events.cues is JSON"
  expect_grep 'geonameid: Integer64' events.out "events.geonameid is Integer64"
  expect_grep 'EPSG",4326' events.out "events are in EPSG:4326"
fi
events=$(gpkg_value events.gpkg "select count(*) from events")
[ "$events" -gt 50 ] && pass "$events events stored" || fail "only $events events"
[ "$(gpkg_value events.gpkg "select count(*) from documents")" = 12 ] && pass "12 documents stored" || fail "documents count"
[ "$(gpkg_value events.gpkg "select count(*) from events where doc not in (select doc from documents)")" = 0 ] \
  && pass "every event belongs to a stored document" || fail "events without a document"
[ "$(gpkg_value events.gpkg "select count(*) from events where sentence is null or sentence not like '%' || text || '%'")" = 0 ] \
  && pass "every event keeps the sentence its place is named in" || fail "events without their sentence"
[ "$(gpkg_value events.gpkg "select sum(mentions) from places")" = "$events" ] && pass "places count every event once" || fail "places.mentions do not add up"
[ "$(gpkg_value events.gpkg "select count(*) from places")" = "$(gpkg_value events.gpkg "select count(distinct place_key) from events")" ] \
  && pass "one places row per distinct place" || fail "places rows"
[ "$(gpkg_value events.gpkg "select count(*) from events where name = 'Pokrovsk' and geonameid = 704422 and abs(lat - 48.282) < 0.001")" -gt 0 ] \
  && pass "Pokrovsk is stored with its GeoNames id and coordinates" || fail "no Pokrovsk event"
[ "$(gpkg_value events.gpkg "select document_date from documents where doc like '%2025-08-06-pokrovsk-supply-roads-en.txt'")" = 2025-08-06 ] \
  && pass "document date stored" || fail "document date"
[ "$(gpkg_value events.gpkg "select length(content_hash) from documents limit 1")" = 64 ] && pass "content hash is SHA-256 hex" || fail "content hash"
[ "$(gpkg_value events.gpkg "select count(*) from events where date is not null")" -gt 0 ] && pass "events are dated" || fail "no dated events"
gpkg_dump events.gpkg > first.dump

## Re-ingest: nothing duplicated, nothing rewritten
"$frontmap" ingest --db events.gpkg "$samples"/*.txt 2> again.err; expect_rc 0 $? "re-ingest the same files"
expect_grep '\(0 new, 0 changed, 12 unchanged, 0 skipped\), 0 events written' again.err "re-ingest finds every document unchanged"
gpkg_dump events.gpkg > again.dump
cmp -s first.dump again.dump && pass "re-ingest leaves the store as it was" || fail "re-ingest changed the store"
"$frontmap" ingest --db events.gpkg --force "$samples"/*.txt 2> forced.err; expect_rc 0 $? "re-ingest with --force"
gpkg_dump events.gpkg > forced.dump
cmp -s first.dump forced.dump && pass "--force rewrites the same events, no duplicates" || fail "--force changed the store"

## A changed document replaces its events
mkdir docs
cp "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt "$samples"/2025-10-14-pokrovsk-infiltration-en.txt docs/
"$frontmap" ingest --db changed.gpkg docs 2>/dev/null; expect_rc 0 $? "ingest two documents"
before=$(gpkg_value changed.gpkg "select count(*) from events where doc = 'docs/2025-10-14-pokrovsk-infiltration-en.txt'")
printf 'Update, 14 October 2025: Ukrainian drones struck an ammunition depot in Horlivka.\n' > docs/2025-10-14-pokrovsk-infiltration-en.txt
"$frontmap" ingest --db changed.gpkg docs 2> changed.err; expect_rc 0 $? "ingest the changed folder"
expect_grep '\(0 new, 1 changed, 1 unchanged, 0 skipped\)' changed.err "the edited document is seen as changed"
after=$(gpkg_value changed.gpkg "select group_concat(name) from events where doc = 'docs/2025-10-14-pokrovsk-infiltration-en.txt'")
[ "$after" = "Horlivka" ] && pass "the changed document's events were replaced (was $before events, now: $after)" \
  || fail "changed document events: $after"
[ "$(gpkg_value changed.gpkg "select count(*) from documents")" = 2 ] && pass "still two documents" || fail "documents duplicated"
[ "$(gpkg_value changed.gpkg "select sum(mentions) from places")" = "$(gpkg_value changed.gpkg "select count(*) from events")" ] \
  && pass "places recomputed after the change" || fail "places out of date after a change"

## -j does not change what is stored
"$frontmap" ingest --db j2.gpkg -j 2 --batch 5 "$samples"/*.txt 2>/dev/null; expect_rc 0 $? "ingest -j 2 --batch 5"
gpkg_dump j2.gpkg > j2.dump
cmp -s first.dump j2.dump && pass "-j 2 with batches of 5 stores the same as -j 1" || { fail "-j 2 differs"; diff first.dump j2.dump | head -5 >&2; }

## Bad input beside good: reported, skipped, exit 1
printf 'abc\0\0\0 binary' > binary.txt
"$frontmap" ingest --db bad.gpkg binary.txt "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt 2> bad.err; expect_rc 1 $? "a binary file beside a good one"
expect_grep 'binary\.txt' bad.err "the bad file is named"
[ "$(gpkg_value bad.gpkg "select count(*) from documents")" = 1 ] && pass "the good document is stored" || fail "good document missing"

## Refusals: exit 2, nothing written
printf 'my notes, not a database\n' > notes.gpkg
"$frontmap" ingest --db notes.gpkg "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt 2> notes.err; expect_rc 2 $? "a text file named .gpkg"
expect_grep 'notes\.gpkg is not a GeoPackage' notes.err "the refusal names the file and says why"
[ "$(cat notes.gpkg)" = "my notes, not a database" ] && pass "the text file is untouched" || fail "notes.gpkg was changed"

cp events.gpkg locked.gpkg
for mode in IMMEDIATE EXCLUSIVE; do
  rm -f locked.flag release.flag
  python3 - locked.gpkg "$mode" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN " + sys.argv[2])
c.execute("UPDATE documents SET title = title WHERE 1 = 0")
open("locked.flag", "w").close()
while not os.path.exists("release.flag"):
    time.sleep(0.05)
c.execute("ROLLBACK")
PY
  holder=$!
  while [ ! -f locked.flag ] && kill -0 $holder 2>/dev/null; do sleep 0.05; done
  "$frontmap" ingest --db locked.gpkg --force "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt 2> locked.err
  expect_rc 2 $? "a GeoPackage locked by another writer (BEGIN $mode)"
  expect_grep 'locked\.gpkg is locked by another process; try again when it finishes' locked.err "the lock is explained ($mode)"
  touch release.flag
  wait $holder
done
gpkg_dump locked.gpkg > locked.dump
cmp -s first.dump locked.dump && pass "nothing was written to the locked store" || fail "the locked store changed"

## The same id twice in one input: the later record wins, nothing is duplicated
printf '%s\n' '{"id":"twice","date":"2025-11-06","text":"Shelling hit Kupiansk overnight."}' \
  '{"id":"twice","date":"2025-11-07","text":"Drones struck Kramatorsk and Sloviansk."}' > twice.jsonl
"$frontmap" ingest --db twice.gpkg twice.jsonl 2> twice.err; expect_rc 0 $? "a JSONL file with one id twice"
[ "$(gpkg_value twice.gpkg "select count(*) from documents")" = 1 ] && pass "one document row" || fail "document duplicated"
[ "$(gpkg_value twice.gpkg "select group_concat(name, ',') from (select name from events order by byte_start)")" = "Kramatorsk,Sloviansk" ] \
  && pass "the later record's events replace the earlier ones" || fail "events of the id given twice: $(gpkg_value twice.gpkg "select group_concat(name) from events")"

## A GeoPackage written by something else: our layers are added beside its own, but a layer
## of the same name that frontmap did not write is refused
"$frontmap" extract --save mentions.gpkg "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt > /dev/null 2>&1
"$frontmap" ingest --db mentions.gpkg "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt 2> /dev/null
expect_rc 0 $? "ingest into a GeoPackage that holds other layers"
[ "$(gpkg_value mentions.gpkg "select count(*) from mentions")" -gt 0 ] && [ "$(gpkg_value mentions.gpkg "select count(*) from events")" -gt 0 ] \
  && pass "its own layer is kept, the events are added" || fail "mentions.gpkg layers"
if command -v ogr2ogr > /dev/null; then
  printf 'id,name\n1,x\n' > foreign.csv
  ogr2ogr -f GPKG -nln events foreign.gpkg foreign.csv 2> /dev/null
  "$frontmap" ingest --db foreign.gpkg "$samples"/2025-08-06-pokrovsk-supply-roads-en.txt 2> foreign.err
  expect_rc 2 $? "a GeoPackage whose events layer frontmap did not write"
  expect_grep 'foreign\.gpkg has a layer events that frontmap did not write' foreign.err "the foreign layer is named"
fi

## Usage errors
"$frontmap" ingest "$samples" > /dev/null 2> usage.err; expect_rc 2 $? "ingest without --db"
expect_grep '--db' usage.err "the missing --db is named"
"$frontmap" ingest --db x.gpkg > /dev/null 2>&1; expect_rc 2 $? "ingest without INPUT"
"$frontmap" ingest --db x.gpkg --batch 0 "$samples" > /dev/null 2>&1; expect_rc 2 $? "--batch 0"
"$frontmap" ingest --db x.txt "$samples" > /dev/null 2> ext.err; expect_rc 2 $? "--db with another extension"
expect_grep 'GeoPackage' ext.err "the store kinds are named"
"$frontmap" ingest --db no/such/dir/x.gpkg "$samples" > /dev/null 2> dir.err; expect_rc 2 $? "--db in a missing folder"
[ ! -e x.gpkg ] && pass "no store created by a usage error" || fail "x.gpkg created"
ls -a | grep -q '\.tmp' && fail "temporary files left behind: $(ls -a | grep '\.tmp')"

e2e_finish "ingest (GeoPackage)"
