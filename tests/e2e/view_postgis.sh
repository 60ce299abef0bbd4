#!/usr/bin/env bash
# The viewer opens a PostGIS event store through the same code path as a GeoPackage: the events
# and control observations are read, an event is selected and the window draws. Starts a
# throw-away PostgreSQL 15 + PostGIS 3 and a virtual display; skips (77) without either.
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
source "$src/tests/support/postgres.sh"
source "$src/tests/support/xvfb.sh"
pg_start || exit $?
xvfb_start || { code=$?; pg_stop; exit $code; }
trap 'xvfb_stop; pg_stop; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config

cat > articles.jsonl <<'JSON'
{"id":"rodynske-captured","date":"2025-11-05","text":"Russian forces captured the village of Rodynske on 5 November 2025, the Russian Defence Ministry said."}
{"id":"kupiansk","date":"2025-11-20","text":"Ukrainian forces liberated Kupiansk on 20 November 2025, the Ukrainian General Staff said."}
JSON
"$frontmap" ingest --db "$PG_CONN" articles.jsonl > /dev/null 2>&1; expect_rc 0 $? "ingest into PostGIS"
printf 'date 2025-11-20\nselect 1\nwait 3\nscreenshot shot.png\nexport-events listed.geojson\nquit\n' > script.txt
timeout 600 "$frontmap" view "$PG_CONN" --size 1280x800 --script script.txt > view.out 2> view.err
expect_rc 0 $? "the viewer on a PostGIS store"
expect_grep 'opened the PostgreSQL event store: 2 events, [1-9][0-9]* control observations' view.err "events and control observations are read from PostGIS"
[ -s shot.png ] && pass "the window was drawn" || fail "no screenshot: $(tail -3 view.err)"
expect_grep '2 events saved: listed.geojson' view.err "the listed events are saved"
grep -q password "$XDG_CONFIG_HOME/frontmap/viewer-last-opened.txt" 2> /dev/null && fail "a password was written to the settings"
e2e_finish "viewer on PostGIS"
