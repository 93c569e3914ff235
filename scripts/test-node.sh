#!/usr/bin/env bash
# Runs the server, end-to-end and package tests. The server suite runs on the embedded database
# and, when ASSENT_TEST_DATABASE_URL is unset and this machine can run one (root, PostgreSQL
# installed), also on a throwaway PostgreSQL started here and stopped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

stop_file=""
if [ -z "${ASSENT_TEST_DATABASE_URL:-}" ] && [ -z "${ASSENT_TEST_NO_POSTGRES:-}" ] &&
  [ "$(id -u)" -eq 0 ] && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  stop_file="$(mktemp)"
  ASSENT_TEST_DATABASE_URL="$(ASSENT_PG_STOP_FILE="$stop_file" bash .ci/postgres.sh)"
  export ASSENT_TEST_DATABASE_URL
  trap 'bash "$stop_file" >/dev/null 2>&1 || true; rm -f "$stop_file"' EXIT
fi

# Arguments: test files to run instead of the whole suite.
if [ $# -eq 0 ]; then set -- test/server/*.test.ts test/e2e/*.test.ts; fi
node --import tsx --test --test-reporter=spec "$@"
