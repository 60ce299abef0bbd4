#!/usr/bin/env bash
# frontmap ingest --db PG:… writes the same layers to PostgreSQL/PostGIS as to a GeoPackage
# (same code path): counts and values match a GeoPackage ingest of the same input, re-ingest
# does not duplicate, a writer killed in a batch leaves whole batches, ACLED imports, and a
# refused connection or a database without PostGIS is a clear error (exit 2).
# Starts a throw-away PostgreSQL 15 + PostGIS 3 (tests/support/postgres.sh); skips (77) where
# it cannot be installed or started. Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
# shellcheck source=../support/postgres.sh
source "$src/tests/support/postgres.sh"
pg_start || exit $?
writer=
trap '[ -n "$writer" ] && kill -9 "$writer" 2>/dev/null; pg_stop; rm -rf "$work"' EXIT
echo "PostgreSQL test server: $PG_CONN"

# The same columns from both stores, formatted alike, one event per line.
columns="event_id, doc, name, coalesce(cast(geonameid as text), ''), coalesce(cast(date as text), ''),
         coalesce(date_precision, ''), event, actor, control, coalesce(claimant, ''), byte_start, byte_end,
         coalesce(acled_event_type, ''), geo_precision, time_precision"
events_of_pg() { pg_sql "select $columns, case when denied then 1 else 0 end, round(cast(lat as numeric), 5),
                                round(cast(st_x(geom) as numeric), 5) from events order by event_id" "${1:-frontmap}" | tr '|' '\t'; }
events_of_gpkg() {
  python3 - "$1" "$columns" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for row in c.execute(f"select {sys.argv[2]}, denied, lat, lon from events order by event_id"):
    print(*row[:-2], f"{row[-2]:.5f}", f"{row[-1]:.5f}", sep="\t")
PY
}

samples=$src/assets/samples

## The samples into PostGIS and into a GeoPackage
"$frontmap" ingest --db "$PG_CONN" "$samples"/*.txt 2> pg.err; expect_rc 0 $? "ingest the samples into PostGIS"
expect_grep '12 documents \(12 new, 0 changed, 0 unchanged, 0 skipped\)' pg.err "summary for PostGIS"
"$frontmap" ingest --db events.gpkg "$samples"/*.txt 2> /dev/null; expect_rc 0 $? "ingest the samples into a GeoPackage"
for table in events documents places; do
  want=$(gpkg_value events.gpkg "select count(*) from $table"); got=$(pg_sql "select count(*) from $table")
  [ "$got" = "$want" ] && pass "$table: $got rows, as in the GeoPackage" || fail "$table: $got rows in PostGIS, $want in the GeoPackage"
done
events_of_pg > pg.events
events_of_gpkg events.gpkg > gpkg.events
[ -s pg.events ] && cmp -s pg.events gpkg.events && pass "every event has the same values in PostGIS and the GeoPackage" \
  || { fail "events differ between PostGIS and the GeoPackage"; diff pg.events gpkg.events | head -6 >&2; }
[ "$(pg_sql "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'events'::regclass and attname = 'date'")" = date ] \
  && pass "events.date is a date column" || fail "events.date type"
[ "$(pg_sql "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'events'::regclass and attname = 'cues'")" = json ] \
  && pass "events.cues is a json column" || fail "events.cues type"
[ "$(pg_sql "select count(*) from events where st_srid(geom) = 4326 and abs(st_y(geom) - lat) < 1e-9")" = "$(pg_sql "select count(*) from events")" ] \
  && pass "points are EPSG:4326, lon/lat" || fail "geometry SRID or axis order"
[ "$(pg_sql "select sum(mentions) from places")" = "$(pg_sql "select count(*) from events")" ] \
  && pass "places count every event once" || fail "places.mentions do not add up"

## Re-ingest: nothing duplicated
"$frontmap" ingest --db "$PG_CONN" "$samples"/*.txt 2> again.err; expect_rc 0 $? "re-ingest into PostGIS"
expect_grep '\(0 new, 0 changed, 12 unchanged, 0 skipped\)' again.err "every document unchanged"
events_of_pg > again.events
cmp -s pg.events again.events && pass "re-ingest leaves PostGIS as it was" || fail "re-ingest changed PostGIS"
"$frontmap" ingest --db "$PG_CONN" --force "$samples"/*.txt 2> /dev/null; expect_rc 0 $? "re-ingest with --force"
events_of_pg > forced.events
cmp -s pg.events forced.events && pass "--force rewrites without duplicates" || fail "--force changed PostGIS"

## ACLED into PostGIS
"$frontmap" ingest --db "$PG_CONN" --acled "$src/tests/geo/data/acled_sample.csv" 2> acled.err; expect_rc 0 $? "ACLED export into PostGIS"
[ "$(pg_sql "select count(*) from events where origin = 'acled'")" = 5 ] && pass "five ACLED events" || fail "ACLED events"
[ "$(pg_sql "select date_start || ' ' || date_end from events where event_id = 'acled:UKR900002'")" = "2025-11-17 2025-11-23" ] \
  && pass "ACLED dates in PostGIS" || fail "ACLED dates"

## kill -9 inside a batch: PostgreSQL rolls the open transaction back
python3 - "$samples/articles.jsonl" > many.jsonl <<'PY'
import json, sys
for copy in range(3):
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        print(json.dumps(dict(d, id=f"{d['id']}-copy{copy}"), ensure_ascii=False))
PY
killdb=$(pg_new_database killed) || fail "cannot create a second database"
: > killed.err
FRONTMAP_TEST_PAUSE_IN_BATCH=3 "$frontmap" ingest --db "$killdb" --batch 6 many.jsonl > /dev/null 2> killed.err &
writer=$!
while kill -0 "$writer" 2>/dev/null && ! grep -q 'test pause in batch 3' killed.err; do sleep 0.05; done
grep -q 'test pause in batch 3' killed.err && pass "the writer is inside batch 3" || { fail "writer never reached batch 3"; cat killed.err >&2; }
kill -9 "$writer"; wait "$writer" 2>/dev/null; writer=
# The server notices the closed connection and rolls back; wait until no session holds locks.
while [ "$(pg_sql "select count(*) from pg_stat_activity where datname = 'killed' and pid <> pg_backend_pid()")" != 0 ]; do sleep 0.05; done
[ "$(pg_sql "select count(*) from documents" killed)" = 12 ] && pass "two whole batches (12 documents) stored after kill -9" \
  || fail "documents after kill: $(pg_sql "select count(*) from documents" killed)"
[ "$(pg_sql "select count(*) from events where doc not in (select doc from documents)" killed)" = 0 ] \
  && pass "no events of the killed batch" || fail "events of the killed batch remain"
"$frontmap" ingest --db "$killdb" --batch 6 many.jsonl 2> resumed.err; expect_rc 0 $? "ingest again after the kill"
expect_grep '\(24 new, 0 changed, 12 unchanged, 0 skipped\)' resumed.err "the rest is added"

## Refusals: exit 2 with a message that says what to do
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$frontmap" ingest --db "PG:host=127.0.0.1 port=$port dbname=frontmap user=frontmap password=secret" "$samples" 2> refused.err
expect_rc 2 $? "a PostgreSQL that refuses the connection"
expect_grep 'cannot connect to PostgreSQL \(PG:host=127\.0\.0\.1 port='"$port"'.*password=\*\*\*\): .*refused' refused.err \
  "the refusal is explained, with the connection string but not the password"
grep -q secret refused.err && fail "the password is printed" || pass "the password is not printed"
pg_sql "CREATE DATABASE plain" postgres > /dev/null
"$frontmap" ingest --db "PG:host=127.0.0.1 port=$PG_PORT dbname=plain user=frontmap" "$samples" 2> plain.err
expect_rc 2 $? "a database without PostGIS"
expect_grep 'has no PostGIS; run CREATE EXTENSION postgis' plain.err "the missing extension is named with the fix"
[ "$(pg_sql "select count(*) from pg_tables where tablename = 'events'" plain)" = 0 ] && pass "nothing created there" || fail "tables created without PostGIS"

e2e_finish "ingest (PostGIS)"
