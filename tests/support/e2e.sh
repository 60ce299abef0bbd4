#!/usr/bin/env bash
# The common start of an end-to-end test script, sourced first:
#   source "${FRONTMAP_SOURCE_DIR:?}/tests/support/e2e.sh"
# Sets $frontmap (the binary, from FRONTMAP) and $src (the source tree), points the gazetteer
# cache into the build tree (never ~/.cache), makes a temporary folder $work, removes it on
# exit and cd's into it. Checks: pass/fail/expect_rc/expect_grep, then e2e_finish at the end.
# For event stores: gpkg_value DB SQL (one value) and gpkg_dump DB (every stored row but the
# ingest time, in a fixed order), read with python3's sqlite3 (always installed).
set -u

frontmap=${FRONTMAP:?set FRONTMAP to the frontmap binary}
src=${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}
export FRONTMAP_CACHE_DIR=${FRONTMAP_TEST_CACHE_DIR:-$PWD/test-cache}/e2e
mkdir -p "$FRONTMAP_CACHE_DIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# expect_rc WANT GOT WHAT
expect_rc() { if [ "$2" -eq "$1" ]; then pass "$3 (exit $2)"; else fail "$3: exit $2, expected $1"; fi; }
# expect_grep PATTERN FILE WHAT
expect_grep() { if grep -qE -- "$1" "$2"; then pass "$3"; else fail "$3: no /$1/ in $2:"; grep -v '^frontmap: warning' "$2" | sed 's/^/    /' >&2; fi; }
# e2e_finish WHAT: exits 1 when a check failed
e2e_finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all $1 checks passed"
}

# Mesa keeps a few hundred bytes that AddressSanitizer cannot trace to a caller: scripts that
# run frontmap with OpenGL (render, view) call this so an ASan build's leak report at exit does
# not fail them; frontmap's own leaks are covered by the unit tests.
allow_mesa_leaks() { export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; }

gpkg_value() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"; }
gpkg_dump() {
  python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for table, key in (("events", "event_id"), ("documents", "doc"), ("places", "place_key")):
    cols = [r[1] for r in c.execute(f"pragma table_info({table})") if r[1] not in ("fid", "geom", "ingested_at")]
    for row in c.execute(f"select {','.join(cols)} from {table} order by {key}"):
        print(table, *row, sep="\t")
PY
}
