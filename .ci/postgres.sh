#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the server tests and prints its URL (and nothing else) on
# stdout:   export ASSENT_TEST_DATABASE_URL=$(bash .ci/postgres.sh)
# Idempotent: installs the Debian package only if missing; each run makes a new cluster in a
# temp dir owned by `postgres`, listening on 127.0.0.1 only, on a free port. Run as root.
set -euo pipefail
exec 3>&1 1>&2 # everything but the final URL goes to stderr

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

if [ "$(id -u)" -ne 0 ] && [ "$(id -un)" != postgres ]; then
  echo "postgres.sh: run as root (or as the postgres user)" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
dir=$(mktemp -d /tmp/assent-pg.XXXXXX)
chown postgres:postgres "$dir"
chmod 700 "$dir"

as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# 3>&- : the server must not inherit the pipe that $(...) reads, or the caller waits forever.
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 start 3>&- \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc 'CREATE DATABASE assent_test' >/dev/null
echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running in $dir on port $port" \
  "(stop: runuser -u postgres -- $bin/pg_ctl -D $dir/data stop)"

# ASSENT_PG_STOP_FILE: where to write a script that stops this cluster and removes its files.
if [ -n "${ASSENT_PG_STOP_FILE:-}" ]; then
  printf 'runuser -u postgres -- %q -D %q stop -m fast\nrm -rf %q\n' "$bin/pg_ctl" "$dir/data" "$dir" >"$ASSENT_PG_STOP_FILE"
fi
echo "postgres://postgres@127.0.0.1:$port/assent_test" >&3
