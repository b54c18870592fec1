#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the results-store tests and print its SQLAlchemy URL.
#
#   export EFFX_TEST_PG_URL="$(bash scripts/install_postgres.sh)"
#
# Installs Debian's `postgresql` and PyPI's `psycopg2-binary` when missing (idempotent), creates a
# cluster in a fresh temp dir owned by the `postgres` user, listens on 127.0.0.1 at a free port with
# trust authentication (local tests only), creates the database `effx_test` and prints the URL on
# stdout. Everything else goes to stderr. Stop it with: runuser -u postgres -- pg_ctl -D <dir> stop
# (the directory is printed on stderr).
set -euo pipefail

log() { echo "install_postgres: $*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
    log "installing Debian package postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2 || true
    apt-get install -y --no-install-recommends postgresql >&2
fi
BIN="$(pg_bin)"
[ -x "$BIN/initdb" ] || { log "no initdb under /usr/lib/postgresql/*/bin; install the postgresql package"; exit 1; }

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c "import psycopg2" 2>/dev/null; then
    log "installing psycopg2-binary from PyPI"
    "$PYTHON" -m pip install --quiet psycopg2-binary >&2
fi

if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

DATA="$(mktemp -d /tmp/effx-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

as_pg "$BIN/initdb" -D "$DATA/data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >&2
as_pg "$BIN/pg_ctl" -D "$DATA/data" -l "$DATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA -c fsync=off" start >&2
as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres effx_test >&2
log "cluster in $DATA/data on 127.0.0.1:$PORT (stop: runuser -u postgres -- $BIN/pg_ctl -D $DATA/data stop)"
echo "postgresql+psycopg2://postgres@127.0.0.1:$PORT/effx_test"
