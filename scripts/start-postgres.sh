#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the ledger tests, and print the
# URL to put in CLAIMLEDGER_TEST_PG. Works on a fresh Debian machine with no PostgreSQL:
# it installs Debian's `postgresql` package first when no server binaries are found.
#
#   export CLAIMLEDGER_TEST_PG="$(bash scripts/start-postgres.sh)"
#
# Everything but the URL goes to stderr, so the command substitution above gets the URL
# alone. Running it again reuses the server when it is still up. Settings (environment):
#   CLAIMLEDGER_PG_DIR   data directory        (default /tmp/claimledger-pg)
#   CLAIMLEDGER_PG_PORT  TCP port on 127.0.0.1 (default 54329, away from a system 5432)
set -euo pipefail

PGDIR="${CLAIMLEDGER_PG_DIR:-/tmp/claimledger-pg}"
PORT="${CLAIMLEDGER_PG_PORT:-54329}"
DB=claimledger_test
log() { echo "start-postgres: $*" >&2; }

find_bindir() {
  # The newest installed major version; Debian keeps the binaries off PATH.
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

BINDIR="$(find_bindir)"
if [[ -z "$BINDIR" ]]; then
  log "no PostgreSQL found: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BINDIR="$(find_bindir)"
fi
[[ -n "$BINDIR" ]] || { log "PostgreSQL binaries not found after install"; exit 1; }

# The server refuses to run as root: run it as the `postgres` user the package creates.
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  as_pg() { runuser -u postgres -- "$@"; }
  mkdir -p "$PGDIR"
  chown postgres: "$PGDIR"
else
  as_pg() { "$@"; }
  mkdir -p "$PGDIR"
fi
chmod 700 "$PGDIR"

if [[ ! -s "$PGDIR/data/PG_VERSION" ]]; then
  log "initdb in $PGDIR/data"
  # trust on loopback only: a test server for this machine, holding no real data.
  as_pg "$BINDIR/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$BINDIR/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
  log "starting the server on 127.0.0.1:$PORT"
  # The socket lives in our own directory: /var/run/postgresql may not exist or be writable.
  # fsync off: a test server whose data is thrown away needs speed, not durability.
  as_pg "$BINDIR/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=200" start >&2
fi

if ! as_pg "$BINDIR/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_pg "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi

echo "postgresql://postgres@127.0.0.1:$PORT/$DB"
