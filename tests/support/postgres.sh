#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS 3 server for tests, on a free loopback port, with its
# data and unix socket in a temporary folder. Nothing outside that folder is touched (except
# that, as root, missing Debian packages are installed with apt-get).
#
# In a test script (bash):
#   source "$FRONTMAP_SOURCE_DIR/tests/support/postgres.sh"
#   pg_start || exit $?          # 77 (skip) with a message on stderr when PostgreSQL/PostGIS
#                                # cannot be installed or started; the test should exit 77
#   trap 'pg_stop; rm -rf "$work"' EXIT   # pg_start sets no trap of its own
#   frontmap ingest --db "$PG_CONN" …     # PG:host=127.0.0.1 port=N dbname=frontmap user=frontmap
#   pg_sql "select count(*) from events"  # one query, unaligned output without headers
#   pg_new_database other        # another empty database with PostGIS; prints its PG: string
#   pg_stop
# Sets PG_CONN, PG_PORT, PG_DIR (data in $PG_DIR/data, log in $PG_DIR/server.log).
#
# From a shell, to keep a server for manual work:
#   tests/support/postgres.sh start      # prints PG_CONN=… and PG_DIR=…
#   tests/support/postgres.sh stop DIR
# Env: FRONTMAP_PG_BIN (folder with initdb/pg_ctl; default /usr/lib/postgresql/15/bin),
# FRONTMAP_PG_NO_INSTALL=1 (never run apt-get).

pg__bin=${FRONTMAP_PG_BIN:-/usr/lib/postgresql/15/bin}
pg__postgis_control=/usr/share/postgresql/15/extension/postgis.control

pg__skip() { echo "SKIP: PostgreSQL/PostGIS test server: $*" >&2; return 77; }

# Runs a command as the unprivileged owner of the cluster (PostgreSQL refuses to run as root).
# From / because the caller's folder may be closed to that user (initdb needs a readable cwd).
pg__as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u "$pg__owner" -- "$@"); else "$@"; fi
}

pg__install() {
  [ -x "$pg__bin/initdb" ] && [ -f "$pg__postgis_control" ] && return 0
  if [ "$(id -u)" -ne 0 ] || [ "${FRONTMAP_PG_NO_INSTALL:-}" = 1 ] || ! command -v apt-get > /dev/null; then
    pg__skip "postgresql-15 and postgresql-15-postgis-3 are not installed (install them: sudo apt-get install postgresql-15-postgis-3)"
    return 77
  fi
  echo "postgres.sh: installing postgresql-15-postgis-3 (once)" >&2
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 postgresql-15-postgis-3 \
      > /tmp/frontmap-pg-install.log 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q > /dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 postgresql-15-postgis-3 \
      > /tmp/frontmap-pg-install.log 2>&1 || {
        pg__skip "apt-get could not install postgresql-15-postgis-3 (see /tmp/frontmap-pg-install.log)"
        return 77
      }
  fi
  [ -x "$pg__bin/initdb" ] && [ -f "$pg__postgis_control" ] || { pg__skip "installed, but $pg__bin/initdb or PostGIS is missing"; return 77; }
}

pg__free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

pg_sql() {  # pg_sql SQL [DATABASE]
  PGCONNECT_TIMEOUT=10 psql -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U frontmap -d "${2:-frontmap}" -c "$1"
}

pg_new_database() {  # pg_new_database NAME: creates it with PostGIS and prints its PG: string
  pg_sql "CREATE DATABASE $1" postgres > /dev/null && pg_sql "CREATE EXTENSION postgis" "$1" > /dev/null || return 1
  echo "PG:host=127.0.0.1 port=$PG_PORT dbname=$1 user=frontmap"
}

pg_start() {
  pg__install || return $?
  if [ "$(id -u)" -eq 0 ]; then
    if id postgres > /dev/null 2>&1; then pg__owner=postgres; else pg__owner=nobody; fi
    command -v runuser > /dev/null || { pg__skip "running as root without runuser"; return 77; }
  fi
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/frontmap-pg.XXXXXX") || { pg__skip "cannot create a temporary folder"; return 77; }
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown "$pg__owner" "$PG_DIR"
  if ! pg__as_owner "$pg__bin/initdb" -D "$PG_DIR/data" -U frontmap --auth=trust -E UTF8 --no-sync \
      > "$PG_DIR/initdb.log" 2>&1; then
    sed 's/^/    /' "$PG_DIR/initdb.log" >&2
    pg__skip "initdb failed"
    return 77
  fi
  local tries
  for tries in 1 2 3; do
    PG_PORT=$(pg__free_port)
    if pg__as_owner "$pg__bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start \
        > /dev/null 2>&1; then
      break
    fi
    PG_PORT=
  done
  if [ -z "$PG_PORT" ]; then
    tail -5 "$PG_DIR/server.log" 2>/dev/null | sed 's/^/    /' >&2
    pg__skip "the server did not start (log above)"
    return 77
  fi
  if ! pg_sql "CREATE DATABASE frontmap" postgres > /dev/null || ! pg_sql "CREATE EXTENSION postgis" > /dev/null; then
    pg_stop
    pg__skip "cannot create a database with PostGIS"
    return 77
  fi
  PG_CONN="PG:host=127.0.0.1 port=$PG_PORT dbname=frontmap user=frontmap"
  export PG_CONN PG_PORT PG_DIR
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
  [ -f "$PG_DIR/data/postmaster.pid" ] && pg__as_owner "$pg__bin/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop > /dev/null 2>&1
  rm -rf "$PG_DIR"
  PG_DIR=
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start) pg_start || exit $?; echo "PG_CONN=\"$PG_CONN\""; echo "PG_DIR=$PG_DIR" ;;
    stop) PG_DIR=${2:?usage: postgres.sh stop DIR}
          if [ "$(id -u)" -eq 0 ]; then pg__owner=$(stat -c %U "$PG_DIR"); fi
          pg_stop ;;
    *) echo "usage: $0 start | stop DIR  (or source it and call pg_start / pg_stop)" >&2; exit 2 ;;
  esac
fi
