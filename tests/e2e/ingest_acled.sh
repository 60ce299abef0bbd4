#!/usr/bin/env bash
# frontmap ingest --acled: an ACLED CSV export into the same store as articles; importing it
# again changes nothing, a newer export of the same file replaces it, bad rows are named by
# line and skipped (exit 1), a CSV that is not an ACLED export is refused (exit 2).
# Env: FRONTMAP (the binary), FRONTMAP_SOURCE_DIR.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"

# check WHAT SQL EXPECTED
check() { local got; got=$(gpkg_value acled.gpkg "$2"); [ "$got" = "$3" ] && pass "$1" || fail "$1: got '$got', expected '$3'"; }

data=$src/tests/geo/data
cp "$data/acled_sample.csv" export.csv

"$frontmap" ingest --db acled.gpkg --acled export.csv 2> first.err; expect_rc 0 $? "import an ACLED export"
expect_grep '1 documents \(1 new, 0 changed, 0 unchanged, 0 skipped\), 5 events written' first.err "summary counts one file, five events"
check "five ACLED events" "select count(*) from events where origin = 'acled'" 5
check "the file is a document" "select doc || ' ' || format || ' ' || source from documents" "acled:export.csv acled-csv ACLED"
check "event id from event_id_cnty" "select count(*) from events where event_id = 'acled:UKR900003'" 1
check "location, coordinates and admin1 as given" \
  "select text || '|' || name || '|' || lat || '|' || lon || '|' || admin1 from events where event_id = 'acled:UKR900001'" \
  "Pokrovsk|Pokrovsk|48.282|37.1758|Donetsk"
check "\"17 November 2025\" with time precision 2 is that week" \
  "select date || ' ' || date_start || ' ' || date_end || ' ' || date_precision || ' ' || time_precision from events where event_id = 'acled:UKR900002'" \
  "2025-11-17 2025-11-17 2025-11-23 week 2"
check "ACLED types and actor kept" \
  "select acled_event_type || '|' || acled_sub_event_type || '|' || actor_name || '|' || actor from events where event_id = 'acled:UKR900004'" \
  "Battles|Government regains territory|Military Forces of Ukraine (2019-)|ua"
check "our event type from ACLED's (assets/lang/acled_types.tsv)" "select event from events where event_id = 'acled:UKR900001'" clash
check "notes are the sentence, across lines" \
  "select instr(sentence, char(10) || 'Second line') > 0 from events where event_id = 'acled:UKR900003'" 1
check "ACLED's geo precision" "select geo_precision || ' ' || uncertainty_km from events where event_id = 'acled:UKR900004'" "2 25.0"
check "places for ACLED locations" "select count(*) from places" 5

"$frontmap" ingest --db acled.gpkg --acled export.csv 2> again.err; expect_rc 0 $? "import the same export again"
expect_grep '\(0 new, 0 changed, 1 unchanged, 0 skipped\), 0 events written' again.err "the unchanged export is skipped"
check "still five events" "select count(*) from events" 5

grep -v UKR900005 "$data/acled_sample.csv" > export.csv
"$frontmap" ingest --db acled.gpkg --acled export.csv 2> changed.err; expect_rc 0 $? "import a newer export under the same name"
expect_grep '\(0 new, 1 changed, 0 unchanged, 0 skipped\), 4 events written' changed.err "the export is seen as changed"
check "its events replace the old ones" "select count(*) from events" 4
check "the dropped row's place is gone" "select count(*) from places where name = 'Belgorod'" 0

## Articles and ACLED in one store
"$frontmap" ingest --db acled.gpkg --acled "$data/acled_sample.csv" "$src/assets/samples/2025-08-06-pokrovsk-supply-roads-en.txt" 2> both.err
expect_rc 0 $? "an ACLED export and an article together"
check "both origins in one events layer" "select count(distinct origin) from events" 2
check "an ACLED export under another name keeps one copy of each event" "select count(*) from events where origin = 'acled'" 5

## Bad rows: named by line, skipped, the rest imported, exit 1
"$frontmap" ingest --db bad.gpkg --acled "$data/acled_bad_rows.csv" 2> bad.err; expect_rc 1 $? "an export with bad rows"
expect_grep 'acled_bad_rows\.csv:3: bad coordinates latitude "48\.28x"' bad.err "bad latitude named with its line"
expect_grep 'acled_bad_rows\.csv:4: event_date "2025-13-45" is not a date' bad.err "bad date named with its line"
expect_grep 'acled_bad_rows\.csv:5: only 10 of the header.s 31 columns' bad.err "short row named with its line"
[ "$(gpkg_value bad.gpkg "select group_concat(event_id) from events")" = "acled:UKR910001,acled:UKR910005" ] \
  && pass "the good rows are stored" || fail "good rows of the bad export"

"$frontmap" ingest --db strict.gpkg --stop-on-error --acled "$data/acled_bad_rows.csv" 2> strict.err
expect_rc 2 $? "--stop-on-error with bad rows (nothing imported)"
expect_grep 'not imported: it has bad rows and --stop-on-error is set' strict.err "--stop-on-error says the file was left out"
[ "$(gpkg_value strict.gpkg "select count(*) from events")" = 0 ] && pass "--stop-on-error imports none of it" || fail "--stop-on-error stored rows"

## Not an ACLED export: refused, nothing stored
printf 'id,date,lat,lon\n1,2024-01-01,48.1,37.2\n' > other.csv
"$frontmap" ingest --db other.gpkg --acled other.csv 2> other.err; expect_rc 2 $? "a CSV that is not an ACLED export"
expect_grep 'other\.csv: line 1: not an ACLED export: no column event_id_cnty' other.err "the missing columns are named"
[ "$(gpkg_value other.gpkg "select count(*) from documents")" = 0 ] && pass "nothing stored for it" || fail "other.csv stored"

e2e_finish "ACLED ingest"
