#!/usr/bin/env bash
# Start (or reuse) a throwaway PostgreSQL cluster on loopback for the store tests, and print the URL to use.
#
#   eval "$(scripts/ci_postgres.sh)"      # exports KABARCHI_TEST_PG=postgresql://kabarchi@127.0.0.1:54329/kabarchi_test
#   scripts/ci_postgres.sh --stop         # stop it and delete the cluster
#
# Uses Debian's postgresql binaries (installs the package with apt-get when none are found). Safe to run as root:
# the server runs as the unprivileged `postgres` user (created when missing). Idempotent: a running cluster is
# reused. Settings: KABARCHI_PG_PORT (54329), KABARCHI_PG_DIR (/tmp/kabarchi-pg). Progress goes to stderr; only the
# export line goes to stdout.
set -euo pipefail

PORT="${KABARCHI_PG_PORT:-54329}"
DIR="${KABARCHI_PG_DIR:-/tmp/kabarchi-pg}"
DB=kabarchi_test
ROLE=kabarchi
URL="postgresql://${ROLE}@127.0.0.1:${PORT}/${DB}"

say() { echo "ci_postgres: $*" >&2; }

find_bindir() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0
    fi
    return 1
}

BIN="$(find_bindir || true)"
if [ -z "$BIN" ]; then
    if [ "$(id -u)" -ne 0 ]; then say "no PostgreSQL binaries found; install the postgresql package (as root)"; exit 1; fi
    say "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    BIN="$(find_bindir)"
fi

# Who runs the server: ourselves when not root, else the postgres user (initdb refuses to run as root).
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    fi
    as_pg() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_pg() { "$@"; }
    OWNER="$(id -un)"
fi

if [ "${1:-}" = "--stop" ]; then
    if [ -f "$DIR/data/PG_VERSION" ]; then as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true; fi
    rm -rf "$DIR"
    say "stopped and removed $DIR"
    exit 0
fi

mkdir -p "$DIR"
chown "$OWNER" "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
    say "initdb in $DIR/data"
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
        || as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >&2
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    say "starting on 127.0.0.1:$PORT"
    # fsync off and no synchronous commit: a throwaway test cluster, durability is not wanted here.
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$(as_pg "${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='$ROLE'")" != "1" ]; then
    as_pg "${PSQL[@]}" -c "CREATE ROLE $ROLE LOGIN CREATEDB" >&2
fi
if [ "$(as_pg "${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != "1" ]; then
    as_pg "${PSQL[@]}" -c "CREATE DATABASE $DB OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0" >&2
fi
say "ready: $URL"
echo "export KABARCHI_TEST_PG=$URL"
