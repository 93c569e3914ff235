#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium (browser
# tests), PostgreSQL (the server suite's second backend) and the Noto fonts (every shipped
# language's script renders). Needs root and apt-get to install; otherwise says what is missing.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
for font in fonts-noto-core fonts-noto-cjk fonts-noto-extra; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed' || missing+=("$font")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing system packages: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]})," >&2
  echo "or set CHROME_PATH to a Chromium binary. Tests that need them will fail or be skipped." >&2
fi
