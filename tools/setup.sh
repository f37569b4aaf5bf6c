#!/bin/bash
# Installs what redaksi needs on Debian 12 (idempotent), then configures
# and builds it in ./build. Run as root on a fresh machine, or as a user
# with sudo. Extra arguments go to `meson setup`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libjson-glib-dev libsoup-3.0-dev libgumbo-dev
  gobject-introspection libgirepository1.0-dev
  gir1.2-glib-2.0 gir1.2-json-1.0 gir1.2-soup-3.0
  python3 python3-gi gjs gi-docgen
  hunspell-id iso-codes curl
  python3-nltk python3-distributed wrk
  gedit xvfb xauth
  clang libclang-rt-14-dev
  locales
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# `LANG=id_ID.UTF-8 redaksi …` speaks Indonesian only when the locale exists.
if ! locale -a 2>/dev/null | grep -qix 'id_ID.utf8'; then
  [ "$(id -u)" -eq 0 ] && localedef -i id_ID -f UTF-8 id_ID.UTF-8 \
    || sudo localedef -i id_ID -f UTF-8 id_ID.UTF-8 \
    || echo "setup: could not generate the id_ID.UTF-8 locale; tests make their own" >&2
fi

# The editor page's browser test (tests/browser): Debian's chromium, and
# puppeteer-core from tests/browser/package-lock.json (no browser download).
# Either missing makes that test skip, so a failure here only warns.
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
if ! command -v chromium >/dev/null; then
  $as_root apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends chromium \
    || echo "setup: could not install chromium; the browser test will skip" >&2
fi
lock_sum=$(sha256sum tests/browser/package-lock.json | cut -d' ' -f1)
if command -v npm >/dev/null \
   && [ "$(cat tests/browser/node_modules/.redaksi-lock 2>/dev/null)" != "$lock_sum" ]; then
  if PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error; then
    echo "$lock_sum" > tests/browser/node_modules/.redaksi-lock
  else
    echo "setup: npm ci --prefix tests/browser failed; the browser test will skip" >&2
  fi
fi

builddir=${BUILDDIR:-build}
if [ -f "$builddir/build.ninja" ]; then
  meson setup --reconfigure "$builddir" "$@" >/dev/null
else
  meson setup "$builddir" "$@" >/dev/null
fi
meson compile -C "$builddir"

# LanguageTool client tests (tests/lt-client): the Node clients at the
# versions package-lock.json pins. Without node and npm the test skips.
if command -v node >/dev/null && command -v npm >/dev/null; then
  npm ci --prefix tests/lt-client --no-audit --no-fund --loglevel=error \
    || echo "setup: npm ci failed; the LanguageTool client test will skip" >&2
else
  echo "setup: node or npm is not installed; the LanguageTool client test will skip" >&2
fi
